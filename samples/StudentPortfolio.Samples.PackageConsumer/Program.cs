using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

// A consumer of the published package: builds a portfolio and prints what a vendor would log.
var id = NationalId.Parse("A123456789");
var student = new StudentBasicData(id, new LocalDate(2008, 5, 1), "王小明", SchoolCode.Parse("041305"), "S110001", "301", 2, "商二甲", 12);
var outcome = new CourseLearningOutcome(
    RecordId.Parse("O1"), Term.Parse("114-1"), CourseCode.Parse("109041305H11101B1010101"), "期末專題", "以 Python 分析校園用電", isSelected: true);
var portfolio = new LearningPortfolio(student, outcomes: [outcome]);

Console.WriteLine($"{portfolio}: {portfolio.Outcomes.Count} outcome(s), term {outcome.Term} starts {outcome.Term.Start}");
return portfolio.ToString().Contains("A123456789", StringComparison.Ordinal) ? 1 : 0;
