using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;
using EnterpriseScoring.Reporting;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.PublicApi;

/// <summary>One shape per kind of thing: the options types follow one pattern, and so do the results of the readers.</summary>
public class ShapeTests
{
    private static readonly Lazy<XDocument> Docs = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(Evaluator).Assembly.Location, ".xml")));

    /// <summary>The options types that are not options of a component (those follow their component's descriptor).</summary>
    public static IEnumerable<Type> OptionsTypes() =>
    [
        typeof(EvaluatorOptions), typeof(FirmCsvReaderOptions), typeof(FirmCsvWriterOptions), typeof(ResultsCsvWriterOptions),
        typeof(RowIssueCsvWriterOptions), typeof(HtmlReportOptions), typeof(GroupSummaryOptions), typeof(SyntheticCityOptions),
        typeof(FirmValidationOptions),
    ];

    [TestCaseSource(nameof(OptionsTypes))]
    public void OptionsType_IsASealedRecordWithInitPropertiesDocumentedDefaultsAndADefaultInstance(Type type)
    {
        Assert.That(type.IsSealed, Is.True, "sealed");
        Assert.That(type.GetMethod("<Clone>$"), Is.Not.Null, "a record, so a variant is one with-expression");
        var @default = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
        Assert.That(@default?.PropertyType, Is.EqualTo(type), "a static Default");
        Assert.That(@default!.GetValue(null), Is.EqualTo(Activator.CreateInstance(type)), "Default is the options with every default");
        Assert.That(type.GetConstructor(Type.EmptyTypes), Is.Not.Null, "created with an object initialiser");

        using var scope = Assert.EnterMultipleScope();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            Assert.That(setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)), Is.True, property.Name + " is init-only");
            var doc = Docs.Value.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == $"P:{type.FullName}.{property.Name}");
            Assert.That(doc?.Descendants("value").Any(), Is.True, property.Name + " documents its default with <value>");
        }
    }

    [Test]
    public void EveryReaderOfFirmData_ReturnsFirmReadResult()
    {
        var readers = new[] { typeof(FirmCsvReader), typeof(FirmXlsxReader), typeof(FirmDbReader) };

        foreach (var reader in readers)
        {
            var reads = reader.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Read").ToArray();
            Assert.That(reads, Is.Not.Empty, reader.Name);
            Assert.That(reads.Select(m => m.ReturnType), Is.All.EqualTo(typeof(FirmReadResult)), reader.Name);
        }

        Assert.That(typeof(FirmReadResult).GetConstructors(), Is.Empty, "a result is made by the readers only");
    }
}
