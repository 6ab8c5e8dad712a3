using System.Reflection;
using System.Text;
using System.Xml.Linq;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Docs;

/// <summary>Renders docs/storage.md: the fields a vendor stores per entity, from the entities' constructors and XML docs.</summary>
internal static class StoragePage
{
    private static readonly (string Title, Type Type, string Note)[] Entities =
    [
        ("Basic data (基本資料)", typeof(StudentPortfolio.Portfolio.StudentBasicData), "One row per student and school; the key is national ID + birth date. Rebuild with `StudentBasicData.TryCreate`."),
        ("Course record (修課紀錄)", typeof(StudentPortfolio.Portfolio.CourseRecord), "Rebuild with `CourseRecord.TryCreate`; the origin (`CourseOrigin`) is stored for make-up, retake, transfer and borrowed study."),
        ("Cadre record (幹部經歷)", typeof(StudentPortfolio.Portfolio.CadreRecord), "Rebuild with `CadreRecord.TryCreate`."),
        ("Course learning outcome (課程學習成果)", typeof(StudentPortfolio.Portfolio.CourseLearningOutcome), "Rebuild with `CourseLearningOutcome.TryCreate`; store the certification and the files as below."),
        ("Evidence file (成果檔案)", typeof(StudentPortfolio.Portfolio.MediaFile), "Describe an uploaded file with `MediaFile.FromStream`; the file itself stays on the school platform."),
        ("Multi-performance item (多元表現)", typeof(StudentPortfolio.Portfolio.Performance.MultiPerformanceItem), "Rebuild with `MultiPerformanceItem.TryCreate`; the details are one of the ten category records (`PerformanceDetails` subclasses)."),
        ("Counselling record (課程諮詢紀錄)", typeof(StudentPortfolio.Portfolio.CounsellingRecord), "Stays at school: never exported. Rebuild with `CounsellingRecord.TryCreate`."),
        ("Autobiography / study plan (自傳/學習計畫)", typeof(StudentPortfolio.Portfolio.Autobiography), string.Empty),
        ("Enrollment event (學籍異動)", typeof(StudentPortfolio.Portfolio.EnrollmentEvent), "A student's history is the ordered list of these (`EnrollmentHistory.Create`)."),
        ("Outcome work item (認證流程狀態)", typeof(StudentPortfolio.Workflow.OutcomeWorkItem), "The workflow state of one outcome; store it with the outcome and replace it after each successful transition."),
        ("Audit entry (稽核紀錄)", typeof(StudentPortfolio.Workflow.AuditEntry), "Append one per successful transition (`WorkflowResult.Audit`)."),
    ];

    public static string Render()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(NationalId).Assembly.Location, ".xml"));
        var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("# What a vendor stores (資料保存欄位)\n\n");
        sb.Append("<!-- Generated from the entities' constructors and XML documentation by tests/Unit/Docs/StoragePageTests.cs; do not edit.\n");
        sb.Append("     Regenerate with: UPDATE_DOCS=1 dotnet test --project tests/Unit -->\n\n");
        sb.Append("The library holds no data: a school system stores these fields per entity and rebuilds the objects from them (the\n");
        sb.Append("`TryCreate` methods take the stored values and report every bad field as `SP-D003` instead of throwing). Store\n");
        sb.Append("national IDs in full (they are personal data: encrypt them at rest as your platform requires); the library masks\n");
        sb.Append("them in every text it produces. Dates are Asia/Taipei calendar dates; instants are UTC.\n");
        foreach (var (title, type, note) in Entities)
        {
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var key = "M:" + type.FullName + ".#ctor(" + string.Join(",", ctor.GetParameters().Select(p => XmlName(p.ParameterType))) + ")";
            members.TryGetValue(key, out var member);
            sb.Append("\n## ").Append(title).Append("\n\n");
            if (note.Length > 0)
            {
                sb.Append(note).Append("\n\n");
            }

            sb.Append("| Field | Type | Required | Meaning |\n|---|---|---|---|\n");
            foreach (var parameter in ctor.GetParameters())
            {
                var text = member?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameter.Name);
                var meaning = text is null ? string.Empty : Text(text);
                var required = parameter.HasDefaultValue || Nullable.GetUnderlyingType(parameter.ParameterType) is not null || IsNullableReference(parameter) ? "no" : "yes";
                sb.Append("| `").Append(parameter.Name).Append("` | `").Append(Display(parameter.ParameterType)).Append("` | ").Append(required).Append(" | ").Append(meaning.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The text of a documentation element, with <c>see</c> references as their names.</summary>
    private static string Text(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            sb.Append(node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
                XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => "`" + cref.Value[(cref.Value.LastIndexOf('.') + 1)..] + "`",
                XElement other => Text(other),
                _ => string.Empty,
            });
        }

        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsNullableReference(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static string Display(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? Display(inner) + "?"
        : type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">"
        : type.Name;

    private static string XmlName(Type type) => type.IsGenericType
        ? type.GetGenericTypeDefinition().FullName![..type.GetGenericTypeDefinition().FullName!.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(XmlName)) + "}"
        : type.FullName!.Replace('+', '.');
}
