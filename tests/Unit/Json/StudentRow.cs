using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>The vendor row of the System.Text.Json example in docs/integration.md.</summary>
public sealed record StudentRow(NationalId Id, Term Term);
