using System.Text;

namespace StudentPortfolio.UnitTests.Docs;

public class StoragePageTests
{
    [Fact]
    public void Docs_storage_md_matches_the_entities()
    {
        var expected = StoragePage.Render();
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "storage.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(expected == actual, "docs/storage.md is out of date with the entities. Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit");
    }
}
