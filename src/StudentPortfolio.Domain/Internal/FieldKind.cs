namespace StudentPortfolio.Internal;

/// <summary>The value kind of one property of the submission format (see <c>Export/SubmissionFields</c>).</summary>
internal enum FieldKind
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>An ISO calendar date <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A UTC instant <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    Instant,

    /// <summary>A term <c>114-1</c>.</summary>
    Term,

    /// <summary>A six-character school code.</summary>
    SchoolCode,

    /// <summary>A 23-character course code.</summary>
    CourseCode,

    /// <summary>A SHA-256 hash, 64 lower-case hexadecimal digits.</summary>
    Sha256,

    /// <summary>A record identifier.</summary>
    RecordId,

    /// <summary>An identity number.</summary>
    NationalId,

    /// <summary>A string from a fixed list of names (<see cref="FieldSpec.EnumNames"/> or <see cref="FieldSpec.EnumDef"/>).</summary>
    Enum,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A fixed string (<see cref="FieldSpec.Const"/>).</summary>
    Const,

    /// <summary>An object of the format (<see cref="FieldSpec.Of"/>).</summary>
    Object,

    /// <summary>An array of <see cref="FieldSpec.Items"/>.</summary>
    Array,

    /// <summary>The details object of a multi-performance item, shaped by its category.</summary>
    Details,
}
