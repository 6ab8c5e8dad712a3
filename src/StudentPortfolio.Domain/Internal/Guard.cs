using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace StudentPortfolio.Internal;

/// <summary>Argument guards; the parameter name comes from the call site (<see cref="CallerArgumentExpressionAttribute"/>).</summary>
internal static class Guard
{
    /// <summary>Throws <see cref="ArgumentException"/> when a value type holds its default (uninitialised) value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T NotDefault<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, IEquatable<T> =>
        value.Equals(default) ? throw new ArgumentException($"'{paramName}' must not be the default value.", paramName) : value;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when an enum value is not one of its named values.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"'{value}' is not a defined {typeof(TEnum).Name}.");

    /// <summary>Throws <see cref="ArgumentNullException"/> for <see langword="null"/>; returns the value, so a constructor checks and stores in one step.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> for <see langword="null"/> and <see cref="ArgumentException"/> for empty or white-space text.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a negative number.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The argument's name, filled in by the compiler.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static T NotNegative<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : System.Numerics.INumberBase<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, paramName);
        return value;
    }
}
