namespace StudentPortfolio;

/// <summary>Argument checks shared by constructors (programmer errors throw BCL argument exceptions).</summary>
internal static class Guard
{
    public static void NotDefault(bool isDefault, string paramName)
    {
        if (isDefault)
        {
            throw new ArgumentException($"'{paramName}' must not be the default value.", paramName);
        }
    }

    public static void Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{value}' is not a defined {typeof(TEnum).Name}.");
        }
    }
}
