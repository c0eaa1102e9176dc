using System.Text;
using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;
using static EnterpriseScoring.Tests.Policies.PolicyFixtures;

namespace EnterpriseScoring.Tests.IO;

public class ResultsCsvTests
{
    private static byte[] Write(Evaluation evaluation, ResultsCsvWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream, options);
        return stream.ToArray();
    }

    private static IReadOnlyList<PriorResult> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ResultsCsvReader.Read(stream);
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);

    [Test]
    public void Write_Always_StartsWithUtf8ByteOrderMark()
    {
        var bytes = Write(Evaluate());

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void Write_Header_ColumnsInContractOrder()
    {
        var header = Text(Write(Evaluate())).Split('\n')[0].TrimEnd('\r');

        Assert.That(header, Is.EqualTo(
            "id,name,region,platform,industry,size_class,pool,status,score,rank,pool_size,percentile,tier,tier_label,tier_reason,"
            + "tax_per_mu.value,tax_per_mu.benchmark,tax_per_mu.score,tax_per_mu.numerator,tax_per_mu.denominator,"
            + "bonus,deduction,consequences,year,status_reason,shared_parcel"));
    }

    [Test]
    public void WriteRead_HandEvaluation_RowsByHand()
    {
        var results = Read(Write(Evaluate()));

        var f1 = results.Single(r => r.Id == "F1");
        var f5 = results.Single(r => r.Id == "F5");
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(5));
            Assert.That(f1.Year, Is.EqualTo(Year));
            Assert.That(f1.Tier, Is.EqualTo(Tier.A));
            Assert.That(f1.Score, Is.EqualTo(200.0));
            Assert.That(f1.Rank, Is.EqualTo(1));
            Assert.That(f1.Region, Is.EqualTo("R1"));
            Assert.That(f1.SizeClass, Is.EqualTo("above"));
            Assert.That(f1.Indicators["tax_per_mu"], Is.EqualTo(new PriorIndicator(20, 200, 10, 10, 200)));
            Assert.That(f5.Status, Is.EqualTo(FirmStatus.Rejected));
            Assert.That(f5.Tier, Is.Null);
            Assert.That(f5.Score, Is.Null);
        });
    }

    [Test]
    public void WriteRead_SyntheticCity_SameIdsTiersScoresBitForBit()
    {
        var evaluation = new Evaluator(Profile()).Evaluate(SyntheticCity.Default(400, 11));
        var expected = PriorResults.FromEvaluation(evaluation);

        var actual = Read(Write(evaluation));

        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.That((a.Id, a.Name, a.Status, a.Tier, a.Rank, a.Pool), Is.EqualTo((e.Id, e.Name, e.Status, e.Tier, e.Rank, e.Pool)), e.Id);
            Assert.That(Bits(a.Score), Is.EqualTo(Bits(e.Score)), e.Id);
            Assert.That(a.Indicators.Keys, Is.EquivalentTo(e.Indicators.Keys.Where(k => HasAny(e.Indicators[k]))), e.Id);
            foreach (var (id, f) in a.Indicators)
            {
                var g = e.Indicators[id];
                Assert.That(new[] { f.Value, f.Numerator, f.Denominator, f.Benchmark, f.Score }.Select(Bits), Is.EqualTo(new[] { g.Value, g.Numerator, g.Denominator, g.Benchmark, g.Score }.Select(Bits)), e.Id);
            }
        }
    }

    [Test]
    public void Write_SyntheticCity_NoNaNOrInfinity()
    {
        var text = Text(Write(new Evaluator(Profile()).Evaluate(SyntheticCity.Default(400, 11))));

        Assert.That(text, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"));
    }

    [Test]
    public void Write_InputRejections_AppearAsRejectedRowsAfterEvaluatedRows()
    {
        var issues = new[]
        {
            new RowIssue(9, "BAD2", "land_area", "x", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error),
            new RowIssue(7, "BAD1", "id", "BAD1", RowIssueCode.InvalidId, "bad check character", IssueSeverity.Error),
            new RowIssue(7, "BAD1", "tax", "-", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error),
            new RowIssue(8, "OK", "tax", "1e9", RowIssueCode.UnparsableNumber, "suspicious", IssueSeverity.Warning),
        };

        var results = Read(Write(Evaluate(), new ResultsCsvWriterOptions { InputRejections = issues }));
        var text = Text(Write(Evaluate(), new ResultsCsvWriterOptions { InputRejections = issues }));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Id), Is.EqualTo(new[] { "F1", "F2", "F3", "F4", "F5", "BAD1", "BAD2" }));
            Assert.That(results.Skip(5).Select(r => r.Status), Is.All.EqualTo(FirmStatus.Rejected));
            Assert.That(results.Skip(5).Select(r => r.Year), Is.All.EqualTo(Year));
            Assert.That(text, Does.Contain("input line 7: id: bad check character; tax: not a number"));
        });
    }

    [Test]
    public void Write_Consequences_JoinedInTheColumn()
    {
        var evaluation = Evaluate();
        var history = TierHistory.Build([Result(2023, "F4", Tier.D)], evaluation);
        var consequences = Consequences.ForEvaluation(evaluation, history, KnownConsequenceSchedules.Shandong);

        var text = Text(Write(evaluation, new ResultsCsvWriterOptions { Consequences = consequences }));

        var f4 = text.Split('\n').Single(l => l.StartsWith("F4,", StringComparison.Ordinal));
        Assert.That(f4, Does.Contain("电价加价 +0.10 元/kWh"));
    }

    [Test]
    public void Write_ConsequencesOfWrongLength_Throws()
    {
        Assert.That(() => Write(Evaluate(), new ResultsCsvWriterOptions { Consequences = [[]] }), Throws.ArgumentException);
    }

    [Test]
    public void Read_NoIdColumn_ThrowsFormatException()
    {
        Assert.That(() => Read(Encoding.UTF8.GetBytes("name,status\nx,rated\n")), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void Read_BadStatus_ThrowsFormatExceptionNamingTheLine()
    {
        Assert.That(() => Read(Encoding.UTF8.GetBytes("id,status\nx,great\n")), Throws.InstanceOf<FormatException>().With.Message.Contains("Line 2"));
    }

    [Test]
    public void StatusCodes_EveryStatus_RoundTrips()
    {
        foreach (var status in Enum.GetValues<FirmStatus>())
        {
            Assert.That(ResultsCsvFormat.TryParseStatus(ResultsCsvFormat.StatusCode(status), out var parsed) && parsed == status, Is.True, status.ToString());
        }

        Assert.That(ResultsCsvFormat.StatusCode(FirmStatus.UngradedAsB), Is.EqualTo("ungraded_as_b"));
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private static bool HasAny(PriorIndicator f) => f.Value is not null || f.Numerator is not null || f.Denominator is not null || f.Benchmark is not null || f.Score is not null;
}
