using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

/// <summary><see cref="StandardValueTable"/>: the most specific row wins, industry keys, size classes, every problem with its path.</summary>
public class StandardValueTableTests
{
    private static readonly StandardSizeClass[] Classes = [new("large", "大型", 40000), new("medium", "中型", 2000), new("small", "小型", 0)];

    private static StandardValueRow Row(string? industry, string? size, double best) => new(industry, size, [best, best - 1, best - 2, best - 3, best - 4]);

    private static StandardValueTable Table() => new(
        [Row("C26", "large", 100), Row("26", null, 90), Row("C", "medium", 80), Row("c", null, 70), Row(null, "small", 60), Row(null, null, 50)],
        KnownMeasures.Revenue,
        Classes);

    [TestCase("C2614", 50000, 100)] // 大类 × size
    [TestCase("2614", 50000, 100)] // a code without its letter gets it from the digits
    [TestCase("C2614", 10000, 90)] // 大类 全行业: no C26 × medium row
    [TestCase("C2614", double.NaN, 90)] // no size class (missing revenue): 全行业 rows only
    [TestCase("C1713", 10000, 80)] // 门类 × size
    [TestCase("C1713", 50000, 70)] // 门类 全行业
    [TestCase("E4710", 100, 60)] // default × size
    [TestCase("E4710", 50000, 50)] // default 全行业
    [TestCase(null, 100, 60)] // no industry code: default rows only
    public void Find_TakesTheMostSpecificRow(string? code, double revenue, double best)
    {
        var table = Table();

        Assert.That(table.Find(code, table.SizeClassOf(revenue))!.Standards[0], Is.EqualTo(best));
    }

    [Test]
    public void Find_WithoutADefaultRow_IsNullForAnIndustryWithoutRows()
    {
        var table = new StandardValueTable([Row("C26", null, 30)]);

        Assert.Multiple(() =>
        {
            Assert.That(table.Find("E4710", null), Is.Null);
            Assert.That(table.Find(null, null), Is.Null);
            Assert.That(table.Find("C2614", null)!.Industry, Is.EqualTo("C26"));
        });
    }

    [TestCase(50000, "large")]
    [TestCase(40000, "large")]
    [TestCase(39999.9, "medium")]
    [TestCase(0, "small")]
    [TestCase(-1, null)]
    [TestCase(double.NaN, null)]
    public void SizeClassOf_FirstClassReached(double value, string? id) =>
        Assert.That(Table().SizeClassOf(value)?.Id, Is.EqualTo(id));

    [TestCase("C", "C")]
    [TestCase("c", "C")]
    [TestCase("26", "C26")]
    [TestCase("C26", "C26")]
    [TestCase("e47", "E47")]
    [TestCase("D26", null)] // 26 is in 门类 C
    [TestCase("Z", null)]
    [TestCase("C261", null)]
    [TestCase("99", null)]
    [TestCase("", null)]
    public void NormaliseIndustry(string key, string? expected) =>
        Assert.That(StandardValueTable.NormaliseIndustry(key), Is.EqualTo(expected));

    [Test]
    public void Problems_ListsEveryProblemWithItsPath()
    {
        StandardValueRow[] rows =
        [
            new("C26", "huge", [5, 4, 3, 2, 1]),
            new("X9", null, [5, 4, 3, 2, 1]),
            new("C26", null, [5, 4, 3]),
            new("26", null, [5, 4, 4, 2, 1]),
            new("C", "small", [5, 4, 3, 2, double.NaN]),
        ];
        StandardSizeClass[] classes = [new("large", null, 100), new("small", null, 100), new("large", null, 1)];

        var problems = StandardValueTable.Problems(rows, null, classes).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(problems.Select(p => p.Path), Is.EquivalentTo(new[]
            {
                "size_classes[1].at_least", "size_classes[2].id", "size_measure", "rows[0].size", "rows[1].industry",
                "rows[2].standards", "rows[3].standards", "rows[3]", "rows[4].standards",
            }));
            Assert.That(problems.Single(p => p.Path == "rows[3]").Message, Does.Contain("duplicate row C26 × 全行业: rows[2]"));
            Assert.That(problems.Single(p => p.Path == "rows[0].size").Message, Does.Contain("unknown size class 'huge'"));
            Assert.That(() => new StandardValueTable(rows, null, classes), Throws.ArgumentException.With.Message.StartsWith($"{problems[0].Path}: {problems[0].Message}"));
        });
    }

    [Test]
    public void DirectionProblems_NameTheRowsRunningTheWrongWay()
    {
        var table = new StandardValueTable([new("C", null, [1, 2, 3, 4, 5]), new("C26", null, [5, 4, 3, 2, 1])]);

        Assert.Multiple(() =>
        {
            Assert.That(table.DirectionProblems(Direction.HigherIsBetter).Select(p => p.Path), Is.EqualTo(new[] { "rows[0].standards" }));
            Assert.That(table.DirectionProblems(Direction.LowerIsBetter).Select(p => p.Path), Is.EqualTo(new[] { "rows[1].standards" }));
        });
    }

    [Test]
    public void Method_WithoutDefaultStandards_RefusesToScoreWithoutAFirm()
    {
        var method = new EfficacyCoefficientScoring(new EfficacyCoefficientOptions { Table = new StandardValueTable([Row("C", null, 30)]) });
        var fit = method.Fit([], double.NaN, Direction.HigherIsBetter);

        Assert.Multiple(() =>
        {
            Assert.That(method.IsBanded, Is.True);
            Assert.That(() => method.Normalise(10, fit), Throws.InvalidOperationException);
            Assert.That(method.Match("C2614", []).Method!.Normalise(30, fit), Is.EqualTo(1));
            Assert.That(method.Match("E4710", []).Method, Is.Null);
        });
    }
}
