namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// The StudentPortfolio configuration of a host is invalid: thrown by
/// <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/> at start-up with every problem found
/// (an unreadable or malformed policy file, an unknown preset, two policy versions of a school with the same effective
/// date), not on the first request.
/// </summary>
public sealed class StudentPortfolioConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, one sentence each.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public StudentPortfolioConfigurationException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a single problem.</summary>
    /// <param name="message">The problem.</param>
    public StudentPortfolioConfigurationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with no problem listed.</summary>
    public StudentPortfolioConfigurationException()
        : this("The StudentPortfolio configuration is invalid.")
    {
    }

    /// <summary>Creates the exception with a problem and its cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public StudentPortfolioConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets the problems, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? "Invalid StudentPortfolio configuration: " + problems[0]
            : $"Invalid StudentPortfolio configuration ({problems.Count} problems):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems);
    }
}
