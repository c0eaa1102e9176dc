using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Samples;

public partial class SyntheticCityTests
{
    private const string UsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Test]
    public void Generate_Ids_AreValidUnifiedSocialCreditCodes()
    {
        var table = City.Value;
        var invalid = table.Ids.Where(id => !IsValidUscc(id)).Take(5).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(invalid, Is.Empty);
            Assert.That(table.Ids.Distinct(StringComparer.Ordinal).Count(), Is.EqualTo(table.Count));
            Assert.That(table.Ids, Has.None.Null.And.None.Empty);
        });
    }

    [Test]
    public void Generate_Ids_PassTheLibraryValidator() =>
        Assert.That(City.Value.Ids.Where(id => !EnterpriseScoring.Validation.UnifiedSocialCreditCode.IsValid(id)), Is.Empty);

    [Test]
    public void IsValidUscc_CorruptedCodes_AreRejected()
    {
        // Guards the test's own checker: a single changed character must fail one of the two checks.
        var valid = SyntheticCity.Default(1, 1).Ids[0];
        var corrupted = valid[..17] + (valid[17] == '0' ? '1' : '0');

        Assert.Multiple(() =>
        {
            Assert.That(IsValidUscc(valid), Is.True);
            Assert.That(IsValidUscc(corrupted), Is.False);
            Assert.That(IsValidUscc(valid[..10] + (valid[10] == 'A' ? 'B' : 'A') + valid[11..]), Is.False);
        });
    }

    [Test]
    public void Generate_BothSizeClasses_Present()
    {
        var table = City.Value;
        var above = 0;
        var below = 0;
        foreach (var size in table.SizeClasses)
        {
            above += size == SizeClass.AboveDesignatedSize ? 1 : 0;
            below += size == SizeClass.BelowDesignatedSize ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(above + below, Is.EqualTo(table.Count));
            Assert.That(above / (double)table.Count, Is.EqualTo(0.3).Within(0.03));
        });
    }

    [Test]
    public void Generate_SizeClass_MostlyFollowsTheRevenueLine()
    {
        var table = City.Value;
        var revenue = table.GetMeasure(KnownMeasures.Revenue);
        int consistent = 0, known = 0;
        for (var r = 0; r < table.Count; r++)
        {
            if (revenue.TryGet(r, out var value))
            {
                known++;
                consistent += (value >= 2000) == (table.SizeClasses[r] == SizeClass.AboveDesignatedSize) ? 1 : 0;
            }
        }

        Assert.That(consistent / (double)known, Is.GreaterThan(0.97).And.LessThan(1.0));
    }

    [Test]
    public void Generate_LandArea_PositiveWithSomeSmallBelowSizeFirms()
    {
        var table = City.Value;
        var land = table.GetMeasure(KnownMeasures.LandArea);
        var belowUnder3 = 0;
        var aboveLand = new List<double>();
        for (var r = 0; r < table.Count; r++)
        {
            if (!land.TryGet(r, out var area))
            {
                continue;
            }

            Assert.That(area, Is.GreaterThan(0));
            if (table.SizeClasses[r] == SizeClass.BelowDesignatedSize && area < 3)
            {
                belowUnder3++;
            }
            else if (table.SizeClasses[r] == SizeClass.AboveDesignatedSize)
            {
                aboveLand.Add(area);
            }
        }

        aboveLand.Sort();
        Assert.Multiple(() =>
        {
            Assert.That(belowUnder3, Is.GreaterThan(50));
            Assert.That(aboveLand[aboveLand.Count / 2], Is.InRange(10, 200));
        });
    }

    [Test]
    public void Generate_Measures_AreFiniteAndSomeAreMissing()
    {
        var table = City.Value;
        var totalMissing = 0;
        Assert.Multiple(() =>
        {
            foreach (var column in table.MeasureColumns)
            {
                foreach (var row in column.Presence.Rows())
                {
                    if (!double.IsFinite(column.Values[row]))
                    {
                        Assert.Fail($"{column.Measure.Id} of row {row} is {column.Values[row]}");
                    }
                }

                totalMissing += column.MissingCount;
            }
        });

        Assert.Multiple(() =>
        {
            Assert.That(totalMissing, Is.GreaterThan(0));
            Assert.That(table.GetMeasure(KnownMeasures.Energy).MissingCount, Is.GreaterThan(table.GetMeasure(KnownMeasures.Tax).MissingCount));
        });
    }

    [Test]
    public void Generate_NonNegativeMeasures_AreNonNegative_AndSomeProfitsNegative()
    {
        var table = City.Value;
        Assert.Multiple(() =>
        {
            foreach (var column in table.MeasureColumns)
            {
                if (column.Measure == KnownMeasures.NetProfit)
                {
                    continue;
                }

                var negative = column.Presence.Rows().Count(r => column.Values[r] < 0);
                Assert.That(negative, Is.Zero, column.Measure.Id);
            }

            var profit = table.GetMeasure(KnownMeasures.NetProfit);
            Assert.That(profit.Presence.Rows().Count(r => profit.Values[r] < 0), Is.GreaterThan(0));
            var tax = table.GetMeasure(KnownMeasures.Tax);
            Assert.That(tax.Presence.Rows().Count(r => tax.Values[r] == 0), Is.GreaterThan(0));
        });
    }

    [Test]
    public void Generate_LandAndRevenue_ArePositivelyCorrelated()
    {
        var table = City.Value;
        var land = table.GetMeasure(KnownMeasures.LandArea);
        var revenue = table.GetMeasure(KnownMeasures.Revenue);
        var energy = table.GetMeasure(KnownMeasures.Energy);
        var electricity = table.GetMeasure(KnownMeasures.Electricity);

        Assert.Multiple(() =>
        {
            Assert.That(LogCorrelation(land, revenue), Is.GreaterThan(0.5));
            Assert.That(LogCorrelation(energy, electricity), Is.GreaterThan(0.5));
            Assert.That(LogCorrelation(revenue, table.GetMeasure(KnownMeasures.ValueAdded)), Is.GreaterThan(0.9));
        });
    }

    [Test]
    public void Generate_Value_AddedAndTaxShares_AreRealistic()
    {
        var table = City.Value;
        var revenue = table.GetMeasure(KnownMeasures.Revenue);
        var valueAdded = table.GetMeasure(KnownMeasures.ValueAdded);
        var tax = table.GetMeasure(KnownMeasures.Tax);
        double sumRevenue = 0, sumValueAdded = 0, sumTax = 0;
        for (var r = 0; r < table.Count; r++)
        {
            if (revenue.TryGet(r, out var rv) && valueAdded.TryGet(r, out var va) && tax.TryGet(r, out var tx))
            {
                sumRevenue += rv;
                sumValueAdded += va;
                sumTax += tx;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(sumValueAdded / sumRevenue, Is.InRange(0.20, 0.35));
            Assert.That(sumTax / sumRevenue, Is.InRange(0.03, 0.08));
        });
    }

    [Test]
    public void Generate_TagsIndustriesAndYears_ArePlausible()
    {
        var table = City.Value;

        Assert.Multiple(() =>
        {
            Assert.That(table.TagNames, Is.SupersetOf(new[]
            {
                KnownTags.Listed, KnownTags.HighTech, KnownTags.SpecializedSme, KnownTags.SafetyAccident,
                KnownTags.EnvironmentalViolation, KnownTags.Dishonest, KnownTags.LandViolation,
                KnownTags.EnergyTargetMissed, KnownTags.MajorProject, KnownTags.NewlyAboveSize,
            }));
            Assert.That(table.GetTag(KnownTags.HighTech).Count, Is.LessThan(table.Count / 4));
            Assert.That(table.GetTag(KnownTags.Listed).Count, Is.LessThan(table.Count / 50));
            Assert.That(table.Industries.Categories, Is.SupersetOf(SyntheticCity.UtilityIndustryCodes));
            Assert.That(table.Industries.Categories, Is.SubsetOf(SyntheticCity.IndustryCodes));
            Assert.That(table.StartYearPresence.Rows().Select(r => table.StartYears[r]), Has.All.InRange(1990, 2025));
            Assert.That(table.StartYearPresence.Rows().Count(r => table.StartYears[r] >= 2024), Is.GreaterThan(100));
            Assert.That(table.Names, Has.All.EndsWith("有限公司"));
        });
    }

    /// <summary>GB 32100-2015 and GB 11714 checks, written independently of the generator.</summary>
    private static bool IsValidUscc(string code)
    {
        if (code.Length != 18 || code.Any(c => !UsccCharset.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = Enumerable.Range(0, 17).Sum(i => UsccCharset.IndexOf(code[i], StringComparison.Ordinal) * weights[i]);
        if (code[17] != UsccCharset[(31 - (sum % 31)) % 31])
        {
            return false;
        }

        int[] orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
        var orgSum = Enumerable.Range(0, 8).Sum(i => (char.IsAsciiDigit(code[8 + i]) ? code[8 + i] - '0' : code[8 + i] - 'A' + 10) * orgWeights[i]);
        var c9 = 11 - (orgSum % 11);
        var expected = c9 == 10 ? 'X' : c9 == 11 ? '0' : (char)('0' + c9);
        return code[16] == expected;
    }

    private static double LogCorrelation(MeasureColumn x, MeasureColumn y)
    {
        var pairs = new List<(double X, double Y)>();
        for (var r = 0; r < x.Presence.Length; r++)
        {
            if (x.TryGet(r, out var a) && y.TryGet(r, out var b) && a > 0 && b > 0)
            {
                pairs.Add((Math.Log(a), Math.Log(b)));
            }
        }

        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        var cov = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        var vx = pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var vy = pairs.Sum(p => (p.Y - my) * (p.Y - my));
        return cov / Math.Sqrt(vx * vy);
    }
}
