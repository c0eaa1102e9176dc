using BenchmarkDotNet.Attributes;
using EnterpriseScoring.Land;
using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Performance;

/// <summary>
/// Full evaluation with shared parcels merged (<see cref="SharedParcelMerge"/>): the synthetic city with 30% of the
/// firms on parcels of three (rows 10k, 10k + 1, 10k + 2 share one), against the same city and profile without the
/// merge. Shows what grouping, the unit table and spreading the results back cost on top of the evaluation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SharedParcelBenchmarks
{
    private FirmTable table = FirmTable.Empty;
    private Evaluator plain = null!;
    private Evaluator merging = null!;

    /// <summary>The number of firms.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Firms))]
    public int Firms { get; set; }

    /// <summary>Generates the city, assigns the parcels and compiles both profiles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var city = SyntheticCity.Default(Firms, BenchmarkSizes.Seed);
        var builder = new FirmTableBuilder(city.Measures, city.Count);
        for (var row = 0; row < city.Count; row++)
        {
            var firm = city.GetFirm(row);
            var parcel = row % 10 < 3 ? "P" + (row / 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            builder.Add(new Firm
            {
                Id = firm.Id,
                Name = firm.Name,
                Region = firm.Region,
                Platform = firm.Platform,
                IndustryCode = firm.IndustryCode,
                SizeClass = firm.SizeClass,
                StartYear = firm.StartYear,
                Parcel = parcel,
                Measures = firm.Measures,
                Tags = firm.Tags,
            });
        }

        table = builder.Build();
        plain = new Evaluator(ZhejiangProfile.Create());
        merging = new Evaluator(ZhejiangProfile.Create(new SharedParcelMerge()));
    }

    /// <summary>The same table evaluated without merging (the parcel column is ignored).</summary>
    [Benchmark(Baseline = true)]
    public Evaluation WithoutMerge() => plain.Evaluate(table);

    /// <summary>Firms of a parcel evaluated together.</summary>
    [Benchmark]
    public Evaluation WithMerge() => merging.Evaluate(table);
}
