using System.Globalization;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Performance;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>
/// The platform figures' fast kernels (each group's values summed exactly in streamed passes over the rows, the units' groups found by
/// walking parents, tiers read from the pools' columns) against a straightforward reference written here: for every
/// platform, a loop over every firm that resolves the firm's platform cell through the register by hand (name or id,
/// merges in force in the year, parents through merges), adds the member values exactly (<see cref="NaiveSums.Exact"/>:
/// BigInteger, rounded once); a unit adds its platforms' parts in unit order. Random cities with 分区分园 (nested), merged platforms
/// (dated before and after the year, chains), firms naming platforms by name or with spaces, unregistered platforms,
/// firms outside any platform, missing and non-finite values, filters and a prior year. Every number must be identical
/// to the bit.
/// </summary>
public class PlatformFiguresReferenceTests
{
    private static readonly IPlatformIndicator[] Indicators =
    [
        .. KnownPlatformIndicators.All,
        new TierLandSharePlatformIndicator("c_tier_land_share", "C类企业用地占比", Tier.C),
        new RatioOfSumsPlatformIndicator("small_revenue_per_worker", "规下人均营收", "万元/人", "revenue", "employees", new FirmCondition { SizeClass = SizeClass.BelowDesignatedSize }),
    ];

    [TestCase(1, 2025)]
    [TestCase(2, 2025)]
    [TestCase(3, 2024)]
    [TestCase(4, 2026)]
    [TestCase(5, 2025)]
    public void Figures_AreThoseOfTheStraightforwardReference(int seed, int year)
    {
        var (table, prior, register) = RandomCity(seed, year);
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(table);
        var membership = PlatformMembership.Create(table, register, year);
        var figures = PlatformFigures.Compute(evaluation, membership, Indicators, prior);
        var reference = new Reference(evaluation, register, year, membership.Units, prior);

        Assert.That(membership.Units.Count(u => u.Kind == PlatformUnitKind.Platform && u.Parent.Length > 0), Is.GreaterThan(0), "the city has 分区分园");
        Assert.That(membership.Units.Count(u => u.Absorbed.Count > 0), Is.GreaterThan(0), "the city has merged platforms");
        Assert.Multiple(() =>
        {
            foreach (var unit in membership.Units)
            {
                Assert.That(unit.FirmCount, Is.EqualTo(reference.MembersOf(unit).Count), $"{unit.Id}: firms");
                if (unit.Kind == PlatformUnitKind.Platform)
                {
                    Assert.That(unit.County, Is.EqualTo(reference.CountyOf(unit.Id)), $"{unit.Id}: county");
                }

                foreach (var indicator in Indicators)
                {
                    var (numerator, denominator, count) = reference.Parts(unit, indicator);
                    var actual = figures.Get(unit.Id, indicator.Id);
                    var where = $"{unit.Id} {indicator.Id} (seed {seed}, {year})";
                    Assert.That(BitConverter.DoubleToInt64Bits(actual.Numerator), Is.EqualTo(BitConverter.DoubleToInt64Bits(numerator)), $"{where}: numerator {actual.Numerator:R} vs {numerator:R}");
                    Assert.That(BitConverter.DoubleToInt64Bits(actual.Denominator), Is.EqualTo(BitConverter.DoubleToInt64Bits(denominator)), $"{where}: denominator {actual.Denominator:R} vs {denominator:R}");
                    Assert.That(actual.Count, Is.EqualTo(count), $"{where}: count");
                    Assert.That(actual.Value, Is.EqualTo(indicator.Value(numerator, denominator, count)), $"{where}: value");

                    // The arithmetic is written when read: the text of the indicator (as resolved by the run), and a
                    // figure equals one made with that text at once.
                    var text = figures.Indicators.Single(i => i.Id == indicator.Id).Arithmetic(numerator, denominator, count);
                    Assert.That(actual.Arithmetic, Is.EqualTo(text), $"{where}: arithmetic");
                    Assert.That(actual, Is.EqualTo(new PlatformIndicatorValue(actual.Value, numerator, denominator, count, text)), $"{where}: equality");
                }
            }

            Assert.That(membership.FirmsOutsidePlatforms, Is.EqualTo(Enumerable.Range(0, table.Count).Count(r => table.Platforms[r].Trim().Length == 0)));
        });
    }

