using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>
/// One property of a multi-performance category's details, with the getter that reads it from the details record.
/// Always nullable. Read it with the getter of its <see cref="FieldSpec.Kind"/>: <see cref="GetText"/> (string),
/// <see cref="GetDate"/>, <see cref="GetNumber"/> (decimal), <see cref="GetInteger"/>, <see cref="GetTerm"/>,
/// <see cref="GetFlag"/> (boolean) or <see cref="GetLevel"/> (the cadre-level enumeration). No reflection.
/// </summary>
internal sealed record DetailsField : FieldSpec
{
    private readonly Delegate _get;

    private DetailsField(string name, FieldKind kind, string column, Delegate get)
        : base(name, kind, column)
    {
        _get = get;
        Nullable = true;
    }

    /// <summary>Gets the letter the reader keys its value readers by: S, D, N, I, T, B or L.</summary>
    public char KindLetter => Kind switch
    {
        FieldKind.String => 'S',
        FieldKind.Date => 'D',
        FieldKind.Decimal => 'N',
        FieldKind.Integer => 'I',
        FieldKind.Term => 'T',
        FieldKind.Boolean => 'B',
        _ => 'L',
    };

    public string? GetText(PerformanceDetails d) => ((Func<PerformanceDetails, string?>)_get)(d);

    public LocalDate? GetDate(PerformanceDetails d) => ((Func<PerformanceDetails, LocalDate?>)_get)(d);

    public decimal? GetNumber(PerformanceDetails d) => ((Func<PerformanceDetails, decimal?>)_get)(d);

    public int? GetInteger(PerformanceDetails d) => ((Func<PerformanceDetails, int?>)_get)(d);

    public Term? GetTerm(PerformanceDetails d) => ((Func<PerformanceDetails, Term?>)_get)(d);

    public bool? GetFlag(PerformanceDetails d) => ((Func<PerformanceDetails, bool?>)_get)(d);

    public CadreLevel? GetLevel(PerformanceDetails d) => ((Func<PerformanceDetails, CadreLevel?>)_get)(d);

    /// <summary>Returns whether the record has a value for this field (text must not be blank).</summary>
    public bool HasValue(PerformanceDetails d) => Kind switch
    {
        FieldKind.String => !string.IsNullOrWhiteSpace(GetText(d)),
        FieldKind.Date => GetDate(d) is not null,
        FieldKind.Decimal => GetNumber(d) is not null,
        FieldKind.Integer => GetInteger(d) is not null,
        FieldKind.Term => GetTerm(d) is not null,
        FieldKind.Boolean => GetFlag(d) is not null,
        _ => GetLevel(d) is not null,
    };

    public static DetailsField Text<T>(string name, string column, Func<T, string?> get)
        where T : PerformanceDetails => new(name, FieldKind.String, column, (Func<PerformanceDetails, string?>)(d => get((T)d)));

    public static DetailsField Date<T>(string name, string column, Func<T, LocalDate?> get)
        where T : PerformanceDetails => new(name, FieldKind.Date, column, (Func<PerformanceDetails, LocalDate?>)(d => get((T)d)));

    public static DetailsField Number<T>(string name, string column, Func<T, decimal?> get)
        where T : PerformanceDetails => new(name, FieldKind.Decimal, column, (Func<PerformanceDetails, decimal?>)(d => get((T)d)));

    public static DetailsField Integer<T>(string name, string column, Func<T, int?> get)
        where T : PerformanceDetails => new(name, FieldKind.Integer, column, (Func<PerformanceDetails, int?>)(d => get((T)d)));

    public static DetailsField InTerm<T>(string name, string column, Func<T, Term?> get)
        where T : PerformanceDetails => new(name, FieldKind.Term, column, (Func<PerformanceDetails, Term?>)(d => get((T)d)));

    public static DetailsField Flag<T>(string name, string column, Func<T, bool?> get)
        where T : PerformanceDetails => new(name, FieldKind.Boolean, column, (Func<PerformanceDetails, bool?>)(d => get((T)d)));

    public static DetailsField Level<T>(string name, string column, Func<T, CadreLevel?> get)
        where T : PerformanceDetails => new(name, FieldKind.Enum, column, (Func<PerformanceDetails, CadreLevel?>)(d => get((T)d))) { EnumDef = "cadreLevel" };
}
