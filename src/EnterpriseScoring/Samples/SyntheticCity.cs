using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Samples;

/// <summary>
/// Generates a deterministic synthetic city of industrial firms: realistic, correlated, log-normal measures
/// for demos, tests and benchmarks. The same <see cref="SyntheticCityOptions"/> give the same
/// <see cref="FirmTable"/> on every machine and .NET version.
/// </summary>
/// <remarks>
/// <para>
/// Each firm is drawn from its own random stream (xoshiro256** seeded from the seed and the row index), so
/// the first <c>n</c> rows of a larger city equal a city of <c>n</c> firms with the same options.
/// <see cref="System.Random"/> is not used: its algorithm is not guaranteed across .NET versions.
/// </para>
/// <para>
/// The model, per firm: a size class (<see cref="SyntheticCityOptions.AboveSizeShare"/>), a GB/T 4754 industry,
/// a latent efficiency factor; revenue log-normal within the size class (规上 ≥ 2000 万元, with ~1.5% of firms
/// on the wrong side of the line, as in real rosters); land = revenue / (revenue per 亩 driven by efficiency), so
/// land and revenue correlate; value added 20–35% of revenue by industry; tax ≈ 3–8% (a few 0); employees,
/// energy (tce), electricity (万kWh) and water by industry intensity; COD/NH₃-N/SO₂/NOₓ for polluting
/// industries (0 or missing for others); R&amp;D 0–6.5% of revenue (higher for high-tech firms); net profit
/// (may be negative); net assets; retrofit investment; leased-in/out land and lessee counts; start year;
/// tags at small rates; a few missing values (never the id; land only when
/// <see cref="SyntheticCityOptions.MissingLandRate"/> asks for it, since per-亩 indicators reject a firm without land). Money is in 万元, land in 亩, emissions in 吨.
/// Ids are valid 统一社会信用代码 (both check characters correct) and unique within a table.
/// Names are plausible but not unique.
/// </para>
/// <para>Thread-safe: <see cref="Generate(SyntheticCityOptions)"/> has no shared mutable state.</para>
/// </remarks>
/// <example>
/// <code>
/// FirmTable city = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 2000, Seed = 20251231 });
/// </code>
/// </example>
public static class SyntheticCity
{
    /// <summary>The largest supported <see cref="SyntheticCityOptions.FirmCount"/>.</summary>
    public const int MaxFirmCount = 100_000_000;

    private const double AboveSizeRevenue = 2000; // 万元
    // Calibration (seeds/data/README.md, "Calibration"): the centre of each firm's revenue per 亩 (万元/亩), tax rate
    // (share of revenue), revenue per employee (万元/人) by size class, and a factor on every industry's energy
    // intensity, chosen so that the city's ratio-of-sums figures sit near published Zhejiang levels.
    private const double AboveRevenuePerMu = 520, BelowRevenuePerMu = 160;
    private const double AboveTaxRate = 0.06, BelowTaxRate = 0.05;
    private const double AboveRevenuePerEmployee = 100, BelowRevenuePerEmployee = 60;
    private const double EnergyScale = 1.8;
    private const ulong OrganisationCodeSpace = 887_503_681; // 31^6 body suffixes after "MA".

    // Column indexes into the row buffer; the order of Columns.
    private const int Land = 0, LeasedIn = 1, LeasedOut = 2, LesseeCount = 3, Tax = 4, ValueAdded = 5, Revenue = 6,
        Employees = 7, Energy = 8, Electricity = 9, Water = 10, Cod = 11, Nh3 = 12, So2 = 13, Nox = 14,
        Permitted = 15, Rd = 16, NetProfit = 17, NetAssets = 18, Retrofit = 19;

