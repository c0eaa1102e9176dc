using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Results;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Results;

/// <summary>The flat per-firm rows (<see cref="Evaluation.ToFlatResults"/>): the same values as results.csv, column for column.</summary>
public class FlatResultsTests
{
    /// <summary>Every built-in profile on the sample city and a synthetic city (as the golden test iterates them): every flat value is its results.csv cell.</summary>
    [Test]
    public void EveryBuiltInProfile_FlatRowsAreResultsCsv_CellForCell()
    {
        var sample = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv")).Table;
        var synthetic = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 400, Seed = 11, MissingRate = 0.04, TagRateMultiplier = 3 });
        var profiles = 0;
        foreach (var name in ProfileCatalog.Names)
        {
            foreach (var (table, data) in new[] { (sample, "sample-city"), (synthetic, "synthetic") })
            {
                var evaluation = new Evaluator(ProfileCatalog.Get(name)).Evaluate(table);
                var flat = evaluation.ToFlatResults();
                var (header, rows) = FlatResultsCsv.Write(evaluation);
                Assert.That(rows, Has.Count.EqualTo(flat.Count), $"{name}/{data}: one flat row per results.csv row");
                Assert.That(FlatResultsCsv.AssertSame(flat, header, rows, $"{name}/{data}"), Is.GreaterThan(0));
            }

            profiles++;
        }

        Assert.That(profiles, Is.EqualTo(ProfileCatalog.Names.Count));
    }

    [Test]
    public void Fixture_TextAsItIs_StatusAndTierCodes_NullsWhereEmpty_IndicatorLookup()
    {
        var evaluation = FlatFixture.Evaluate();
        var flat = evaluation.ToFlatResults();
        var (header, rows) = FlatResultsCsv.Write(evaluation);
        FlatResultsCsv.AssertSame(flat, header, rows, "fixture");

        var formula = flat.Single(r => r.Name.StartsWith('='));
        Assert.That(formula.Name, Is.EqualTo(FlatFixture.FormulaName), "text as it is: no formula escaping in the flat rows");
        Assert.That(flat.Select(r => r.Status).Distinct(), Is.SubsetOf(Enum.GetValues<FirmStatus>().Select(ResultsCsvFormat.StatusCode)));
        Assert.That(flat.Where(r => r.Tier is not null).Select(r => r.Tier).Distinct(), Is.SubsetOf(Enum.GetValues<Tier>().Select(t => ResultsCsvFormat.TierCode(t))));
        Assert.That(flat.Where(r => r.Status != "rated"), Is.Not.Empty, "the fixture has firms that are not rated");
        foreach (var row in flat)
        {
            Assert.That(row.Score is null, Is.EqualTo(row.Status != "rated"), row.Id);
            Assert.That(row.StatusReason is null, Is.EqualTo(row.Status == "rated"), row.Id);
            Assert.That(row.Indicators.Select(i => i.IndicatorId), Is.EqualTo(flat.IndicatorIds), row.Id);
            foreach (var id in flat.IndicatorIds)
            {
                Assert.That(row.Indicator(id), Is.SameAs(row.Indicators.Single(i => i.IndicatorId == id)));
            }

            Assert.That(row.Indicator("no_such_indicator"), Is.Null);
        }
    }

    [Test]
    public void FirmResultToFlat_IsTheRowOfToFlatResults_AndWideRowsFollowTheColumns()
    {
        var evaluation = FlatFixture.Evaluate();
        var flat = evaluation.ToFlatResults();
        Assert.That(evaluation.Results.Select(r => r.ToFlat()), Is.EqualTo(flat), "record equality, indicators by value");
        var wide = flat.WideRows().ToList();
        Assert.That(wide, Has.Count.EqualTo(flat.Count));
        for (var i = 0; i < flat.Count; i++)
        {
            Assert.That(wide[i], Has.Length.EqualTo(flat.Columns.Count));
            for (var c = 0; c < flat.Columns.Count; c++)
            {
                var expected = flat.Columns[c].Kind switch
                {
                    FlatColumnKind.Text => typeof(string),
                    FlatColumnKind.Number => typeof(double),
                    _ => typeof(int),
                };
                Assert.That(wide[i][c] is null || wide[i][c]!.GetType() == expected, $"{flat.Columns[c]}: {wide[i][c]?.GetType()}");
            }
        }

        Assert.That(() => flat.Columns[0].Number(flat[0]), Throws.InvalidOperationException.With.Message.Contains("'id'"));
        Assert.That(flat.Columns.Select(c => c.Name), Is.Unique);
    }

    [Test]
    public void ToFlatResults_SameEvaluation_SameRows()
    {
        var evaluation = FlatFixture.Evaluate();
        var first = evaluation.ToFlatResults();
        Assert.That(FlatFixture.Evaluate().ToFlatResults(), Is.EqualTo(first));
        Assert.That(evaluation.ToFlatResults().ToString(), Does.Contain("flat results"));
    }
}

/// <summary>A small fixture: the hand-checkable firms, one named like a spreadsheet formula, one with an unknown measure, and one in no pool.</summary>
internal static class FlatFixture
{
    public const string FormulaName = "=HYPERLINK(\"http://x\",\"嘉兴\")";

    public static Evaluation Evaluate()
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "hand-checkable.csv"), Encoding.UTF8).ToList();
        lines[1] = lines[1].Replace("嘉兴甲纺织有限公司", "\"" + FormulaName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", StringComparison.Ordinal);
        var fields = lines[3].Split(',');
        fields[8] = string.Empty; // an unknown tax
        lines[3] = string.Join(',', fields);
        var text = string.Join('\n', lines) + "\n";
        var read = FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json"));
        return new Evaluator(profile).Evaluate(read.Table);
    }
}
