namespace StudentPortfolio.Internal;

/// <summary>
/// The value kind of one property of the submission format (see <see cref="FieldSpec"/>): free text, an ISO date
/// <c>yyyy-MM-dd</c>, a UTC instant <c>yyyy-MM-ddTHH:mm:ssZ</c>, a term <c>114-1</c>, a school code, a course code, a
/// SHA-256 hash, a record id, an identity number, a name from a fixed list (<see cref="FieldSpec.EnumNames"/> or
/// <see cref="FieldSpec.EnumDef"/>), a whole or decimal number, a boolean, a fixed string (<see cref="FieldSpec.Const"/>),
/// an object (<see cref="FieldSpec.Of"/>), an array (<see cref="FieldSpec.Items"/>), or the details object of a
/// multi-performance item (shaped by its category).
/// </summary>
internal enum FieldKind
{
    String,
    Date,
    Instant,
    Term,
    SchoolCode,
    CourseCode,
    Sha256,
    RecordId,
    NationalId,
    Enum,
    Integer,
    Decimal,
    Boolean,
    Const,
    Object,
    Array,
    Details,
}