    private static readonly Measure[] Columns =
    [
        KnownMeasures.LandArea, KnownMeasures.LeasedInArea, KnownMeasures.LeasedOutArea, KnownMeasures.Lessees,
        KnownMeasures.Tax, KnownMeasures.ValueAdded, KnownMeasures.Revenue, KnownMeasures.Employees,
        KnownMeasures.Energy, KnownMeasures.Electricity, KnownMeasures.Water, KnownMeasures.Cod,
        KnownMeasures.AmmoniaNitrogen, KnownMeasures.SulfurDioxide, KnownMeasures.NitrogenOxides,
        KnownMeasures.PermittedEmissions, KnownMeasures.RdSpending, KnownMeasures.NetProfit,
        KnownMeasures.NetAssets, KnownMeasures.RetrofitInvestment,
    ];

    // code, industry word for names, weight, energy tce/万元, electricity 万kWh/万元, water t/万元,
    // COD / SO2 / NOx t/万元, high-tech rate, value-added share, utility.
    private static readonly Industry[] Industries =
    [
        new("C1711", "纺织", 8, 0.12, 0.08, 5, 0.0006, 0, 0, 0.05, 0.22, false),
        new("C1713", "印染", 4, 0.30, 0.06, 35, 0.004, 0.0008, 0.001, 0.05, 0.24, false),
        new("C1810", "服饰", 7, 0.015, 0.015, 1, 0, 0, 0, 0.03, 0.25, false),
        new("C2231", "纸业", 3, 0.10, 0.05, 6, 0.002, 0.0005, 0.0006, 0.05, 0.22, false),
        new("C2614", "化工", 4, 0.35, 0.09, 9, 0.0015, 0.0012, 0.0015, 0.15, 0.25, false),
        new("C2710", "药业", 2, 0.15, 0.06, 8, 0.002, 0.0004, 0.0005, 0.45, 0.35, false),
        new("C2929", "塑业", 8, 0.05, 0.06, 0.8, 0, 0, 0, 0.06, 0.22, false),
        new("C3311", "钢结构", 7, 0.04, 0.03, 0.6, 0, 0, 0, 0.06, 0.21, false),
        new("C3360", "金属制品", 3, 0.10, 0.09, 4, 0.0008, 0.0002, 0.0004, 0.05, 0.24, false),
        new("C3484", "机械", 12, 0.025, 0.03, 0.5, 0, 0, 0, 0.20, 0.26, false),
        new("C3670", "汽车部件", 9, 0.03, 0.035, 0.7, 0, 0, 0, 0.25, 0.24, false),
        new("C3874", "照明", 4, 0.015, 0.02, 0.4, 0, 0, 0, 0.30, 0.27, false),
        new("C3982", "电子", 6, 0.03, 0.05, 3, 0.0006, 0, 0, 0.40, 0.30, false),
        new("C4090", "仪器", 3, 0.01, 0.015, 0.3, 0, 0, 0, 0.45, 0.33, false),
        new("D4411", "热电", 0.5, 1.8, 0.05, 12, 0.0003, 0.006, 0.008, 0, 0.30, true),
        new("D4417", "新能源", 0.4, 0.6, 0.04, 6, 0.0002, 0.002, 0.003, 0.10, 0.32, true),
        new("D4430", "热力", 0.5, 1.2, 0.03, 10, 0.0002, 0.004, 0.005, 0, 0.28, true),
        new("D4610", "水务", 0.4, 0.05, 0.3, 200, 0, 0, 0, 0, 0.35, true),
    ];

    private static readonly double[] IndustryCumulativeAbove = Cumulative(Industries, above: true);
    private static readonly double[] IndustryCumulativeBelow = Cumulative(Industries, above: false);

    private static readonly string[] BrandFirst =
    [
        "恒", "华", "嘉", "鑫", "新", "永", "金", "宏", "盛", "天", "中", "东", "海", "瑞", "博",
        "浩", "隆", "丰", "顺", "大", "明", "诚", "信", "德", "力", "泰", "安", "康", "欣", "凯",
    ];

    private static readonly string[] BrandSecond =
    [
        "达", "兴", "源", "丰", "盛", "宇", "泰", "越", "通", "发", "成", "利", "业", "昌", "辉",
        "鸿", "鼎", "升", "晟", "诺", "创", "远", "航", "宝", "富", "祥", "和", "益", "美", "龙",
    ];

