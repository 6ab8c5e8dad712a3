using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Validates one framed student by walking its bytes once with a <see cref="Utf8JsonReader"/>: checks what needs
/// no policy (identity, dates, codes, record ids, required fields, JSON types, duplicate ids) and collects the
/// <see cref="StudentFacts"/> the policy rules need, then runs the policy rules (<see cref="RuleEvaluator"/>) on them.
/// </summary>
/// <remarks>
/// No strings are allocated for values on the passing path: codes and ids are checked on their UTF-8 bytes, text
/// lengths are counted on the bytes. Not thread-safe: one instance per worker, reused for every student.
/// </remarks>
internal sealed class StudentSliceValidator
{
    private const int ShownLength = 40;
    private const string TermExpected = "a term such as 114-1 (ROC year, '-', semester 1 or 2)";

    private readonly RuleEvaluator? _evaluator;
    private readonly PortfolioValidationOptions _options;
    private readonly RuleEvaluator.Scratch _ruleScratch = new();
    private readonly StudentFacts _facts = new();
    private readonly StudentIssueSink _issues = new();
    private readonly Dictionary<ulong, int> _ids = [];
    private byte[] _scratch = new byte[512];

    public StudentSliceValidator(RuleEvaluator? evaluator, PortfolioValidationOptions options)
    {
        _evaluator = evaluator;
        _options = options;
        _issues.Limit = options.MaxIssuesPerStudent;
    }

    /// <summary>Gets the facts of the student validated last (for tests and rules).</summary>
    public StudentFacts Facts => _facts;

    public StudentValidationResult Validate(in StudentFrame frame)
    {
        _facts.Reset(frame.Index);
        _issues.Clear();
        var index = frame.Index.ToString(CultureInfo.InvariantCulture);
        switch (frame.Problem)
        {
            case ElementProblem.Malformed:
                _issues.Add(BulkRules.MalformedStudent, null, _facts.Prefix, index, Num(frame.ProblemLine), Num(frame.ProblemOffset), frame.Detail ?? "malformed JSON");
                break;
            case ElementProblem.Truncated:
                _issues.Add(BulkRules.Truncated, null, _facts.Prefix, Num(frame.ProblemLine), Num(frame.ProblemOffset), frame.Detail ?? "the file ends inside this student");
                break;
            case ElementProblem.TooLarge:
                _issues.Add(BulkRules.StudentTooLarge, null, _facts.Prefix, index, Num(frame.Size), Num(frame.Length), Num(frame.ByteOffset));
                break;
            case ElementProblem.NotObject:
                _issues.Add(BulkRules.DocumentStructure, null, _facts.Prefix, Num(frame.Line), Num(frame.ByteOffset), $"student {index} is {frame.Detail}, not an object");
                break;
            default:
                ValidateSlice(frame.Span, frame.ByteOffset, index);
                break;
        }

        return new StudentValidationResult(frame.Index, new SourcePosition(frame.Line, frame.Column, frame.ByteOffset), _facts.Key, _issues.Build(_facts.Key), _issues.Dropped);
    }

    private void ValidateSlice(ReadOnlySpan<byte> slice, long byteOffset, string index)
    {
        if (!Utf8.IsValid(slice))
        {
            _issues.Add(BulkRules.InvalidUtf8, null, _facts.Prefix, index, Num(byteOffset + FirstInvalidUtf8(slice)));
        }

        try
        {
            WalkStudent(slice);
        }
        catch (JsonException ex)
        {
            _issues.Add(BulkRules.MalformedStudent, null, _facts.Prefix, index, "-", Num(byteOffset), Internal.ErrorText.Excerpt(ex.Message));
            return;
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.CopyString: an escape that is not valid UTF-16 (a lone surrogate such as "\ud800").
            _issues.Add(BulkRules.MalformedStudent, null, _facts.Prefix, index, "-", Num(byteOffset), Internal.ErrorText.Excerpt(ex.Message));
            return;
        }

        if (_evaluator is not null)
        {
            _facts.History = _facts.Events.Count == 0 ? EnrollmentHistory.Empty : new EnrollmentHistory(_facts.Events);
            _evaluator.Evaluate(_facts, _options, _issues, _ruleScratch);
        }
    }

