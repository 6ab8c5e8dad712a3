using System.Globalization;
using System.Text;
using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Validation;

/// <summary>
/// The one fact model per student that every policy rule reads: records with kind, term, origin, selection,
/// certification, content hash, files, details present, the enrollment history and the student's school. The object
/// path fills it from a <see cref="LearningPortfolio"/> (<see cref="PortfolioFacts"/>); the bulk path fills it while
/// walking a student's bytes. One instance is reused per worker: <see cref="Reset(long)"/> between students.
/// </summary>
internal sealed class StudentFacts
{
    private byte[] _arena = new byte[1024];
    private int _used;
    private string? _prefix;
    private string _fixedPrefix = "$";

    public long StudentIndex { get; private set; } = -1;

    public NationalId? NationalId { get; set; }

    public LocalDate? BirthDate { get; set; }

    public StudentKey? Key => NationalId is { } id && BirthDate is { } birth ? new StudentKey(id, birth) : null;

    public bool HasNationalId { get; set; }

    public bool HasBirthDate { get; set; }

    public bool HasSchool { get; set; }

    /// <summary>Gets or sets the school the student belongs to (basic data <c>school</c>).</summary>
    public SchoolCode? School { get; set; }

    /// <summary>Gets or sets the student's grade (年級), when known.</summary>
    public int? Grade { get; set; }

    public int NameLength { get; set; } = -1;

    /// <summary>Gets or sets whether the reader already reported duplicate record ids (then SP-D001 is not repeated).</summary>
    public bool DuplicateIdsReported { get; set; }

    public List<RecordFact> Cadres { get; } = [];

    public List<RecordFact> Courses { get; } = [];

    public List<RecordFact> Outcomes { get; } = [];

    public List<RecordFact> Performances { get; } = [];

    public List<RecordFact> Enrollment { get; } = [];

    /// <summary>Gets the enrollment events in document order (the bulk path builds <see cref="History"/> from them).</summary>
    public List<EnrollmentEvent> Events { get; } = [];

    /// <summary>Gets or sets the enrollment history (學籍異動) the rules read.</summary>
    public EnrollmentHistory History { get; set; } = EnrollmentHistory.Empty;

    public List<FileFact> Files { get; } = [];

    public List<(int Start, int Length)> DetailMembers { get; } = [];

    /// <summary>Gets the JSON path of the student: <c>$.students[i]</c> in a document, the caller's prefix otherwise.</summary>
    public string Prefix => _prefix ??= StudentIndex < 0
        ? _fixedPrefix
        : string.Create(CultureInfo.InvariantCulture, $"$.students[{StudentIndex}]");

    /// <summary>Clears the facts for the student at <paramref name="studentIndex"/> of a document.</summary>
    public void Reset(long studentIndex)
    {
        Clear();
        StudentIndex = studentIndex;
    }

    /// <summary>Clears the facts for one portfolio whose paths start with <paramref name="pathPrefix"/>.</summary>
    public void Reset(string pathPrefix)
    {
        Clear();
        StudentIndex = -1;
        _fixedPrefix = pathPrefix;
    }

    public List<RecordFact> ListOf(RecordKind kind) => kind switch
    {
        RecordKind.Cadre => Cadres,
        RecordKind.Course => Courses,
        RecordKind.Outcome => Outcomes,
        RecordKind.Performance => Performances,
        _ => Enrollment,
    };

    public static string PropertyOf(RecordKind kind) => kind switch
    {
        RecordKind.Cadre => "cadres",
        RecordKind.Course => "courses",
        RecordKind.Outcome => "outcomes",
        RecordKind.Performance => "performances",
        _ => "enrollment",
    };

    /// <summary>Copies bytes into the arena and returns their start.</summary>
    public int Store(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + bytes.Length));
        }

        var start = _used;
        bytes.CopyTo(_arena.AsSpan(start));
        _used += bytes.Length;
        return start;
    }

    /// <summary>Encodes text into the arena as UTF-8 and returns its start.</summary>
    /// <summary>Stores a hash's text form (64 lower-case hexadecimal digits) without building the string.</summary>
    public int Store(ContentHash hash, out int length)
    {
        Span<byte> hex = stackalloc byte[ContentHash.HexLength];
        hash.WriteHex(hex);
        length = hex.Length;
        return Store(hex);
    }

    public int Store(string text, out int length)
    {
        length = Encoding.UTF8.GetByteCount(text);
        if (_used + length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + length));
        }

        var start = _used;
        Encoding.UTF8.GetBytes(text, _arena.AsSpan(start));
        _used += length;
        return start;
    }

    public ReadOnlySpan<byte> IdBytes(in RecordFact record) => _arena.AsSpan(record.IdStart, record.IdLength);

    public ReadOnlySpan<byte> Stored(int start, int length) => _arena.AsSpan(start, length);

    public RecordId? RecordIdOf(in RecordFact record) =>
        record.IdLength > 0 && RecordId.TryParse(Encoding.UTF8.GetString(IdBytes(record)), out var id) ? id : null;

    public string PathOf(RecordKind kind, int index, string? field = null) => field is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(kind)}[{index}]")
        : string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(kind)}[{index}].{field}");

    public string PathOf(in FileFact file, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(file.OwnerKind)}[{file.OwnerIndex}].files[{file.Index}].{field}");

    private void Clear()
    {
        _prefix = null;
        if (_arena.Length > MaxRetainedArenaBytes && _used < _arena.Length / 4)
        {
            _arena = new byte[1024];
        }

        _used = 0;
        NationalId = null;
        BirthDate = null;
        HasNationalId = HasBirthDate = HasSchool = false;
        School = null;
        Grade = null;
        NameLength = -1;
        DuplicateIdsReported = false;
        Clear(Cadres);
        Clear(Courses);
        Clear(Outcomes);
        Clear(Performances);
        Clear(Enrollment);
        Clear(Events);
        History = EnrollmentHistory.Empty;
        Clear(Files);
        Clear(DetailMembers);
    }

    // One worker reuses its facts for every student: once a student needs far less than an unusually large one
    // before it, give the lists back rather than hold their largest size for the rest of the run (a record fact is
    // about 170 bytes). Consecutive large students reuse them, so a file of large students does not reallocate.
    private const int MaxRetainedItems = 4096;
    private const int MaxRetainedArenaBytes = 1 << 20;

    private static void Clear<T>(List<T> list)
    {
        var trim = list.Capacity > MaxRetainedItems && list.Count < list.Capacity / 4;
        list.Clear();
        if (trim)
        {
            list.Capacity = 0;
        }
    }
}
