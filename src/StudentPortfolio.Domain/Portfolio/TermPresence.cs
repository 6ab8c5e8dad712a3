using StudentPortfolio.Identity;

namespace StudentPortfolio.Portfolio;

/// <summary>What the enrollment history says about one term: was the student registered on some day, suspended on every day, suspended at the end, and the last school of record.</summary>
internal readonly record struct TermPresence(bool AnyRegistered, bool SuspendedThroughout, bool SuspendedAtEnd, SchoolCode? LastSchool);
