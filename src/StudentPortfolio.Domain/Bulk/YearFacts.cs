namespace StudentPortfolio.Bulk;

/// <summary>Per-academic-year counts of one student, for the caps of the policy (e.g. at most 6 selected outcomes a year).</summary>
internal struct YearFacts
{
    public int Year;
    public int Outcomes;
    public int SelectedOutcomes;
    public int Performances;
    public int SelectedPerformances;
    public int PerformancesFirstSemester;
    public int PerformancesSecondSemester;
    public int OutcomesFirstSemester;
    public int OutcomesSecondSemester;
}
