using BenchmarkDotNet.Attributes;

namespace EnterpriseScoring.Performance;

/// <summary>Building a columnar table row by row, the path every reader takes.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FirmTableBuildBenchmarks
{
    private double[][] rows = [];
    private FirmIdentity[] identities = [];

    [Params(10_000)]
    public int Firms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        rows = new double[Firms][];
        identities = new FirmIdentity[Firms];
        for (var i = 0; i < Firms; i++)
        {
            rows[i] = [random.NextDouble() * 50, random.NextDouble() * 500, random.NextDouble() * 2000];
            identities[i] = new FirmIdentity($"F{i:D8}", $"Firm {i}", "R" + (i % 7), "P" + (i % 3), "C33", SizeClass.AboveDesignatedSize, 2010);
        }
    }

    [Benchmark]
    public FirmTable Build()
    {
        var builder = new FirmTableBuilder([KnownMeasures.LandArea, KnownMeasures.Tax, KnownMeasures.Revenue], Firms);
        for (var i = 0; i < rows.Length; i++)
        {
            builder.Add(identities[i], rows[i]);
        }

        return builder.Build();
    }
}
