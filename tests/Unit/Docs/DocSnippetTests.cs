using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/*.md is a complete program: it is extracted from the Markdown,
/// compiled as pasted (top-level statements, its own <c>using</c>s) against the library, NodaTime, NodaTime.Testing and
/// Microsoft.Extensions.DependencyInjection with the implicit usings of a new console project, and run in a scratch
/// directory that has the repository's <c>samples/</c>.
/// </summary>
[Collection(nameof(DocSnippetsRunAlone))]
public sealed partial class DocSnippetTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in All())
        {
            data.Add(file, line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_as_pasted_and_runs(string file, int line)
    {
        // The snippets are compiled with the SDK's System.Text.Json source generator, whose output needs the .NET 10
        // System.Text.Json; the self-contained .NET 8 run of this suite leaves them to the net10.0 run.
        if (Environment.Version.Major < 10)
        {
            Assert.Skip("Doc snippets are compiled on .NET 10 only (the SDK's JSON source generator targets its System.Text.Json).");
        }

        var code = All().Single(s => s.File == file && s.Line == line).Code;
        var assembly = Compile($"{file}:{line}", code);

        var scratch = Directory.CreateTempSubdirectory("sp-snippet-");
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        var output = new StringWriter();
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(scratch.FullName, "samples"), Path.Combine(RepositoryRoot.Find(), "samples"));
            Environment.CurrentDirectory = scratch.FullName;
            Console.SetOut(output);
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail($"{file}:{line} threw {e.InnerException}");
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            scratch.Delete(recursive: true);
        }

        // Only a snippet that opts in to the unmasked form explicitly may print a full national ID.
        if (!code.Contains("NationalIdJsonHandling.Unmasked", StringComparison.Ordinal) && !code.Contains("ToUnmaskedString", StringComparison.Ordinal))
        {
            Assert.DoesNotMatch(UnmaskedId(), output.ToString());
        }
    }

    [Fact]
    public void The_docs_have_snippets_and_the_readme_copies_match_them()
    {
        var snippets = All().ToList();
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "eng", "readme"), "*.md")
            .SelectMany(f => CSharpBlocks(File.ReadAllLines(f)).Select(b => b.Code));
        var docs = snippets.Where(s => s.File != "README.md").Select(s => s.Code).Concat(sources).ToHashSet(StringComparer.Ordinal);

        Assert.True(docs.Count >= 7, $"only {docs.Count} distinct snippets found");
        Assert.All(snippets.Where(s => s.File == "README.md"), s => Assert.Contains(s.Code, docs));
    }

    [Fact]
    public void A_snippet_that_does_not_compile_is_reported()
    {
        var error = Assert.ThrowsAny<Exception>(() => Compile("bad", "var x = NoSuchType.Parse(\"1\");"));

        Assert.Contains("CS0103", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<(string File, int Line, string Code)> All()
    {
        var root = RepositoryRoot.Find();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            foreach (var (line, code) in CSharpBlocks(File.ReadAllLines(path)))
            {
                yield return (Path.GetRelativePath(root, path).Replace('\\', '/'), line, code);
            }
        }
    }

    private static IEnumerable<(int Line, string Code)> CSharpBlocks(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            yield return (start, string.Join('\n', lines[start..end]));
            i = end;
        }
    }

    private static Assembly Compile(string name, string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, parse, path: name);
        var implicitUsings = CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.cs");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(new[] { typeof(NationalId), typeof(NodaTime.Instant), typeof(NodaTime.Testing.FakeClock), typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection), typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection) }.Select(t => t.Assembly.Location))
            .Where(p => p.Length > 0 && File.Exists(p))
            .Distinct(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            [tree, implicitUsings],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        // Run the System.Text.Json source generator, as a project would (snippets may declare a JsonSerializerContext).
        CSharpGeneratorDriver.Create(JsonSourceGenerators()).WithUpdatedParseOptions(parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        compilation = (CSharpCompilation)generated;
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0)
        {
            var text = new StringBuilder($"{name} does not compile as pasted:");
            foreach (var error in errors)
            {
                text.Append('\n').Append(error);
            }

            throw new InvalidOperationException(text.ToString());
        }

        return Assembly.Load(image.ToArray());
    }

    /// <summary>The System.Text.Json source generator of the newest .NET targeting pack installed with the SDK or restored.</summary>
    private static System.Collections.Immutable.ImmutableArray<ISourceGenerator> JsonSourceGenerators()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] roots =
        [
            Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? string.Empty,
            Path.GetFullPath(Path.Combine(runtime, "..", "..", "..")),
            "/usr/share/dotnet",
            "/usr/lib/dotnet",
        ];
        var candidates = roots.Where(r => r.Length > 0).Select(r => Path.Combine(r, "packs", "Microsoft.NETCore.App.Ref"))
            .Append(Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "microsoft.netcore.app.ref"))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetDirectories)
            .Select(v => Path.Combine(v, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .Where(File.Exists)
            .OrderByDescending(p => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(p))))), out var v) ? v : new Version(0, 0))
            .ToList();
        if (candidates.Count == 0)
        {
            return System.Collections.Immutable.ImmutableArray<ISourceGenerator>.Empty;
        }

        var reference = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(candidates[0], new GeneratorLoader());
        return reference.GetGenerators(LanguageNames.CSharp);
    }

    /// <summary>The global usings of a new console project (<c>ImplicitUsings</c>), where a vendor pastes a snippet.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [GeneratedRegex("[A-Z][12890A-D][0-9]{8}")]
    private static partial Regex UnmaskedId();

    /// <summary>Loads a source generator assembly into the default context.</summary>
    private sealed class GeneratorLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