    private static readonly Dictionary<string, string> KnownDivisionCodes = new(StringComparer.Ordinal)
    {
        ["南湖区"] = "330402",
        ["秀洲区"] = "330411",
        ["嘉善县"] = "330421",
        ["海盐县"] = "330424",
        ["海宁市"] = "330481",
        ["平湖市"] = "330482",
        ["桐乡市"] = "330483",
    };

    /// <summary>The measure columns of every generated table, in column order.</summary>
    public static IReadOnlyList<Measure> Measures { get; } = Columns.AsValueList();

    /// <summary>The GB/T 4754 industry codes the generator uses.</summary>
    public static IReadOnlyList<string> IndustryCodes { get; } = Industries.Select(i => i.Code).ToArray().AsValueList();

    /// <summary>The utility industry codes among <see cref="IndustryCodes"/> (电力、热力、水的生产和供应: usually exempt).</summary>
    public static IReadOnlyList<string> UtilityIndustryCodes { get; } = Industries.Where(i => i.Utility).Select(i => i.Code).ToArray().AsValueList();

    /// <summary>A city of <paramref name="firms"/> firms with seed <paramref name="seed"/> and every other option at its default.</summary>
    /// <param name="firms">The number of firms.</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentException"><paramref name="firms"/> is negative or above <see cref="MaxFirmCount"/>.</exception>
    public static FirmTable Default(int firms, ulong seed) =>
        Generate(new SyntheticCityOptions { FirmCount = firms, Seed = seed });

