using EnterpriseScoring.IO;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.IO;

/// <summary>The columnar results writer gives the same bytes as the naive one (a <see cref="FirmResult"/> per row).</summary>
public class ResultsCsvIdentityTests
{
    internal static (Evaluation Evaluation, ResultsCsvWriterOptions Options) City(int firms)
    {
        var profile = EnterpriseScoring.Profiles.ProfileCatalog.Get("changle-2023");
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = firms, Seed = 7, MissingRate = 0.05, TagRateMultiplier = 3 });
        var evaluation = new Evaluator(profile).Evaluate(table);
        var year = profile.EvaluationYear;
        var prior = new List<PriorResult>();
        for (var row = 0; row < table.Count; row += 7)
        {
            prior.Add(new PriorResult { Year = year - 1, Id = table.Ids[row], Status = FirmStatus.Rated, Tier = Tier.D });
            if (row % 2 == 0)
            {
                prior.Add(new PriorResult { Year = year - 2, Id = table.Ids[row], Status = FirmStatus.Rated, Tier = Tier.D });
            }
        }

        var consequences = Consequences.ForEvaluation(evaluation, TierHistory.Build(prior, evaluation), KnownConsequenceSchedules.Shandong);
        var rejections = new[]
        {
            new RowIssue(9, "913300001234567890", "tax", "abc", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error),
            new RowIssue(9, "913300001234567890", "land_area", "x,\"y\"", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error),
            new RowIssue(4, "BAD", string.Empty, string.Empty, RowIssueCode.UnparsableNumber, "bad row", IssueSeverity.Error),
        };
        return (evaluation, new ResultsCsvWriterOptions { Consequences = consequences, InputRejections = rejections });
    }

    private static byte[] New(Evaluation evaluation, ResultsCsvWriterOptions? options)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream, options);
        return stream.ToArray();
    }

    private static byte[] Naive(Evaluation evaluation, ResultsCsvWriterOptions? options)
    {
        using var stream = new MemoryStream();
        NaiveResultsCsvWriter.Write(evaluation, stream, options);
        return stream.ToArray();
    }

    [Test]
    public void Write_SyntheticCity5k_SameBytesAsNaiveWriter()
    {
        var (evaluation, options) = City(5000);
        var statuses = evaluation.StatusCounts;
        var text = System.Text.Encoding.UTF8.GetString(New(evaluation, options));
        Assert.Multiple(() =>
        {
            // The fixture covers what the writer special-cases.
            Assert.That(statuses.Count(s => s.Value > 0), Is.GreaterThanOrEqualTo(3));
            Assert.That(evaluation.Results.Any(r => r.Overrides.Count > 0), Is.True);
            Assert.That(options.Consequences!.Any(c => c.Count > 0), Is.True);
            Assert.That(text, Does.Contain(",,"));
            Assert.That(New(evaluation, options), Is.EqualTo(Naive(evaluation, options)));
            Assert.That(New(evaluation, null), Is.EqualTo(Naive(evaluation, null)));
            Assert.That(New(evaluation, new ResultsCsvWriterOptions { Year = 0 }), Is.EqualTo(Naive(evaluation, new ResultsCsvWriterOptions { Year = 0 })));
        });
    }

    private static IEnumerable<string> BuiltInProfiles() => EnterpriseScoring.Profiles.ProfileCatalog.Names;

    [TestCaseSource(nameof(BuiltInProfiles))]
    public void Write_EveryBuiltInProfile_SameBytesAsNaiveWriter(string name)
    {
        var table = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 1500, Seed = 3, MissingRate = 0.03, TagRateMultiplier = 3 });
        var evaluation = new Evaluator(EnterpriseScoring.Profiles.ProfileCatalog.Get(name)).Evaluate(table);

        Assert.That(New(evaluation, null), Is.EqualTo(Naive(evaluation, null)));
    }

    /// <summary>
    /// 20k firms (several chunks, so the rows are formatted on several cores), every 7th with a name, region or platform
    /// that needs quoting or is Chinese, and measures that are −0 (the engine's figures turn it into 0; RoundTripFormatTests
    /// cover "-0"), huge or tiny (numbers "R" writes with an exponent).
    /// </summary>
    internal static Evaluation Awkward(string profile = "zhejiang-six-indicators")
    {
        var city = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 20_000, Seed = 11, MissingRate = 0.03, TagRateMultiplier = 2 });
        string[] names = ["a,b 有限公司", "say \"hi\"", "line\nbreak", "cr\ronly", " padded ", "浙江凯兴服饰有限公司", "=1+2", "😀 \ud800"];
        var firms = city.AsFirms().Select((f, i) => i % 7 != 0 ? f : new Firm
        {
            Id = f.Id,
            Name = names[i / 7 % names.Length],
            Region = i % 3 == 0 ? "桐乡,市" : f.Region,
            Platform = i % 5 == 0 ? "\"平台\"" : f.Platform,
            IndustryCode = i % 11 == 0 ? "C1" : f.IndustryCode,
            SizeClass = f.SizeClass,
            StartYear = f.StartYear,
            Tags = f.Tags,
            Measures = f.Measures.ToDictionary(
                m => m.Key,
                m => m.Key == "tax" ? (i % 4) switch { 0 => -0.0, 1 => 1e20, 2 => 1e-9, _ => m.Value } : m.Key == "revenue" && i % 2 == 0 ? 1e-7 : m.Value),
        });
        return new Evaluator(EnterpriseScoring.Profiles.ProfileCatalog.Get(profile)).Evaluate(FirmTable.FromFirms(firms));
    }

    [Test]
    public void Write_AwkwardTextAndNumbersOverSeveralChunks_SameBytesAsNaiveWriter()
    {
        var evaluation = Awkward();
        var options = new ResultsCsvWriterOptions
        {
            Consequences = Consequences.ForEvaluation(evaluation, []),
            InputRejections = [new RowIssue(3, "X,\"Y\"", "tax", "a\nb", RowIssueCode.UnparsableNumber, "not a number, \"really\"", IssueSeverity.Error)],
        };
        var text = System.Text.Encoding.UTF8.GetString(New(evaluation, options));
        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Table.Count, Is.GreaterThan(16384), "more than two chunks");
            Assert.That(text, Does.Contain("\"say \"\"hi\"\"\""));
            Assert.That(text, Does.Contain("E+"));
            Assert.That(text, Does.Contain("E-"));
            Assert.That(New(evaluation, options), Is.EqualTo(Naive(evaluation, options)));
        });
    }

    [Test]
    public void Write_HandEvaluation_SameBytesAsNaiveWriter()
    {
        var evaluation = PolicyFixturesAccess.Evaluate();
        Assert.That(New(evaluation, null), Is.EqualTo(Naive(evaluation, null)));
    }
}

file static class PolicyFixturesAccess
{
    public static Evaluation Evaluate() => EnterpriseScoring.Tests.Policies.PolicyFixtures.Evaluate();
}
