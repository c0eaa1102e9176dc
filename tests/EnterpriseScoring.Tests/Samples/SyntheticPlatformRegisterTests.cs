using EnterpriseScoring.Platforms;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

/// <summary>The synthetic city's platform register: consistent with the firms, with a 分园 and a merged platform, and
/// the committed seeds/data/sample-city.register.csv equal to the documented command's output.</summary>
public class SyntheticPlatformRegisterTests
{
    private static readonly SyntheticCityOptions SampleOptions = new()
    {
        FirmCount = 2000,
        Seed = 20251231,
        EvaluationYear = 2025,
        MissingLandRate = SyntheticCityOptions.LegacyMissingLandRate,
    };

    private static readonly Lazy<FirmTable> SampleFirms = new(() => SyntheticCity.Generate(SampleOptions));

    [Test]
    public void Generate_OnePlatformPerRegionAndKind_NamedAsTheFirmsNameThem()
    {
        var register = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);
        var named = SampleFirms.Value.Platforms.Categories.Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(register.Platforms, Has.Count.EqualTo(SampleOptions.Regions.Count * SampleOptions.Platforms.Count));
            Assert.That(register.Platforms.Select(p => p.Id), Is.Unique);
            Assert.That(register.AmbiguousNames, Is.Empty);
            Assert.That(named, Is.SubsetOf(register.Platforms.Select(p => p.Name)), "every platform a firm names is registered");
            Assert.That(register.Platforms[0].Id, Is.EqualTo("33040201"));
            Assert.That(register.Platforms[0].Name, Is.EqualTo("南湖经济技术开发区"));
            Assert.That(register.Platforms.All(p => p.County.Length > 0 && p.Level != PlatformLevel.Unspecified));
        });
    }

    [Test]
    public void Generate_Membership_HasNoUnregisteredPlatformAndCountsTheMergedPlatformInItsTarget()
    {
        var register = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);

        var membership = PlatformMembership.Create(SampleFirms.Value, register, SampleOptions.EvaluationYear);
        var before = PlatformMembership.Create(SampleFirms.Value, register, SampleOptions.EvaluationYear - 1);

        var merged = register.Platforms.Single(p => p.MergedInto.Length > 0);
        Assert.Multiple(() =>
        {
            Assert.That(membership.Warnings, Is.Empty);
            Assert.That(merged.Name, Is.EqualTo("南湖工业功能区"));
            Assert.That(merged.MergedInto, Is.EqualTo("33040203"));
            Assert.That(merged.MergedFrom, Is.EqualTo(new DateOnly(2025, 7, 1)));
            Assert.That(membership.TryGetUnit(merged.Id, out _), Is.False, "merged in the evaluation year: no unit of its own");
            Assert.That(before.TryGetUnit(merged.Id, out _), Is.True, "the year before it is still a platform");
        });
    }

    [Test]
    public void Generate_Areas_AreConsistentWithTheMembersLand()
    {
        var firms = SampleFirms.Value;
        var register = SyntheticPlatformRegister.Generate(SampleOptions, firms);
        var land = firms.GetMeasure(KnownMeasures.LandArea);
        var memberLand = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < firms.Count; r++)
        {
            memberLand[firms.Platforms[r]] = memberLand.GetValueOrDefault(firms.Platforms[r]) + (land.TryGet(r, out var a) ? a : 0);
        }

        Assert.Multiple(() =>
        {
            foreach (var p in register.Platforms)
            {
                var l = memberLand.GetValueOrDefault(p.Name);
                Assert.That(p.PlannedArea, Is.InRange((1.3 * l) + 45, (1.9 * l) + 55), p.Name);
                Assert.That(p.PlannedArea % 10, Is.Zero, p.Name);
                Assert.That(p.ApprovedUnsupplied, Is.InRange(0.02 * p.PlannedArea!.Value - 0.05, 0.07 * p.PlannedArea.Value + 0.05), p.Name);
                Assert.That(p.SuppliedUnused, Is.InRange(0.01 * p.PlannedArea.Value - 0.05, 0.04 * p.PlannedArea.Value + 0.05), p.Name);
                Assert.That(p.InefficientLand, Is.InRange(0.03 * l - 0.05, 0.12 * l + 0.05), p.Name);
                Assert.That(p.ClearedLand, Is.InRange(0.1 * p.InefficientLand!.Value - 0.05, 0.4 * p.InefficientLand.Value + 0.05), p.Name);
            }
        });
    }

    [Test]
    public void Generate_LevelsAndParents_FollowTheDocumentedRules()
    {
        var register = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);
        var kinds = SampleOptions.Platforms.Count;

        Assert.Multiple(() =>
        {
            for (var i = 0; i < register.Platforms.Count; i++)
            {
                var (region, kind) = (i / kinds, i % kinds);
                var p = register.Platforms[i];
                var expected = kind switch
                {
                    0 => region % 2 == 0 ? PlatformLevel.National : PlatformLevel.Provincial,
                    1 => PlatformLevel.Provincial,
                    2 => PlatformLevel.Municipal,
                    _ => PlatformLevel.Town,
                };
                Assert.That(p.Level, Is.EqualTo(expected), p.Name);
                Assert.That(p.Parent, Is.EqualTo(kind == 3 ? register.Platforms[region * kinds].Id : string.Empty), p.Name);
            }
        });
    }

    [Test]
    public void Generate_FewKinds_NoParentNoMerge()
    {
        var options = new SyntheticCityOptions { FirmCount = 200, Seed = 3, Platforms = ["开发区", "园区"] };

        var register = SyntheticPlatformRegister.Generate(options, SyntheticCity.Generate(options));

        Assert.Multiple(() =>
        {
            Assert.That(register.Platforms, Has.Count.EqualTo(options.Regions.Count * 2));
            Assert.That(register.Platforms.Where(p => p.Parent.Length > 0 || p.MergedInto.Length > 0), Is.Empty);
        });
    }

    [Test]
    public void Generate_SameInputs_SameRegister_AndInvalidOptionsThrow()
    {
        var a = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);
        var b = SyntheticPlatformRegister.Generate(SampleOptions, SyntheticCity.Generate(SampleOptions));

        Assert.Multiple(() =>
        {
            Assert.That(b.Platforms, Is.EqualTo(a.Platforms));
            Assert.Throws<ArgumentException>(() => SyntheticPlatformRegister.Generate(new SyntheticCityOptions { Regions = [] }, SampleFirms.Value));
            Assert.Throws<ArgumentNullException>(() => SyntheticPlatformRegister.Generate(SampleOptions, null!));
        });
    }

    [Test]
    public void CsvWriter_RoundTripsThroughTheRegisterReader()
    {
        var register = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);
        using var stream = new MemoryStream();
        PlatformRegisterCsvWriter.Write(register, stream);
        stream.Position = 0;

        var read = PlatformRegisterReader.ReadCsv(stream);

        Assert.Multiple(() =>
        {
            Assert.That(read.Rejections, Is.Empty);
            Assert.That(read.Warnings, Is.Empty);
            Assert.That(read.Register.Platforms.Select(p => p with { Line = 0 }), Is.EqualTo(register.Platforms));
        });
    }

    [Test]
    public void CsvWriter_FormulaLikeText_IsEscaped()
    {
        var register = PlatformRegister.Create([new Platform { Id = "P1", Name = "=HYPERLINK(\"x\")", County = "+1" }]);
        using var stream = new MemoryStream();

        PlatformRegisterCsvWriter.Write(register, stream);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.That(text, Does.Contain("\"'=HYPERLINK(\"\"x\"\")\"").And.Contain(",'+1,"));
    }

    [Test]
    public void SampleCityRegisterCsv_MatchesTheGenerator()
    {
        var register = SyntheticPlatformRegister.Generate(SampleOptions, SampleFirms.Value);
        using var stream = new MemoryStream();
        PlatformRegisterCsvWriter.Write(register, stream);

        var expected = System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n");
        var actual = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(TestPaths.Seeds("data", "sample-city.register.csv"))).ReplaceLineEndings("\n");

        Assert.That(actual, Is.EqualTo(expected), "regenerate with the command in seeds/data/README.md");
    }
}
