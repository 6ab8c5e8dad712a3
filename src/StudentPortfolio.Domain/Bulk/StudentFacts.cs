using System.Globalization;
using System.Text;
using NodaTime;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Everything the bulk evaluator collected about one student in its single token pass, reused from student to
/// student by one worker (cleared by <see cref="Reset"/>). Policy rules (<see cref="IStudentFactsRule"/>) read it.
/// </summary>
/// <remarks>Not thread-safe: one instance per worker.</remarks>
internal sealed class StudentFacts
{
    private byte[] _idArena = new byte[1024];
    private int _idUsed;
    private string? _prefix;

    public long StudentIndex { get; private set; }

    public NationalId? NationalId { get; set; }

    public LocalDate? BirthDate { get; set; }

    public StudentKey? Key => NationalId is { } id && BirthDate is { } birth ? new StudentKey(id, birth) : null;

    public bool HasNationalId { get; set; }

    public bool HasBirthDate { get; set; }

    public bool HasSchool { get; set; }

    /// <summary>Gets or sets the name's length in text elements; -1 when absent.</summary>
    public int NameLength { get; set; } = -1;

    public List<RecordFact> Cadres { get; } = [];

    public List<RecordFact> Courses { get; } = [];

    public List<RecordFact> Outcomes { get; } = [];

    public List<RecordFact> Performances { get; } = [];

    public List<RecordFact> Enrollment { get; } = [];

    public List<FileFact> Files { get; } = [];

    public List<YearFacts> Years { get; } = [];

    /// <summary>Gets the names of the <c>details</c> members that carry a value (not null, not blank), as arena ranges.</summary>
    public List<(int Start, int Length)> DetailMembers { get; } = [];

    /// <summary>Gets the JSON path prefix of the student, e.g. <c>$.students[3]</c>.</summary>
    public string Prefix => _prefix ??= string.Create(CultureInfo.InvariantCulture, $"$.students[{StudentIndex}]");

    public void Reset(long studentIndex)
    {
        StudentIndex = studentIndex;
        _prefix = null;
        _idUsed = 0;
        NationalId = null;
        BirthDate = null;
        HasNationalId = HasBirthDate = HasSchool = false;
        NameLength = -1;
        Cadres.Clear();
        Courses.Clear();
        Outcomes.Clear();
        Performances.Clear();
        Enrollment.Clear();
        Files.Clear();
        Years.Clear();
        DetailMembers.Clear();
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

    /// <summary>Stores a record id's bytes and returns where they are.</summary>
    public int StoreId(ReadOnlySpan<byte> id)
    {
        if (_idUsed + id.Length > _idArena.Length)
        {
            Array.Resize(ref _idArena, Math.Max(_idArena.Length * 2, _idUsed + id.Length));
        }

        var start = _idUsed;
        id.CopyTo(_idArena.AsSpan(start));
        _idUsed += id.Length;
        return start;
    }

    public ReadOnlySpan<byte> IdBytes(in RecordFact record) => _idArena.AsSpan(record.IdStart, record.IdLength);

    /// <summary>Returns bytes stored with <see cref="StoreId"/>.</summary>
    public ReadOnlySpan<byte> Stored(int start, int length) => _idArena.AsSpan(start, length);

    /// <summary>Returns the record's id as a <see cref="RecordId"/> when it is well-formed (allocates: issue path only).</summary>
    public RecordId? RecordIdOf(in RecordFact record) =>
        record.IdLength > 0 && RecordId.TryParse(Encoding.UTF8.GetString(IdBytes(record)), out var id) ? id : null;

    /// <summary>Returns the JSON path of a record or one of its fields, e.g. <c>$.students[3].outcomes[1].description</c>.</summary>
    public string PathOf(RecordKind kind, int index, string? field = null) => field is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(kind)}[{index}]")
        : string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(kind)}[{index}].{field}");

    /// <summary>Returns the JSON path of a file field, e.g. <c>$.students[3].outcomes[1].files[0].sizeBytes</c>.</summary>
    public string PathOf(in FileFact file, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}.{PropertyOf(file.OwnerKind)}[{file.OwnerIndex}].files[{file.Index}].{field}");

    /// <summary>Returns the counts of an academic year, adding an empty entry when new.</summary>
    public ref YearFacts Year(int year)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Years);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].Year == year)
            {
                return ref span[i];
            }
        }

        Years.Add(new YearFacts { Year = year });
        return ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Years)[^1];
    }
}