    /// <summary>Generates the city described by <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>A table with <see cref="SyntheticCityOptions.FirmCount"/> rows and the columns <see cref="Measures"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static FirmTable Generate(SyntheticCityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid synthetic city options: " + string.Join(" ", problems), nameof(options));
        }

        var builder = new FirmTableBuilder(Columns, options.FirmCount);
        var generator = new FirmGenerator(options);
        Span<double> row = stackalloc double[Columns.Length];
        var tags = new List<string>(4);
        for (var i = 0; i < options.FirmCount; i++)
        {
            tags.Clear();
            var identity = generator.Next(i, row, tags);
            builder.Add(identity, row, tags);
        }

        return builder.Build();
    }

    /// <summary>The 6-digit administrative division code of the <paramref name="index"/>-th region (嘉兴's codes for its
    /// seven counties/districts, else 3304 + the 1-based index).</summary>
    internal static string DivisionCode(string region, int index) =>
        KnownDivisionCodes.TryGetValue(region, out var code) ? code : "3304" + (index + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name of the platform of kind <paramref name="kind"/> in <paramref name="region"/>: the region's short
    /// name (南湖区 → 南湖) followed by the kind (经济技术开发区 …).</summary>
    internal static string PlatformName(string region, string kind) => ShortName(region) + kind;

    /// <summary>A region's name without its 区/县/市 suffix, when more than two characters remain.</summary>
    internal static string ShortName(string region) =>
        region.Length > 2 && region[^1] is '区' or '县' or '市' ? region[..^1] : region;

    private static double[] Cumulative(Industry[] industries, bool above)
    {
        var cumulative = new double[industries.Length];
        var sum = 0.0;
        for (var i = 0; i < industries.Length; i++)
        {
            // Utilities are mostly large; below size they are rare.
            sum += industries[i].Weight * (industries[i].Utility && !above ? 0.2 : 1);
            cumulative[i] = sum;
        }

        return cumulative;
    }

    private static double Clamp(double x, double min, double max) => x < min ? min : x > max ? max : x;

    private static double Round(double x, int digits) => Math.Round(x, digits, MidpointRounding.ToEven);

    private sealed record Industry(
        string Code,
        string Word,
        double Weight,
        double Energy,
        double Electricity,
        double Water,
        double Cod,
        double So2,
        double Nox,
        double HighTechRate,
        double ValueAddedShare,
        bool Utility)
    {
        public bool Polluting => Cod > 0 || So2 > 0 || Nox > 0;
    }

    /// <summary>The per-run state: option-derived tables; firms are drawn from independent streams.</summary>
    private sealed class FirmGenerator
    {
        private readonly SyntheticCityOptions options;
        private readonly string[] regions;
        private readonly string[] regionShortNames;
        private readonly string[] divisionCodes;
        private readonly string[][] platformNames;
        private readonly double[] platformCumulativeAbove;
        private readonly double[] platformCumulativeBelow;
        private readonly string[] namePrefixes;
        private readonly ulong idMultiplier;
        private readonly ulong idOffset;
        private readonly double tagScale;

        public FirmGenerator(SyntheticCityOptions options)
        {
            this.options = options;
            regions = options.Regions.ToArray();
            regionShortNames = regions.Select(ShortName).ToArray();
            divisionCodes = new string[regions.Length];
            for (var r = 0; r < regions.Length; r++)
            {
                divisionCodes[r] = DivisionCode(regions[r], r);
            }

            var kinds = options.Platforms.ToArray();
            platformNames = regions.Select(region => kinds.Select(k => PlatformName(region, k)).ToArray()).ToArray();

            // Platforms are listed from the most to the least selective: large firms lean to the first ones.
            platformCumulativeAbove = new double[kinds.Length];
            platformCumulativeBelow = new double[kinds.Length];
            double sumAbove = 0, sumBelow = 0;
            for (var k = 0; k < kinds.Length; k++)
            {
                sumAbove += kinds.Length - k;
                sumBelow += k + 1;
                platformCumulativeAbove[k] = sumAbove;
                platformCumulativeBelow[k] = sumBelow;
            }

            namePrefixes = options.NamePrefixes.ToArray();
            tagScale = options.TagRateMultiplier;

            // Ids: "MA" + a base-31 permutation of the row index, so ids are unique within the table.
            var state = options.Seed ^ 0x5EED_1D5UL;
            idMultiplier = (SampleRandom.SplitMix64(ref state) % (OrganisationCodeSpace - 1)) + 1;
            if (idMultiplier % 31 == 0)
            {
                idMultiplier++;
            }

            idOffset = SampleRandom.SplitMix64(ref state) % OrganisationCodeSpace;
        }

        public FirmIdentity Next(int index, Span<double> v, List<string> tags)
        {
            var year = options.EvaluationYear;
            var rng = new SampleRandom(options.Seed, (ulong)index);

            // Classification.
            var region = rng.NextInt(regions.Length);
            var above = rng.Chance(options.AboveSizeShare);
            var industry = Industries[rng.NextWeighted(above ? IndustryCumulativeAbove : IndustryCumulativeBelow)];
            var platform = rng.NextWeighted(above ? platformCumulativeAbove : platformCumulativeBelow);
            var efficiency = rng.NextNormal();

            // Revenue within the size class, with a little noise around the 2000 万元 line.
            double revenue;
            if (above)
            {
                var large = rng.Chance(0.04) ? 1.5 : 0;
                revenue = AboveSizeRevenue * Math.Exp((Math.Abs(rng.NextNormal()) * 1.3) + large);
                if (rng.Chance(0.015))
                {
                    revenue = AboveSizeRevenue * rng.NextDouble(0.8, 1.0);
                }
            }
            else
            {
                revenue = AboveSizeRevenue * Math.Exp(-Math.Abs(rng.NextNormal()) * 1.1);
                if (rng.Chance(0.01))
                {
                    revenue = AboveSizeRevenue * rng.NextDouble(1.0, 1.3);
                }
            }

            // Land: revenue over revenue-per-亩, which rises with efficiency.
            var revenuePerMu = (above ? AboveRevenuePerMu : BelowRevenuePerMu) * Math.Exp((0.4 * efficiency) + (0.25 * rng.NextNormal()));
            var land = Clamp(revenue / revenuePerMu, 0.3, 3000);

            // Start year: ~8% started within the last two years.
            var startYear = rng.Chance(0.08) ? rng.NextInt(year - 1, year) : rng.NextInt(1990, year - 2);
            var isNew = startYear >= year - 1;

            // Tags.
            var highTech = rng.Chance(tagScale * industry.HighTechRate * (above ? 1 : 0.4));
            AddTagIf(tags, highTech, KnownTags.HighTech);
            var listed = above && rng.Chance(tagScale * (revenue > 50_000 ? 0.3 : 0.002));
            AddTagIf(tags, listed, KnownTags.Listed);
            AddTagIf(tags, rng.Chance(tagScale * (above ? 0.05 : 0.02)), KnownTags.SpecializedSme);
            AddTagIf(tags, rng.Chance(tagScale * 0.005), KnownTags.SafetyAccident);
            AddTagIf(tags, rng.Chance(tagScale * (industry.Polluting ? 0.01 : 0.002)), KnownTags.EnvironmentalViolation);
            AddTagIf(tags, rng.Chance(tagScale * 0.004), KnownTags.Dishonest);
            AddTagIf(tags, rng.Chance(tagScale * 0.004), KnownTags.LandViolation);
            AddTagIf(tags, rng.Chance(tagScale * (above && industry.Energy >= 0.1 ? 0.02 : 0.002)), KnownTags.EnergyTargetMissed);
            AddTagIf(tags, rng.Chance(tagScale * (isNew ? 0.15 : 0.01)), KnownTags.MajorProject);
            AddTagIf(tags, above && rng.Chance(tagScale * 0.06), KnownTags.NewlyAboveSize);

            // Money measures.
            var valueAddedShare = Clamp(industry.ValueAddedShare + (0.03 * efficiency) + (0.03 * rng.NextNormal()), 0.08, 0.6);
            var taxRate = Clamp((above ? AboveTaxRate : BelowTaxRate) + (0.012 * efficiency) + (0.012 * rng.NextNormal()), 0.003, 0.15);
            var zeroTax = rng.Chance(0.03);
            var margin = 0.05 + (0.035 * efficiency) + (0.04 * rng.NextNormal());
            var assetRatio = 0.55 * Math.Exp(0.5 * rng.NextNormal());
            var revenuePerEmployee = (above ? AboveRevenuePerEmployee : BelowRevenuePerEmployee) * Math.Exp((0.3 * efficiency) + (0.35 * rng.NextNormal()));

            v[Revenue] = Round(revenue, 2);
            v[Land] = Round(land, 2);
            v[ValueAdded] = Round(revenue * valueAddedShare, 2);
            v[Tax] = zeroTax ? 0 : Round(revenue * taxRate, 2);
            v[NetProfit] = Round(revenue * margin, 2);
            v[NetAssets] = Round(revenue * assetRatio, 2);
            v[Employees] = Math.Max(3, Round(revenue / revenuePerEmployee, 0));

            // Resources: energy and electricity share one noise term, so they correlate.
            var resourceNoise = rng.NextNormal();
            v[Energy] = Round(revenue * industry.Energy * EnergyScale * Math.Exp((0.45 * resourceNoise) - (0.15 * efficiency)), 2);
            v[Electricity] = Round(revenue * industry.Electricity * Math.Exp((0.35 * resourceNoise) + (0.25 * rng.NextNormal()) - (0.1 * efficiency)), 2);
            v[Water] = Round(revenue * industry.Water * Math.Exp(0.5 * rng.NextNormal()), 1);

            // Emissions: polluting industries only; others report 0, or (small firms) nothing.
            var emissionNoise = Math.Exp((0.5 * rng.NextNormal()) - (0.2 * efficiency));
            var nh3Share = rng.NextDouble(0.08, 0.15);
            var permitHeadroom = rng.NextDouble(1.1, 1.8);
            var unreported = !above && rng.Chance(0.5);
            if (industry.Polluting)
            {
                var cod = revenue * industry.Cod * emissionNoise;
                var so2 = revenue * industry.So2 * emissionNoise;
                var nox = revenue * industry.Nox * emissionNoise;
                v[Cod] = Round(cod, 3);
                v[Nh3] = Round(cod * nh3Share, 3);
                v[So2] = Round(so2, 3);
                v[Nox] = Round(nox, 3);
                v[Permitted] = Round((cod + (cod * nh3Share) + so2 + nox) * permitHeadroom, 3);
            }
            else
            {
                var none = unreported ? double.NaN : 0;
                v[Cod] = none;
                v[Nh3] = none;
                v[So2] = none;
                v[Nox] = none;
                v[Permitted] = double.NaN;
            }

            // R&D, retrofit investment.
            var rdDraw = rng.NextDouble();
            var doesRd = rng.Chance(above ? 0.7 : 0.4);
            var rdRate = highTech ? 0.03 + (0.035 * rdDraw) : doesRd ? 0.002 + (0.028 * rdDraw) : 0;
            v[Rd] = Round(revenue * rdRate, 2);
            var retrofitDraw = rng.NextDouble();
            v[Retrofit] = rng.Chance(above ? 0.4 : 0.1) ? Round(revenue * (0.005 + (0.055 * retrofitDraw)), 2) : 0;

            // Leasing.
            var leasedInDraw = rng.NextDouble();
            v[LeasedIn] = rng.Chance(options.LeasedInShare) ? Round(land * (0.1 + (0.9 * leasedInDraw)), 2) : 0;
            var leasedOutDraw = rng.NextDouble();
            if (rng.Chance(above ? options.LeasedOutShare : options.LeasedOutShare / 2))
            {
                v[LeasedOut] = Round(land * (0.05 + (0.45 * leasedOutDraw)), 2);
                var lessees = 1;
                while (lessees < 8 && rng.Chance(0.45))
                {
                    lessees++;
                }

                v[LesseeCount] = lessees;
            }
            else
            {
                v[LeasedOut] = 0;
                v[LesseeCount] = 0;
            }

            // Missing values: a fixed number of draws per firm whatever the rates, so rates do not shift streams.
            for (var m = 0; m < v.Length; m++)
            {
                var rate = m == Land ? options.MissingLandRate : m == Revenue ? options.MissingRate / 10 : options.MissingRate;
                if (rng.Chance(rate))
                {
                    v[m] = double.NaN;
                }
            }

            if (!above && rng.Chance(options.BelowSizeEnergyMissingRate))
            {
                v[Energy] = double.NaN;
            }

            int? reportedStartYear = rng.Chance(options.MissingRate) ? null : startYear;

            // Name and id.
            var prefix = namePrefixes.Length == 0 || rng.Chance(0.6) ? regionShortNames[region] : namePrefixes[rng.NextInt(namePrefixes.Length)];
            var suffix = listed || (above && rng.Chance(0.1)) ? "股份有限公司" : "有限公司";
            var name = string.Concat(prefix, BrandFirst[rng.NextInt(BrandFirst.Length)], BrandSecond[rng.NextInt(BrandSecond.Length)], industry.Word, suffix);
            var id = MakeId(index, divisionCodes[region]);

            return new FirmIdentity(
                id,
                name,
                regions[region],
                platformNames[region][platform],
                industry.Code,
                above ? SizeClass.AboveDesignatedSize : SizeClass.BelowDesignatedSize,
                reportedStartYear);
        }

        private static void AddTagIf(List<string> tags, bool condition, string tag)
        {
            if (condition)
            {
                tags.Add(tag);
            }
        }


        private string MakeId(int index, string divisionCode)
        {
            Span<char> code = stackalloc char[18];
            code[0] = '9'; // registered with 市场监督管理 (工商)
            code[1] = '1'; // enterprise
            divisionCode.AsSpan().CopyTo(code[2..]);
            code[8] = 'M';
            code[9] = 'A';
            var k = ((idMultiplier * (ulong)index) + idOffset) % OrganisationCodeSpace;
            for (var p = 15; p >= 10; p--)
            {
                code[p] = UnifiedSocialCreditCode.Alphabet[(int)(k % 31)];
                k /= 31;
            }

            code[16] = UnifiedSocialCreditCode.ComputeOrganizationCheckDigit(code.Slice(8, 8));
            code[17] = UnifiedSocialCreditCode.ComputeCheckCharacter(code[..17]);
            return new string(code);
        }
    }
}
