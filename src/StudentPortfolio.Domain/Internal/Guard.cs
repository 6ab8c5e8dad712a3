using System.Runtime.CompilerServices;

namespace StudentPortfolio.Internal;

/// <summary>Argument guards; the parameter name comes from the call site (<see cref="CallerArgumentExpressionAttribute"/>).</summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentException"/> when a value type holds its default (uninitialised) value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    public static void NotDefault<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"'{paramName}' must not be the default value.", paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when an enum value is not one of its named values.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"'{value}' is not a defined {typeof(TEnum).Name}.");
        }
    }
}
