namespace StudentPortfolio.UnitTests;

/// <summary>Finds the repository root (the folder holding StudentPortfolio.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudentPortfolio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StudentPortfolio.sln not found above " + AppContext.BaseDirectory);
    }
}
