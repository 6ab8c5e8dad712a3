using System.Reflection;
using System.Xml.Linq;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Conventions;

/// <summary>
/// A second net behind CS1591: every public type, and every public property and field of those types, has a
/// non-empty summary in the generated XML documentation file (an empty or <c>inheritdoc</c>-only comment that
/// resolves to nothing passes CS1591 but not this test).
/// </summary>
public class XmlDocumentationTests
{
    private static readonly Assembly Library = typeof(NationalId).Assembly;

    private static Dictionary<string, XElement> LoadDocs()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(path), "the XML documentation file is not next to the library: " + path);
        return XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
    }

    private static bool Documented(Dictionary<string, XElement> docs, string id) =>
        docs.TryGetValue(id, out var member)
        && (member.Element("inheritdoc") is not null || !string.IsNullOrWhiteSpace(member.Element("summary")?.Value));

    private static string DocName(Type t) => (t.FullName ?? t.Name).Replace('+', '.');

    [Fact]
    public void Every_public_type_property_and_field_has_a_summary()
    {
        var docs = LoadDocs();
        var missing = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            var name = DocName(type);
            if (!Documented(docs, "T:" + name))
            {
                missing.Add("T:" + name);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.GetIndexParameters().Length == 0 && !Documented(docs, $"P:{name}.{property.Name}") && property.Name != "EqualityContract")
                {
                    missing.Add($"P:{name}.{property.Name}");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!field.IsSpecialName && !Documented(docs, $"F:{name}.{field.Name}"))
                {
                    missing.Add($"F:{name}.{field.Name}");
                }
            }
        }

        Assert.True(docs.Count > 500, $"only {docs.Count} documented members");
        Assert.Empty(missing);
    }
}