    /// <summary>
    /// A run computes all its indicators from one input (masks cached, the rows of a large table split between threads):
    /// on a table above the parallel threshold, every figure must be the figure of the indicator computed alone, bit for
    /// bit — also for an indicator that sums a measure over rows no other indicator uses.
    /// </summary>
    [Test]
    public void Figures_OfALargeRun_AreThoseOfEachIndicatorAlone()
    {
        var (table, prior, register) = RandomCity(6, 2025, 90_000);
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(table);
        var membership = PlatformMembership.Create(table, register, 2025);
        IPlatformIndicator[] indicators =
        [
            KnownPlatformIndicators.AboveTaxPerMu, KnownPlatformIndicators.AboveValueAdded, KnownPlatformIndicators.HighTechValueAddedShare,
            KnownPlatformIndicators.AboveRdIntensity, KnownPlatformIndicators.AboveValueAddedGrowth, KnownPlatformIndicators.DTierLandShare,
            new TaxOfEveryMember(),
        ];
        var together = PlatformFigures.Compute(evaluation, membership, indicators, prior);
        Assert.Multiple(() =>
        {
            foreach (var indicator in indicators)
            {
                var alone = PlatformFigures.Compute(evaluation, membership, [indicator], prior);
                foreach (var unit in membership.Units)
                {
                    AssertSameFigure(alone.Get(unit.Id, indicator.Id), together.Get(unit.Id, indicator.Id), $"{unit.Id} {indicator.Id}");
                }
            }
        });
    }

