using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Validation;

/// <summary>Fills the <see cref="StudentFacts"/> of a <see cref="LearningPortfolio"/>: the object path's fact builder.</summary>
internal static class PortfolioFacts
{
    /// <summary>Replaces the facts with those of <paramref name="portfolio"/>; paths start with <paramref name="pathPrefix"/>.</summary>
    public static void Fill(StudentFacts facts, LearningPortfolio portfolio, string pathPrefix)
    {
        facts.Reset(pathPrefix);
        var student = portfolio.Student;
        facts.NationalId = student.Key.NationalId;
        facts.BirthDate = student.Key.BirthDate;
        facts.HasNationalId = facts.HasBirthDate = facts.HasSchool = true;
        facts.School = student.School;
        facts.Grade = student.Grade;
        facts.NameLength = Internal.Text.CountCharacters(student.Name);
        facts.History = portfolio.Enrollment;
        for (var i = 0; i < portfolio.Cadres.Count; i++)
        {
            var c = portfolio.Cadres[i];
            var record = Record(facts, RecordKind.Cadre, i, c.Id, c.Term);
            facts.Cadres.Add(record);
        }

        for (var i = 0; i < portfolio.Courses.Count; i++)
        {
            var c = portfolio.Courses[i];
            facts.Courses.Add(CourseRecord(facts, RecordKind.Course, i, c.Id, c.Term, c.Kind, c.Origin, c.CourseCode));
        }

        for (var i = 0; i < portfolio.Outcomes.Count; i++)
        {
            var o = portfolio.Outcomes[i];
            var record = CourseRecord(facts, RecordKind.Outcome, i, o.Id, o.Term, o.Kind, o.Origin, o.CourseCode);
            record.Selected = o.IsSelected;
            record.TitleLength = Internal.Text.CountCharacters(o.Title);
            Description(ref record, o.Description);
            Files(facts, ref record, o.Files);
            var certification = o.Certification;
            record.CertificationStatus = 1 + (int)certification.Status;
            record.DecidedAt = certification.DecidedAt;
            record.ContentHashStart = facts.Store(o.ContentHash, out record.ContentHashLength);
            if (certification.CertifiedHash is { } certified)
            {
                record.CertifiedHashStart = facts.Store(certified, out record.CertifiedHashLength);
            }

            facts.Outcomes.Add(record);
        }

        for (var i = 0; i < portfolio.Performances.Count; i++)
        {
            var p = portfolio.Performances[i];
            var record = Record(facts, RecordKind.Performance, i, p.Id, p.Term);
            record.Selected = p.IsSelected;
            record.Category = (int)p.Category;
            record.HasLink = p.Link is not null;
            Description(ref record, p.Description);
            Files(facts, ref record, p.Files);
            var (start, end) = ContentChecks.DateRange(p.Details);
            record.StartDate = start;
            record.EndDate = end;
            record.ItemDate = ContentChecks.ItemDate(p.Details);
            record.DetailsStart = facts.DetailMembers.Count;
            foreach (var field in DetailsFields.Of(p.Category).Fields)
            {
                if (field.HasValue(p.Details))
                {
                    facts.DetailMembers.Add((facts.Store(field.Name, out var length), length));
                }
            }

            record.DetailsCount = facts.DetailMembers.Count - record.DetailsStart;
            facts.Performances.Add(record);
        }

        var events = portfolio.Enrollment.Events;
        for (var i = 0; i < events.Count; i++)
        {
            facts.Events.Add(events[i]);
            facts.Enrollment.Add(new RecordFact { Kind = RecordKind.Enrollment, Index = i, StartDate = events[i].Date, TitleLength = -1, DescriptionLength = -1 });
        }
    }

    private static RecordFact Record(StudentFacts facts, RecordKind kind, int index, RecordId id, Calendar.Term term)
    {
        var record = new RecordFact
        {
            Kind = kind,
            Index = index,
            Term = TermFact.Of(term),
            TitleLength = -1,
            DescriptionLength = -1,
            FileStart = facts.Files.Count,
        };
        record.IdStart = facts.Store(id.ToString(), out record.IdLength);
        return record;
    }

    // Course records and outcomes: course code, course-record kind and origin (school, term).
    private static RecordFact CourseRecord(StudentFacts facts, RecordKind kind, int index, RecordId id, Calendar.Term term, CourseRecordKind courseKind, CourseOrigin? origin, CourseCode code)
    {
        var record = Record(facts, kind, index, id, term);
        record.HasCourseCode = true;
        record.CourseCodeStart = facts.Store(code.ToString(), out record.CourseCodeLength);
        record.CourseKind = courseKind;
        record.HasOrigin = origin is not null;
        record.OriginSchool = origin?.School;
        record.OriginTerm = origin?.Term is { } t ? TermFact.Of(t) : default;
        return record;
    }

    private static void Description(ref RecordFact record, string description)
    {
        record.DescriptionLength = Internal.Text.CountCharacters(description);
        record.DescriptionBlank = string.IsNullOrWhiteSpace(description);
    }

    private static void Files(StudentFacts facts, ref RecordFact record, IReadOnlyList<MediaFile> files)
    {
        for (var j = 0; j < files.Count; j++)
        {
            var file = files[j];
            var fact = new FileFact { OwnerKind = record.Kind, OwnerIndex = record.Index, Index = j, SizeBytes = file.SizeBytes };
            fact.NameStart = facts.Store(file.FileName, out fact.NameLength);
            fact.TypeStart = facts.Store(file.MediaType.ToString(), out fact.TypeLength);
            fact.MediaType = FileMediaTypes.Of(facts.Stored(fact.TypeStart, fact.TypeLength));
            facts.Files.Add(fact);
        }

        record.FileCount = facts.Files.Count - record.FileStart;
    }
}