    private void WalkStudent(ReadOnlySpan<byte> slice)
    {
        _ids.Clear();
        var reader = new Utf8JsonReader(slice, isFinalBlock: true, default);
        reader.Read(); // StartObject (the framer guarantees it)
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var p = KnownProperties.Of(ref reader, ref _scratch);
            if (p == KnownProperty.NationalId)
            {
                reader.Read();
                ReadNationalId(ref reader);
            }
            else if (p == KnownProperty.BirthDate)
            {
                reader.Read();
                _facts.HasBirthDate = reader.TokenType == JsonTokenType.String;
                _facts.BirthDate = ReadDate(ref reader, FieldLocation.OfStudent("birthDate"), required: true);
            }
            else if (p == KnownProperty.Name)
            {
                reader.Read();
                if (ExpectString(ref reader, FieldLocation.OfStudent("name"), nullable: false))
                {
                    _facts.NameLength = TextLength(Value(ref reader));
                }
                else
                {
                    _facts.NameLength = 0; // reported as the wrong type
                }
            }
            else if (p == KnownProperty.School)
            {
                reader.Read();
                _facts.HasSchool = reader.TokenType == JsonTokenType.String;
                _facts.School = ReadSchool(ref reader, FieldLocation.OfStudent("school"), nullable: true);
            }
            else if (p == KnownProperty.Grade)
            {
                reader.Read();
                _facts.Grade = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var grade) ? grade : null;
                reader.Skip();
            }
            else if (p == KnownProperty.Cadres)
            {
                reader.Read();
                WalkArray(ref reader, RecordKind.Cadre);
            }
            else if (p == KnownProperty.Courses)
            {
                reader.Read();
                WalkArray(ref reader, RecordKind.Course);
            }
            else if (p == KnownProperty.Outcomes)
            {
                reader.Read();
                WalkArray(ref reader, RecordKind.Outcome);
            }
            else if (p == KnownProperty.Performances)
            {
                reader.Read();
                WalkArray(ref reader, RecordKind.Performance);
            }
            else if (p == KnownProperty.Enrollment)
            {
                reader.Read();
                WalkArray(ref reader, RecordKind.Enrollment);
            }
            else
            {
                reader.Skip();
            }
        }

        if (!_facts.HasNationalId)
        {
            Missing(_facts.Prefix + ".nationalId");
        }

        if (!_facts.HasBirthDate)
        {
            Missing(_facts.Prefix + ".birthDate");
        }

        if (_facts.NameLength < 0)
        {
            Missing(_facts.Prefix + ".name"); // an empty name is accepted, as by the importer
        }

        if (!_facts.HasSchool)
        {
            Missing(_facts.Prefix + ".school");
        }
    }

    private void Missing(string path) => _issues.Add(ImportRules.MissingProperty, null, path, path);

    private void ReadNationalId(ref Utf8JsonReader reader)
    {
        if (!ExpectString(ref reader, FieldLocation.OfStudent("nationalId"), nullable: true) || reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var value = Value(ref reader);
        if (value.IsEmpty)
        {
            return; // reported as a missing required field
        }

        _facts.HasNationalId = true;
        var error = StudentPortfolio.Identity.NationalId.TryParseUtf8(value, out var id);
        if (error == NationalIdError.None && id.IsWrittenAs(value))
        {
            _facts.NationalId = id;
            return;
        }

        // The submission format takes the form the writer writes (upper case, no spaces), as the object reader does.
        var reason = error == NationalIdError.None ? "spaces" : StudentPortfolio.Identity.NationalId.ErrorName(error);
        var masked = StudentPortfolio.Identity.NationalId.Mask(Encoding.UTF8.GetString(value));
        _issues.Add(ImportRules.InvalidNationalId, null, _facts.Prefix + ".nationalId", masked, reason);
    }

    private void WalkArray(ref Utf8JsonReader reader, RecordKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, FieldLocation.OfStudent(StudentFacts.PropertyOf(kind)), "an array");
            return;
        }

        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                WalkRecord(ref reader, kind, i);
            }
            else
            {
                WrongType(ref reader, new FieldLocation(null, -1, StudentFacts.PropertyOf(kind) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"), "an object");
            }

            i++;
        }
    }

    private void WalkRecord(ref Utf8JsonReader reader, RecordKind kind, int index)
    {
        var record = new RecordFact
        {
            Kind = kind,
            Index = index,
            TitleLength = -1,
            DescriptionLength = -1,
            FileStart = _facts.Files.Count,
        };
        var hasId = false;
        SchoolCode? eventSchool = null, counterpart = null;
        EnrollmentEventKind? eventKind = null;
        string? programme = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var p = KnownProperties.Of(ref reader, ref _scratch);
            if (p == KnownProperty.Id)
            {
                reader.Read();
                hasId = true;
                ReadRecordId(ref reader, ref record);
            }
            else if (p == KnownProperty.Term)
            {
                reader.Read();
                record.Term = ReadTerm(ref reader, kind, index);
            }
            else if (p == KnownProperty.CourseCode)
            {
                reader.Read();
                record.HasCourseCode = ReadCourseCode(ref reader, FieldLocation.OfRecord(kind, index, "courseCode"));
                if (record.HasCourseCode)
                {
                    var code = Value(ref reader);
                    record.CourseCodeStart = _facts.Store(code);
                    record.CourseCodeLength = code.Length;
                }
            }
            else if (p == KnownProperty.Title)
            {
                reader.Read();
                record.TitleLength = ReadTextLength(ref reader, kind, index, "title");
            }
            else if (p == KnownProperty.Description)
            {
                reader.Read();
                record.DescriptionLength = ReadTextLength(ref reader, kind, index, "description");
                record.DescriptionBlank = record.DescriptionLength >= 0 && IsBlank(Value(ref reader));
            }
            else if (p == KnownProperty.ContentHash)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    var value = Value(ref reader);
                    record.ContentHashStart = _facts.Store(value);
                    record.ContentHashLength = value.Length;
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (p == KnownProperty.Certification)
            {
                reader.Read();
                WalkCertification(ref reader, ref record);
            }
            else if (p == KnownProperty.Selected)
            {
                reader.Read();
                if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                {
                    record.Selected = reader.TokenType == JsonTokenType.True;
                }
                else
                {
                    WrongType(ref reader, FieldLocation.OfRecord(kind, index, "selected"), "a boolean");
                }
            }
            else if (p == KnownProperty.Files)
            {
                reader.Read();
                WalkFiles(ref reader, kind, index);
            }
            else if (p == KnownProperty.Category)
            {
                reader.Read();
                if (ExpectString(ref reader, FieldLocation.OfRecord(kind, index, "category"), nullable: false))
                {
                    record.Category = Category(Value(ref reader));
                }
            }
            else if (p == KnownProperty.Details)
            {
                reader.Read();
                record.DetailsStart = _facts.DetailMembers.Count;
                WalkDetails(ref reader, ref record);
                record.DetailsCount = _facts.DetailMembers.Count - record.DetailsStart;
            }
            else if (p == KnownProperty.Origin)
            {
                reader.Read();
                record.HasOrigin = reader.TokenType == JsonTokenType.StartObject;
                WalkOrigin(ref reader, ref record);
            }
            else if (p == KnownProperty.Date && kind == RecordKind.Enrollment)
            {
                reader.Read();
                record.StartDate = ReadDate(ref reader, FieldLocation.OfRecord(kind, index, "date"), required: true);
            }
            else if (p == KnownProperty.School && kind == RecordKind.Enrollment)
            {
                reader.Read();
                eventSchool = ReadSchool(ref reader, FieldLocation.OfRecord(kind, index, "school"), nullable: true);
            }
            else if (p == KnownProperty.CounterpartSchool && kind == RecordKind.Enrollment)
            {
                reader.Read();
                counterpart = ReadSchool(ref reader, FieldLocation.OfRecord(kind, index, "counterpartSchool"), nullable: true);
            }
            else if (p == KnownProperty.Programme && kind == RecordKind.Enrollment)
            {
                reader.Read();
                programme = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (p == KnownProperty.Kind && kind != RecordKind.Cadre && kind != RecordKind.Performance)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    var value = Value(ref reader);
                    if (kind == RecordKind.Enrollment)
                    {
                        eventKind = EnumOf(value, EnrollmentKindNames, JsonEnums.EnrollmentKindValues);
                    }
                    else
                    {
                        record.CourseKind = EnumOf(value, CourseKindNames, JsonEnums.CourseKindValues) ?? CourseRecordKind.Regular;
                    }
                }

                reader.Skip();
            }
            else if (p == KnownProperty.Link)
            {
                reader.Read();
                record.HasLink = reader.TokenType == JsonTokenType.String;
                reader.Skip();
            }
            else
            {
                reader.Skip();
            }
        }

        record.FileCount = _facts.Files.Count - record.FileStart;
        record.ItemDate = record.EndDate ?? record.StartDate;
        if (!hasId && kind != RecordKind.Enrollment)
        {
            Missing(_facts.PathOf(kind, index, "id"));
        }

        if (kind == RecordKind.Enrollment && record.StartDate is { } date && eventKind is { } ek && eventSchool is { } school)
        {
            AddEvent(date, ek, school, counterpart, programme);
        }

        _facts.ListOf(kind).Add(record);
    }

    // An event the importer would refuse to construct (e.g. a transfer without the counterpart school) is reported by
    // the reader's structural checks; here it only stays out of the history.
    private void AddEvent(LocalDate date, EnrollmentEventKind kind, SchoolCode school, SchoolCode? counterpart, string? programme)
    {
        try
        {
            _facts.Events.Add(new EnrollmentEvent(date, kind, school, counterpart, programme));
        }
        catch (ArgumentException)
        {
            _facts.EventsIncomplete = true;
        }
    }

    private static readonly byte[][] CourseKindNames = Utf8Names(JsonEnums.CourseKindNames);
    private static readonly byte[][] EnrollmentKindNames = Utf8Names(JsonEnums.EnrollmentKindNames);

    private static byte[][] Utf8Names(string[] names) => Array.ConvertAll(names, n => Encoding.UTF8.GetBytes(n));

    private static T? EnumOf<T>(ReadOnlySpan<byte> value, byte[][] names, T[] values)
        where T : struct
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (value.SequenceEqual(names[i]))
            {
                return values[i];
            }
        }

        return null;
    }

    private void ReadRecordId(ref Utf8JsonReader reader, ref RecordFact record)
    {
        if (!ExpectString(ref reader, FieldLocation.OfRecord(record.Kind, record.Index, "id"), nullable: false))
        {
            return;
        }

        var value = Value(ref reader);
        if (!RecordId.IsValid(value))
        {
            var path = _facts.PathOf(record.Kind, record.Index, "id");
            _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(value), "1 to 64 characters from A-Z a-z 0-9 . _ : -");
            return;
        }

        record.IdStart = _facts.Store(value);
        record.IdLength = value.Length;
        var hash = Hash(value, record.Kind);
        if (!_ids.TryAdd(hash, record.Index) && IsDuplicate(value, record.Kind, _ids[hash]))
        {
            _ = RecordId.TryParse(value, out var id); // checked by IsValid above
            _issues.Add(ImportRules.Duplicate, id, _facts.PathOf(record.Kind, record.Index, "id"), "id", id.ToString());
            _facts.DuplicateIdsReported = true;
        }
    }

    // Exact comparison after a hash hit: with the record that holds the hash (constant time), and only when the two
    // differ (a hash collision) with every earlier record of the kind.
    private bool IsDuplicate(ReadOnlySpan<byte> value, RecordKind kind, int first)
    {
        var records = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_facts.ListOf(kind));
        if (first < records.Length && records[first].Index == first && _facts.IdBytes(records[first]).SequenceEqual(value))
        {
            return true;
        }

        foreach (var other in records)
        {
            if (other.IdLength == value.Length && _facts.IdBytes(other).SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    private TermFact ReadTerm(ref Utf8JsonReader reader, RecordKind kind, int index)
    {
        if (!ExpectString(ref reader, FieldLocation.OfRecord(kind, index, "term"), nullable: false))
        {
            return default;
        }

        var value = Value(ref reader);
        if (TermFact.TryParse(value, out var term))
        {
            return term;
        }

        var path = _facts.PathOf(kind, index, "term");
        _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(value), TermExpected);
        return default;
    }

    private bool ReadCourseCode(ref Utf8JsonReader reader, in FieldLocation at, bool nullable = false)
    {
        if (!ExpectString(ref reader, at, nullable) || reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        var value = Value(ref reader);
        if (CourseCode.IsValid(value))
        {
            return true;
        }

        var path = at.ToPath(_facts);
        _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(value), "a 23-character course code");
        return false;
    }

    private SchoolCode? ReadSchool(ref Utf8JsonReader reader, in FieldLocation at, bool nullable)
    {
        if (!ExpectString(ref reader, at, nullable) || reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = Value(ref reader);
        if (SchoolCode.TryParse(value, out var school))
        {
            return school;
        }

        var path = at.ToPath(_facts);
        _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(value), "a school code of six digits or upper-case letters");
        return null;
    }

    private int ReadTextLength(ref Utf8JsonReader reader, RecordKind kind, int index, string field)
    {
        if (!ExpectString(ref reader, FieldLocation.OfRecord(kind, index, field), nullable: true) || reader.TokenType == JsonTokenType.Null)
        {
            return -1;
        }

        return TextLength(Value(ref reader));
    }

    private LocalDate? ReadDate(ref Utf8JsonReader reader, in FieldLocation at, bool required)
    {
        if (!ExpectString(ref reader, at, nullable: !required) || reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = Value(ref reader);
        if (IsoDate.TryParse(value, out var date))
        {
            return date;
        }

        var path = at.ToPath(_facts);
        _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(value), "an ISO-8601 date yyyy-MM-dd");
        return null;
    }

    private void WalkFiles(ref Utf8JsonReader reader, RecordKind kind, int owner)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, FieldLocation.OfRecord(kind, owner, "files"), "an array");
            return;
        }

        var j = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, FieldLocation.OfRecord(kind, owner, "files[" + j.ToString(CultureInfo.InvariantCulture) + "]"), "an object");
                j++;
                continue;
            }

            var file = new FileFact { OwnerKind = kind, OwnerIndex = owner, Index = j, SizeBytes = -1 };
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var p = KnownProperties.Of(ref reader, ref _scratch);
                if (p == KnownProperty.MediaType)
                {
                    reader.Read();
                    file.MediaType = reader.TokenType == JsonTokenType.String ? FileMediaTypes.Of(Value(ref reader)) : FileMediaType.Missing;
                    if (file.MediaType == FileMediaType.Other)
                    {
                        var value = Value(ref reader);
                        file.TypeStart = _facts.Store(value);
                        file.TypeLength = value.Length;
                    }

                    reader.Skip();
                }
                else if (p == KnownProperty.FileName)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var value = Value(ref reader);
                        file.NameStart = _facts.Store(value);
                        file.NameLength = value.Length;
                    }

                    reader.Skip();
                }
                else if (p == KnownProperty.SizeBytes)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var size))
                    {
                        file.SizeBytes = size;
                    }
                    else
                    {
                        WrongType(ref reader, new FieldLocation(kind, owner, "sizeBytes", j), "an integer");
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            _facts.Files.Add(file);
            j++;
        }
    }

    private void WalkDetails(ref Utf8JsonReader reader, ref RecordFact record)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                WrongType(ref reader, FieldLocation.OfRecord(record.Kind, record.Index, "details"), "an object");
            }

            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var p = KnownProperties.Of(ref reader, ref _scratch);
            var nameStart = StoreName(ref reader, out var nameLength);
            if (p == KnownProperty.EndDate)
            {
                reader.Read();
                record.EndDate = ReadDate(ref reader, FieldLocation.OfRecord(record.Kind, record.Index, "details.endDate"), required: false);
                NoteMember(ref reader, nameStart, nameLength);
            }
            else if (p == KnownProperty.StartDate || p == KnownProperty.ResultDate
                || p == KnownProperty.ObtainedOn || p == KnownProperty.Date)
            {
                var name = p == KnownProperty.StartDate ? "details.startDate" : p == KnownProperty.ResultDate ? "details.resultDate"
                    : p == KnownProperty.ObtainedOn ? "details.obtainedOn" : "details.date";
                reader.Read();
                record.StartDate = ReadDate(ref reader, FieldLocation.OfRecord(record.Kind, record.Index, name), required: false);
                NoteMember(ref reader, nameStart, nameLength);
            }
            else
            {
                reader.Read();
                NoteMember(ref reader, nameStart, nameLength);
                reader.Skip();
            }
        }
    }

    private void WalkCertification(ref Utf8JsonReader reader, ref RecordFact record)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var p = KnownProperties.Of(ref reader, ref _scratch);
            reader.Read();
            if (p == KnownProperty.Status && reader.TokenType == JsonTokenType.String)
            {
                var value = Value(ref reader);
                record.CertificationStatus = value.SequenceEqual("certified"u8) ? 1 + (int)CertificationStatus.Certified
                    : value.SequenceEqual("pending"u8) ? 1 + (int)CertificationStatus.Pending
                    : value.SequenceEqual("rejected"u8) ? 1 + (int)CertificationStatus.Rejected
                    : 0;
            }
            else if (p == KnownProperty.DecidedAt && reader.TokenType == JsonTokenType.String && _evaluator is not null && (_evaluator.HasCalendar || _options.SchoolRules.Count > 0))
            {
                // Only the window rules and school rules read it: parsed when a calendar or a school rule is checked.
                record.DecidedAt = InstantPattern.General.Parse(reader.GetString()!).TryGetValue(default, out var at) ? at : null;
            }
            else if (p == KnownProperty.CertifiedHash && reader.TokenType == JsonTokenType.String)
            {
                var value = Value(ref reader);
                record.CertifiedHashStart = _facts.Store(value);
                record.CertifiedHashLength = value.Length;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // Stores the current property name's bytes in the facts' arena (details members are few per record).
    private int StoreName(ref Utf8JsonReader reader, out int length)
    {
        var name = Value(ref reader);
        length = name.Length;
        return _facts.Store(name);
    }

    // Notes a details member that carries a value: not null, a string not blank, a non-empty array, or anything else.
    private void NoteMember(ref Utf8JsonReader reader, int nameStart, int nameLength)
    {
        var hasValue = reader.TokenType switch
        {
            JsonTokenType.Null => false,
            JsonTokenType.String => !IsBlank(Value(ref reader)),
            JsonTokenType.StartArray => HasElement(reader),
            _ => true,
        };
        if (hasValue)
        {
            _facts.DetailMembers.Add((nameStart, nameLength));
        }
    }

    private static bool HasElement(Utf8JsonReader copy) => copy.Read() && copy.TokenType != JsonTokenType.EndArray;

    /// <summary>Returns whether UTF-8 text is empty or white space only, like <see cref="string.IsNullOrWhiteSpace"/>.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !System.Text.Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            utf8 = utf8[consumed..];
        }

        return true;
    }

    private void WalkOrigin(ref Utf8JsonReader reader, ref RecordFact record)
    {
        var kind = record.Kind;
        var index = record.Index;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                WrongType(ref reader, FieldLocation.OfRecord(kind, index, "origin"), "an object");
            }

            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var p = KnownProperties.Of(ref reader, ref _scratch);
            if (p == KnownProperty.School)
            {
                reader.Read();
                record.OriginSchool = ReadSchool(ref reader, FieldLocation.OfRecord(kind, index, "origin.school"), nullable: true);
            }
            else if (p == KnownProperty.CourseCode)
            {
                reader.Read();
                ReadCourseCode(ref reader, FieldLocation.OfRecord(kind, index, "origin.courseCode"), nullable: true);
            }
            else if (p == KnownProperty.Term)
            {
                reader.Read();
                if (ExpectString(ref reader, FieldLocation.OfRecord(kind, index, "origin.term"), nullable: true) && reader.TokenType != JsonTokenType.Null && !TermFact.TryParse(Value(ref reader), out record.OriginTerm))
                {
                    var path = _facts.PathOf(kind, index, "origin.term");
                    _issues.Add(ImportRules.InvalidValue, null, path, path, Shown(Value(ref reader)), TermExpected);
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private bool ExpectString(ref Utf8JsonReader reader, in FieldLocation at, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.String || (nullable && reader.TokenType == JsonTokenType.Null))
        {
            return true;
        }

        WrongType(ref reader, at, nullable ? "a string or null" : "a string");
        return false;
    }

    private void WrongType(ref Utf8JsonReader reader, in FieldLocation at, string expected)
    {
        var actual = JsonTokenNames.Describe(reader.TokenType);
        var path = at.ToPath(_facts);
        _issues.Add(ImportRules.WrongType, null, path, path, expected, actual);
        reader.Skip();
    }

    // The string value's bytes, unescaped into a reused buffer when the JSON escapes it.
    private ReadOnlySpan<byte> Value(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_scratch.Length < reader.ValueSpan.Length)
        {
            _scratch = new byte[Math.Max(reader.ValueSpan.Length, _scratch.Length * 2)];
        }

        var n = reader.CopyString(_scratch);
        return _scratch.AsSpan(0, n);
    }

    /// <summary>Counts text elements the way <c>Text.CountCharacters</c> does (code points), on UTF-8 bytes.</summary>
    internal static int TextLength(ReadOnlySpan<byte> utf8)
    {
        var continuation = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                continuation++;
            }
        }

        return utf8.Length - continuation;
    }

    internal static int Category(ReadOnlySpan<byte> s) =>
        s.SequenceEqual("cadre"u8) ? (int)PerformanceCategory.Cadre
        : s.SequenceEqual("competition"u8) ? (int)PerformanceCategory.Competition
        : s.SequenceEqual("certificate"u8) ? (int)PerformanceCategory.Certificate
        : s.SequenceEqual("serviceLearning"u8) ? (int)PerformanceCategory.ServiceLearning
        : s.SequenceEqual("flexibleLearning"u8) ? (int)PerformanceCategory.FlexibleLearning
        : s.SequenceEqual("groupActivity"u8) ? (int)PerformanceCategory.GroupActivity
        : s.SequenceEqual("workplaceLearning"u8) ? (int)PerformanceCategory.WorkplaceLearning
        : s.SequenceEqual("works"u8) ? (int)PerformanceCategory.Works
        : s.SequenceEqual("advancedCourse"u8) ? (int)PerformanceCategory.AdvancedCourse
        : s.SequenceEqual("other"u8) ? (int)PerformanceCategory.Other
        : 0;

    // FNV-1a over the id bytes, mixed with the kind so one dictionary serves all kinds.
    private static ulong Hash(ReadOnlySpan<byte> s, RecordKind kind)
    {
        var h = 14695981039346656037UL ^ (ulong)kind;
        foreach (var b in s)
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> s)
    {
        var offset = 0;
        while (offset < s.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(s[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static string Shown(ReadOnlySpan<byte> value)
    {
        var text = Encoding.UTF8.GetString(value);
        return Internal.ErrorText.Excerpt(text, ShownLength);
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