    /// <summary>
    /// <see cref="EvaluatorOptions.MaxDegreeOfParallelism"/> limits the threads of the sums and units; on a table
    /// above the parallel threshold every figure (and its arithmetic) is the same on one thread as on several, bit for bit.
    /// </summary>
    [Test]
    public void Figures_AreTheSameOnOneThreadAndOnMany()
    {
        var (table, prior, register) = RandomCity(7, 2025, 90_000);
        var evaluation = new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(table);
        var membership = PlatformMembership.Create(table, register, 2025);
        IPlatformIndicator[] indicators = [.. Indicators, new TaxOfEveryMember()];
        var one = PlatformFigures.Compute(evaluation, membership, indicators, prior, new EvaluatorOptions { MaxDegreeOfParallelism = 1 });
        Assert.Multiple(() =>
        {
            foreach (var degree in new[] { 4, -1 })
            {
                var many = PlatformFigures.Compute(evaluation, membership, indicators, prior, new EvaluatorOptions { MaxDegreeOfParallelism = degree });
                foreach (var unit in membership.Units)
                {
                    foreach (var indicator in indicators)
                    {
                        AssertSameFigure(one.Get(unit.Id, indicator.Id), many.Get(unit.Id, indicator.Id), $"{unit.Id} {indicator.Id} at {degree} threads");
                    }
                }
            }

            Assert.That(() => PlatformFigures.Compute(evaluation, membership, indicators, prior, new EvaluatorOptions { MaxDegreeOfParallelism = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    /// <summary>The same numerator and denominator to the bit, the same count and arithmetic.</summary>
    private static void AssertSameFigure(PlatformIndicatorValue expected, PlatformIndicatorValue actual, string where)
    {
        Assert.That(BitConverter.DoubleToInt64Bits(actual.Numerator), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected.Numerator)), $"{where}: numerator");
        Assert.That(BitConverter.DoubleToInt64Bits(actual.Denominator), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected.Denominator)), $"{where}: denominator");
        Assert.That(actual.Count, Is.EqualTo(expected.Count), $"{where}: count");
        Assert.That(actual.Arithmetic, Is.EqualTo(expected.Arithmetic), $"{where}: arithmetic");
    }

    /// <summary>A custom indicator: Σtax over every member, while the built-ins of the run sum tax over 规上 members only.</summary>
    private sealed class TaxOfEveryMember : IPlatformIndicator
    {
        public string Id => "tax_of_every_member";

        public string Name => "税收";

        public string Unit => "万元";

        public string Formula => "Σtax over all members";

        public PlatformIndicatorParts Compute(PlatformIndicatorInput input)
        {
            var (sums, counts) = (new double[input.GroupCount], new int[input.GroupCount]);
            input.SumByGroup("tax", input.Select(null), sums, counts);
            return new PlatformIndicatorParts(sums, new double[sums.Length], counts);
        }

        public double? Value(double numerator, double denominator, int count) => numerator;

        public string Arithmetic(double numerator, double denominator, int count) => $"Σtax = {numerator:R} ({count} firms)";
    }

    /// <summary>A city of about 1,500 firms on 40 register platforms (nested parks, merge chains) plus unregistered ones.</summary>
    internal static (FirmTable Firms, FirmTable Prior, PlatformRegister Register) RandomCity(int seed, int year, int count = 1_500)
    {
        var random = new Random(seed);
        var counties = new[] { "南湖区", "秀洲区", "嘉善县", "海盐县" };
        var platforms = new List<Platform>();
        for (var p = 0; p < 40; p++)
        {
            // Parents and merge targets have lower numbers: no cycle, and chains of merges and of parks within parks.
            var parent = p > 0 && random.NextDouble() < 0.35 ? Id(random.Next(p)) : string.Empty;
            var merged = p > 0 && random.NextDouble() < 0.2;
            platforms.Add(new Platform
            {
                Id = Id(p),
                Name = "平台" + p.ToString(CultureInfo.InvariantCulture),
                Level = (PlatformLevel)random.Next(5),
                Parent = parent,
                County = random.NextDouble() < 0.8 ? counties[random.Next(counties.Length)] : string.Empty,
                MergedInto = merged ? Id(random.Next(p)) : string.Empty,
                MergedFrom = merged ? new DateOnly(year - 2 + random.Next(4), 1 + random.Next(12), 1) : null,
                PlannedArea = random.NextDouble() < 0.8 ? Math.Round(random.NextDouble() * 5000, 1) : null,
                ApprovedUnsupplied = random.NextDouble() < 0.7 ? Math.Round(random.NextDouble() * 300, 3) : null,
                SuppliedUnused = random.NextDouble() < 0.7 ? random.NextDouble() * 100 : null,
                InefficientLand = random.NextDouble() < 0.7 ? random.NextDouble() * 100 : null,
                ClearedLand = random.NextDouble() < 0.5 ? random.Next(50) : null,
            });
        }

        var register = PlatformRegister.Create(platforms);
        string[] unregistered = ["塘汇工业区", "新丰小微园", " 塘汇工业区 "];
        var firms = new List<Firm>();
        var priorFirms = new List<Firm>();
        for (var f = 0; f < count; f++)
        {
            var pick = random.NextDouble();
            var platform = pick < 0.05 ? string.Empty
                : pick < 0.1 ? unregistered[random.Next(unregistered.Length)]
                : pick < 0.25 ? "平台" + random.Next(40).ToString(CultureInfo.InvariantCulture)
                : pick < 0.3 ? " " + Id(random.Next(40)) + " "
                : Id(random.Next(40));
            var measures = new Dictionary<string, double>();
            void Maybe(string id, double value, double missing = 0.1)
            {
                if (random.NextDouble() >= missing)
                {
                    measures[id] = value;
                }
            }

            // Values of every magnitude (and duplicates, zeros, negatives) so that the order of the terms matters.
            Maybe("land_area", random.NextDouble() < 0.1 ? 0 : Math.Round(random.NextDouble() * 80, random.Next(4)));
            Maybe("tax", random.NextDouble() < 0.05 ? -random.NextDouble() * 10 : Math.Pow(10, random.NextDouble() * 5) / 7);
            Maybe("revenue", random.NextDouble() < 0.02 ? 2_000_000 : Math.Pow(10, random.NextDouble() * 6) / 3);
            Maybe("value_added", random.NextDouble() < 0.1 ? 100 : Math.Pow(10, random.NextDouble() * 5) / 3);
            Maybe("employees", random.Next(1, 500));
            Maybe("rd_spending", Math.Pow(10, random.NextDouble() * 4) / 11, 0.3);
            var tags = new HashSet<string>();
            if (random.NextDouble() < 0.2)
            {
                tags.Add(KnownTags.HighTech);
            }

            if (random.NextDouble() < 0.1)
            {
                tags.Add(KnownTags.Listed);
            }

            var id = "F" + f.ToString("D5", CultureInfo.InvariantCulture);
            firms.Add(new Firm
            {
                Id = id,
                Name = id,
                Region = random.NextDouble() < 0.1 ? string.Empty : counties[random.Next(counties.Length)],
                Platform = platform,
                IndustryCode = "C3484",
                SizeClass = random.NextDouble() < 0.7 ? SizeClass.AboveDesignatedSize : SizeClass.BelowDesignatedSize,
                Measures = measures,
                Tags = tags,
            });
            if (random.NextDouble() < 0.7)
            {
                var priorMeasures = random.NextDouble() < 0.1 ? new Dictionary<string, double>() : new Dictionary<string, double> { ["value_added"] = Math.Pow(10, random.NextDouble() * 5) / 3 };
                priorFirms.Add(new Firm { Id = id, Name = id, Platform = Id(random.Next(40)), Measures = priorMeasures });
            }
        }

        priorFirms.Add(new Firm { Id = "F99999", Name = "已关停", Platform = Id(0), Measures = new Dictionary<string, double> { ["value_added"] = 1e6 } });
        return (FirmTable.FromFirms(firms), FirmTable.FromFirms(priorFirms), register);
    }

    private static string Id(int p) => "P" + p.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The figures the plain way: per unit, a loop over every firm.</summary>
    private sealed class Reference
    {
        private readonly Evaluation evaluation;
        private readonly PlatformRegister register;
        private readonly int year;
        private readonly FirmTable? prior;
        private readonly string?[] platformOfRow;
        private readonly List<PlatformUnit> platforms;
        private readonly Dictionary<string, string> countyOf = new(StringComparer.Ordinal);
        private readonly Dictionary<FirmCondition, ulong[]> masks = [];
        private readonly Dictionary<(string, string), (double, double, int)> groupParts = [];

        public Reference(Evaluation evaluation, PlatformRegister register, int year, IReadOnlyList<PlatformUnit> units, FirmTable? prior)
        {
            this.evaluation = evaluation;
            this.register = register;
            this.year = year;
            this.prior = prior;
            var table = evaluation.Table;
            platformOfRow = [.. Enumerable.Range(0, table.Count).Select(row => PlatformOfCell(table.Platforms[row]))];
            platforms = [.. units.Where(u => u.Kind == PlatformUnitKind.Platform)];
            foreach (var unit in platforms)
            {
                // The register's county, else the region most of the platform's own firms name (ties: ordinal first).
                var registered = register.TryGet(unit.Id, out var entry) ? entry.County : string.Empty;
                var regions = Enumerable.Range(0, table.Count)
                    .Where(row => platformOfRow[row] == unit.Id && table.Regions[row].Trim().Length > 0)
                    .GroupBy(row => table.Regions[row].Trim(), StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key);
                countyOf[unit.Id] = registered.Length > 0 ? registered : regions.FirstOrDefault() ?? string.Empty;
            }
        }

        public string CountyOf(string platformId) => countyOf[platformId];

        public List<int> MembersOf(PlatformUnit unit) =>
            [.. Enumerable.Range(0, evaluation.Table.Count).Where(row => platformOfRow[row] is { } p && platforms.Exists(g => g.Id == p && Within(g, unit)))];

        /// <summary>A unit's parts: each of its platforms' own parts (a loop over all firms), added in unit order.</summary>
        public (double Numerator, double Denominator, int Count) Parts(PlatformUnit unit, IPlatformIndicator indicator)
        {
            double numerator = 0, denominator = 0;
            var count = 0;
            foreach (var group in platforms.Where(g => Within(g, unit)))
            {
                if (!groupParts.TryGetValue((group.Id, indicator.Id), out var parts))
                {
                    var rows = Enumerable.Range(0, evaluation.Table.Count).Where(row => platformOfRow[row] == group.Id).ToList();
                    groupParts[(group.Id, indicator.Id)] = parts = GroupParts(group, rows, indicator);
                }

                var (n, d, c) = parts;
                numerator += n;
                denominator += d;
                count += c;
            }

            return (numerator, denominator, count);
        }

        private (double, double, int) GroupParts(PlatformUnit group, List<int> rows, IPlatformIndicator indicator)
        {
            var table = evaluation.Table;
            double? Measure(int row, string id) => id == "land_area"
                ? (double.IsFinite(evaluation.LandArea[row]) ? evaluation.LandArea[row] : null)
                : table.TryGetMeasure(id, out var column) && column.TryGet(row, out var v) && double.IsFinite(v) ? v : null;
            bool Meets(int row, FirmCondition? condition)
            {
                if (condition is null)
                {
                    return true;
                }

                if (!masks.TryGetValue(condition, out var mask))
                {
                    masks[condition] = mask = global::EnterpriseScoring.Engine.ConditionMask.Evaluate(condition, table, evaluation.LandArea, year);
                }

                return (mask[row >> 6] & (1UL << (row & 63))) != 0;
            }

            switch (indicator)
            {
                case RatioOfSumsPlatformIndicator ratio:
                    {
                        var both = rows.Where(r => Meets(r, ratio.Filter) && Measure(r, ratio.Numerator) is not null && Measure(r, ratio.Denominator) is not null).ToList();
                        return (NaiveSums.Exact(both.Select(r => Measure(r, ratio.Numerator)!.Value)), NaiveSums.Exact(both.Select(r => Measure(r, ratio.Denominator)!.Value)), both.Count);
                    }

                case TotalPlatformIndicator total:
                    {
                        var values = rows.Where(r => Meets(r, total.Filter)).Select(r => Measure(r, total.Measure)).OfType<double>().ToList();
                        return (NaiveSums.Exact(values), 0, values.Count);
                    }

                case CountPlatformIndicator counted:
                    {
                        var n = rows.Count(r => Meets(r, counted.Condition));
                        return (n, 0, n);
                    }

                case SharePlatformIndicator share:
                    {
                        var whole = rows.Where(r => Meets(r, share.Whole) && Measure(r, share.Measure) is not null).ToList();
                        return (NaiveSums.Exact(whole.Where(r => Meets(r, share.Part)).Select(r => Measure(r, share.Measure)!.Value)), NaiveSums.Exact(whole.Select(r => Measure(r, share.Measure)!.Value)), whole.Count);
                    }

                case GrowthPlatformIndicator growth:
                    {
                        var priorRow = Enumerable.Range(0, prior!.Count).GroupBy(r => prior.Ids[r], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                        var set = rows.Where(r => Meets(r, growth.Filter) && Measure(r, growth.Measure) is not null && priorRow.TryGetValue(table.Ids[r], out var pr)
                            && prior.TryGetMeasure(growth.Measure, out var pc) && pc.TryGet(pr, out var pv) && double.IsFinite(pv)).ToList();
                        prior.TryGetMeasure(growth.Measure, out var priorColumn);
                        return (NaiveSums.Exact(set.Select(r => Measure(r, growth.Measure)!.Value)), NaiveSums.Exact(set.Select(r => priorColumn!.TryGet(priorRow[table.Ids[r]], out var v) ? v : double.NaN)), set.Count);
                    }

                case RegisterFigurePlatformIndicator figure:
                    {
                        // The register entries the group holds: itself and the platforms merged into it, in register order.
                        double sum = 0;
                        var n = 0;
                        foreach (var entry in register.Platforms.Where(p => group.IsRegistered && register.EffectiveIn(p, year).Id == group.Id))
                        {
                            if (figure.Of(entry) is { } v)
                            {
                                sum += v;
                                n++;
                            }
                        }

                        return (sum, 0, n);
                    }

                case TierLandSharePlatformIndicator share:
                    {
                        var tiered = rows.Where(r => evaluation.Results[r].Tier is not null && Measure(r, "land_area") is not null).ToList();
                        return (NaiveSums.Exact(tiered.Where(r => evaluation.Results[r].Tier == share.Resolve(evaluation.Profile.Tiers).Tier).Select(r => Measure(r, "land_area")!.Value)), NaiveSums.Exact(tiered.Select(r => Measure(r, "land_area")!.Value)), tiered.Count);
                    }

                default:
                    throw new NotSupportedException(indicator.GetType().Name);
            }
        }

        /// <summary>The platform a cell names in the year: the register platform (by id, else by name) that holds it after the merges in force, or the cell itself.</summary>
        private string? PlatformOfCell(string cell)
        {
            var text = cell.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var platform = register.Platforms.FirstOrDefault(p => p.Id == text) ?? register.Platforms.FirstOrDefault(p => p.Name == text);
            return platform is null ? text : Holder(platform).Id;
        }

        /// <summary>Follows merges in force by the end of the year.</summary>
        private Platform Holder(Platform platform)
        {
            while (platform.MergedInto.Length > 0 && platform.MergedFrom is { } from && from.Year <= year)
            {
                platform = register.Platforms.First(p => p.Id == platform.MergedInto);
            }

            return platform;
        }

        /// <summary>Whether platform <paramref name="group"/>'s own firms count in <paramref name="unit"/>: the city; its county; itself or an ancestor (parents through merges).</summary>
        private bool Within(PlatformUnit group, PlatformUnit unit)
        {
            if (unit.Kind == PlatformUnitKind.City)
            {
                return true;
            }

            if (unit.Kind == PlatformUnitKind.County)
            {
                return countyOf[group.Id] == unit.Id;
            }

            var id = group.Id;
            for (var steps = 0; steps <= register.Platforms.Count; steps++)
            {
                if (id == unit.Id)
                {
                    return true;
                }

                var entry = register.Platforms.FirstOrDefault(p => p.Id == id);
                if (entry is null || entry.Parent.Length == 0)
                {
                    return false;
                }

                var parent = Holder(register.Platforms.First(p => p.Id == entry.Parent)).Id;
                if (parent == id)
                {
                    return false;
                }

                id = parent;
            }

            return false;
        }
    }
}
