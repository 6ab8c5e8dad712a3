using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// Merges exchange packages (歷程交換資料) into the receiving school's portfolio: new records are added with their
/// original school, term and course code; records equal to one already present are skipped (merging twice changes
/// nothing); a record with an existing id but different content is reported as a conflict and not overwritten.
/// </summary>
/// <remarks>
/// <para>
/// "Equal" means equal in every field, except that the selection flag (勾選) of outcomes and multi-performance items
/// is the student's current choice and is ignored (the receiving portfolio's flag is kept). The enrollment histories
/// are united (the package's events first, so a transfer-out precedes a same-day transfer-in).
/// </para>
/// <para>Merging packages from different schools gives the same records whatever the order; between two packages
/// with a conflicting record, the first merged wins and the other is reported. Thread-safe.</para>
/// </remarks>
public static class ExchangeMerger
{
    /// <summary>Merges one package.</summary>
    /// <param name="receiving">The receiving school's portfolio of the student.</param>
    /// <param name="package">The package from the previous school.</param>
    /// <returns>The merged portfolio, conflicts and counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The package is for another student, or comes from the receiving school itself.</exception>
    public static ExchangeMergeResult Merge(LearningPortfolio receiving, ExchangePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Merge(receiving, [package]);
    }

    /// <summary>Merges several packages in the given order.</summary>
    /// <param name="receiving">The receiving school's portfolio of the student.</param>
    /// <param name="packages">The packages.</param>
    /// <returns>The merged portfolio, conflicts and counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A package is <see langword="null"/>, is for another student, or comes from the receiving school itself.</exception>
    public static ExchangeMergeResult Merge(LearningPortfolio receiving, IEnumerable<ExchangePackage> packages)
    {
        ArgumentNullException.ThrowIfNull(receiving);
        ArgumentNullException.ThrowIfNull(packages);
        var courses = new Collector<CourseRecord>(receiving.Courses, SubmissionContentKind.CourseRecords, c => c.Id, (a, b) => a == b);
        var outcomes = new Collector<CourseLearningOutcome>(receiving.Outcomes, SubmissionContentKind.CourseOutcomes, o => o.Id, (a, b) => a.WithSelection(b.IsSelected) == b);
        var performances = new Collector<MultiPerformanceItem>(receiving.Performances, SubmissionContentKind.MultiPerformance, p => p.Id, (a, b) => a.WithSelection(b.IsSelected) == b);
        var cadres = new Collector<CadreRecord>(receiving.Cadres, SubmissionContentKind.Cadres, c => c.Id, (a, b) => a == b);
        var conflicts = new List<ExchangeConflict>();
        var histories = new List<IReadOnlyList<EnrollmentEvent>>();
        var index = 0;
        foreach (var package in packages)
        {
            if (package is null)
            {
                throw new ArgumentException($"Package {index} is null.", nameof(packages));
            }

            if (package.Student != receiving.Key)
            {
                throw new ArgumentException($"Package {index} is for student {package.Student}, not {receiving.Key}.", nameof(packages));
            }

            if (package.SourceSchool == receiving.Student.School)
            {
                throw new ArgumentException($"Package {index} comes from the receiving school {package.SourceSchool} itself.", nameof(packages));
            }

            courses.AddAll(package.Courses, package.SourceSchool, conflicts);
            outcomes.AddAll(package.Outcomes, package.SourceSchool, conflicts);
            performances.AddAll(package.Performances, package.SourceSchool, conflicts);
            cadres.AddAll(package.Cadres, package.SourceSchool, conflicts);
            histories.Add(package.Enrollment.Events);
            index++;
        }

        // Each event once, the first time it is seen: the packages' histories, then the receiving school's.
        histories.Add(receiving.Enrollment.Events);
        var events = histories.SelectMany(h => h).Distinct().ToList();

        var merged = new LearningPortfolio(
            receiving.Student,
            cadres.Items,
            courses.Items,
            outcomes.Items,
            performances.Items,
            receiving.Counselling,
            receiving.Autobiography,
            events.Count == receiving.Enrollment.Events.Count ? receiving.Enrollment : new EnrollmentHistory(events));
        var added = courses.Added + outcomes.Added + performances.Added + cadres.Added;
        var duplicates = courses.Duplicates + outcomes.Duplicates + performances.Duplicates + cadres.Duplicates;
        return new ExchangeMergeResult(merged, conflicts, added, duplicates);
    }

    private sealed class Collector<T>
        where T : class
    {
        private readonly Dictionary<Identity.RecordId, int> _byId = [];
        private readonly SubmissionContentKind _kind;
        private readonly Func<T, Identity.RecordId> _id;
        private readonly Func<T, T, bool> _sameContent;

        public Collector(IReadOnlyList<T> existing, SubmissionContentKind kind, Func<T, Identity.RecordId> id, Func<T, T, bool> sameContent)
        {
            _kind = kind;
            _id = id;
            _sameContent = sameContent;
            Items = [.. existing];
            for (var i = 0; i < Items.Count; i++)
            {
                _byId.TryAdd(id(Items[i]), i);
            }
        }

        public List<T> Items { get; }

        public int Added { get; private set; }

        public int Duplicates { get; private set; }

        public void AddAll(IReadOnlyList<T> incoming, Identity.SchoolCode source, List<ExchangeConflict> conflicts)
        {
            foreach (var item in incoming)
            {
                var id = _id(item);
                if (!_byId.TryGetValue(id, out var at))
                {
                    _byId.Add(id, Items.Count);
                    Items.Add(item);
                    Added++;
                }
                else if (_sameContent(item, Items[at]))
                {
                    Duplicates++;
                }
                else
                {
                    conflicts.Add(new ExchangeConflict(_kind, id, source, at));
                }
            }
        }
    }
}
