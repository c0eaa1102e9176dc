using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EnterpriseScoring.Tests.Architecture;

/// <summary>
/// What each package brings into an application: the core reads CSV and databases without an xlsx reader or writer,
/// FluentValidation shows in its public API only where it is the point (<c>Validation.FirmValidator</c>), and every
/// package's dependencies are listed with their reason in docs/embedding.md.
/// </summary>
public sealed partial class PackageDependencyTests
{
    private static readonly Assembly Core = typeof(Evaluator).Assembly;

    [Test]
    public void Core_ReferencesNoExcelLibrary()
    {
        var referenced = Core.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.That(referenced, Has.None.StartsWith("MiniExcel").And.None.StartsWith("DocumentFormat.OpenXml"), "xlsx reading and writing live in EnterpriseScoring.Excel");
        Assert.That(typeof(EnterpriseScoring.Excel.FirmXlsxReader).Assembly.GetReferencedAssemblies().Select(a => a.Name), Does.Contain("MiniExcel"));
    }

    [Test]
    public void Core_PublicApi_ShowsFluentValidationOnlyInFirmValidator()
    {
        var exposing = Core.GetExportedTypes()
            .Where(t => PublicSignatureTypes(t).Any(s => s.Namespace?.StartsWith("FluentValidation", StringComparison.Ordinal) == true))
            .Select(t => t.FullName)
            .ToArray();

        Assert.That(exposing, Is.EqualTo(new[] { "EnterpriseScoring.Validation.FirmValidator" }), "FluentValidation in the core's public API is deliberate only in FirmValidator (docs/embedding.md)");
    }

    [Test]
    public void EveryPackagesDependencies_AreDocumentedWithAReason()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "embedding.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("## Packages and their dependencies", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "docs/embedding.md has no section 'Packages and their dependencies'");
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = doc[start..(end < 0 ? doc.Length : end)];

        var projects = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.That(projects, Is.Not.Empty);
        using var scope = Assert.EnterMultipleScope();
        foreach (var project in projects)
        {
            var xml = XDocument.Load(project);
            var id = xml.Descendants("PackageId").Select(e => e.Value).SingleOrDefault() ?? Path.GetFileNameWithoutExtension(project);
            var heading = Regex.Match(section, $@"\n### `{Regex.Escape(id)}`\n(?<body>(?:(?!\n### )[\s\S])*)");
            Assert.That(heading.Success, Is.True, $"no '### `{id}`' in docs/embedding.md's package section");
            if (!heading.Success)
            {
                continue;
            }

            var body = heading.Groups["body"].Value;
            var dependencies = xml.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!)
                .Concat(xml.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!)));
            foreach (var dependency in dependencies)
            {
                var row = TableRow().Matches(body).FirstOrDefault(m => m.Groups["name"].Value == dependency);
                Assert.That(row?.Groups["why"].Value.Trim().Length, Is.GreaterThan(10), $"{id}: the dependency '{dependency}' has no row with its reason");
            }
        }
    }

    /// <summary>Every type a public or protected member of <paramref name="type"/> shows (base type, interfaces, signatures), generic arguments included.</summary>
    private static IEnumerable<Type> PublicSignatureTypes(Type type)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var shown = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            shown.Add(baseType);
        }

        shown.AddRange(type.GetInterfaces());
        foreach (var member in type.GetMembers(Visible))
        {
            switch (member)
            {
                case MethodBase method when method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly:
                    shown.AddRange(method.GetParameters().Select(p => p.ParameterType));
                    if (method is MethodInfo info)
                    {
                        shown.Add(info.ReturnType);
                    }

                    break;
                case FieldInfo field when field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly:
                    shown.Add(field.FieldType);
                    break;
            }
        }

        return shown.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        var element = type.HasElementType ? type.GetElementType()! : type;
        yield return element;
        if (element.IsGenericType)
        {
            foreach (var argument in element.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }

    /// <summary>A table row whose first cell names a dependency in backticks: <c>| `Name` | why |</c>.</summary>
    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|(?<why>[^\n]*)\|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
