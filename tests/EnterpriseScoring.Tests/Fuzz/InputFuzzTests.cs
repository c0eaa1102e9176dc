using System.Text;
using System.Text.Json;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Tests.Cli;
using EnterpriseScoring.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Fuzz;

/// <summary>
/// Property tests that mutate the project's real input files (<see cref="InputMutations"/>) and check what docs/guarantees.md
/// promises for any input: no unhandled exception (a file that cannot be read at all is a <see cref="FirmDataException"/>
/// with a bounded message; a row that cannot be used is a rejection), nothing lost (rows read = loaded + rejected, one result
/// per loaded firm), no NaN or ∞ in a result, and bounded time and output.
/// </summary>
[TestFixture]
public class InputFuzzTests
{
    /// <summary>The longest message a file-level error or a rejection may carry.</summary>
    private const int MaxMessageLength = 4_000;

    private static readonly Lazy<byte[][]> Bases = new(() =>
    {
        var sample = File.ReadAllText(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8).ReplaceLineEndings("\n").Split('\n');
        return
        [
            File.ReadAllBytes(TestPaths.Seeds("data", "hand-checkable.csv")),
            File.ReadAllBytes(TestPaths.Seeds("data", "shared-parcel.csv")),
            Encoding.UTF8.GetBytes(string.Join('\n', sample.Take(41)) + "\n"),
            Encoding.UTF8.GetBytes(string.Join('\n', sample.Take(1).Concat(sample.Skip(1000).Take(30))) + "\n"),
        ];
    });

    private static readonly Lazy<Evaluator> Zhejiang = new(() => new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")));

    /// <summary>A case: which real file, then up to four mutations as seeds (the kind is the seed modulo the kind count).</summary>
    private static Arbitrary<(int File, int[] Seeds)> Cases() =>
        Gen.Choose(0, 3)
            .SelectMany(file => Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Select(seeds => (file, seeds.Take(4).ToArray())))
            .ToArbitrary();

    private static byte[] Mutate((int File, int[] Seeds) c)
    {
        var bytes = Bases.Value[c.File];
        foreach (var seed in c.Seeds)
        {
            bytes = InputMutations.Apply(bytes, seed % InputMutations.KindCount, seed);
        }

        return bytes;
    }

    private static string Describe((int File, int[] Seeds) c) =>
        $"file {c.File}, mutations [{string.Join(", ", c.Seeds.Select(s => $"{s % InputMutations.KindCount}@{s}"))}]";

    [Test]
    public void Read_MutatedRealFiles_NothingLostAndEveryResultFinite()
    {
        Prop.ForAll(Cases(), c =>
            {
                var bytes = Mutate(c);
                FirmReadResult read;
                try
                {
                    read = FirmCsvReader.Read(new MemoryStream(bytes));
                }
                catch (FirmDataException e)
                {
                    Assert.That(e.Message, Has.Length.LessThanOrEqualTo(MaxMessageLength), Describe(c));
                    return true;
                }

                Assert.Multiple(() =>
                {
                    Assert.That(read.RowsRead, Is.EqualTo(read.Table.Count + read.RejectedRowCount), "rows read = loaded + rejected: " + Describe(c));
                    Assert.That(read.Rejections.Select(r => r.Line).Distinct().Count(), Is.EqualTo(read.RejectedRowCount), "one rejected line per rejected row: " + Describe(c));
                    Assert.That(read.Rejections.Concat(read.Warnings).Max(i => (int?)i.ToString().Length) ?? 0, Is.LessThanOrEqualTo(MaxMessageLength), "bounded messages: " + Describe(c));
                    Assert.That(read.Rejections.Concat(read.Warnings).Max(i => (int?)i.Value.Length) ?? 0, Is.LessThanOrEqualTo(FirmCsvReaderOptions.DefaultMaxFieldLength), "a value is at most one field: " + Describe(c));
                    Assert.That(read.RowsRead, Is.LessThanOrEqualTo(PhysicalLines(bytes)), "a record is at least one line: " + Describe(c));
                });

                Evaluation evaluation;
                try
                {
                    evaluation = Zhejiang.Value.Evaluate(read.Table);
                }
                catch (FirmDataException e)
                {
                    // A file the profile cannot be computed on (e.g. a measure column it reads is gone) is a file-level error.
                    Assert.That(e.Message, Has.Length.LessThanOrEqualTo(MaxMessageLength), Describe(c));
                    return true;
                }

                Assert.That(evaluation.Results, Has.Count.EqualTo(read.Table.Count), "one result per loaded firm: " + Describe(c));
                foreach (var result in evaluation.Results)
                {
                    Assert.That(result.Total is null || double.IsFinite(result.Total.Value), Is.True, $"{result.Id} total {result.Total}: {Describe(c)}");
                }

                return true;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Test]
    public void Read_HugeHeaderCell_MessagesBoundedValuesAtMostOneField()
    {
        // A case the property found: a huge header cell (quoted in full in the ColumnIgnored warning before) and a stray line break.
        var bytes = Mutate((0, [1644694315, 1047269973, 337272143, 1682314737]));
        var read = FirmCsvReader.Read(new MemoryStream(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(read.RowsRead, Is.EqualTo(read.Table.Count + read.RejectedRowCount));
            Assert.That(read.Rejections.Concat(read.Warnings).Max(i => (int?)i.ToString().Length) ?? 0, Is.LessThanOrEqualTo(MaxMessageLength));
            Assert.That(read.Warnings.Single(w => w.Code == RowIssueCode.ColumnIgnored).Reason, Has.Length.LessThan(MaxMessageLength), "an over-long header is quoted shortened");
            Assert.That(read.Rejections.Concat(read.Warnings).Max(i => (int?)i.Value.Length) ?? 0, Is.LessThanOrEqualTo(FirmCsvReaderOptions.DefaultMaxFieldLength));
        });
    }

    [Test]
    public void Score_MutatedRealFiles_NoCrashAndBoundedOutput()
    {
        var root = Path.Combine(Path.GetTempPath(), "escore-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var run = 0;
        try
        {
            Prop.ForAll(Cases(), c =>
                {
                    var bytes = Mutate(c);
                    var input = Path.Combine(root, $"in{run}.csv");
                    var output = Path.Combine(root, $"out{run++}");
                    File.WriteAllBytes(input, bytes);
                    var (code, stdout, stderr) = CliRunner.Run("score", "--profile", "zhejiang-six-indicators", "--input", input, "--out", output, "--quiet");
                    Assert.That(code, Is.Not.EqualTo(4), $"exit 4 (a bug): {Describe(c)}\n{Head(stderr)}");
                    Assert.That(stderr.Length + stdout.Length, Is.LessThanOrEqualTo(50_000), "bounded console output: " + Describe(c));
                    if (Directory.Exists(output))
                    {
                        var size = Directory.EnumerateFiles(output).Sum(f => new FileInfo(f).Length);
                        Assert.That(size, Is.LessThanOrEqualTo((40L * bytes.Length) + 2_000_000), "bounded output size: " + Describe(c));
                        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "run.json")));
                        var counts = json.RootElement.GetProperty("counts");
                        Assert.That(
                            counts.GetProperty("read").GetInt32(),
                            Is.EqualTo(counts.GetProperty("loaded").GetInt32() + counts.GetProperty("rejectedOnInput").GetInt32()),
                            "run.json: read = loaded + rejected on input: " + Describe(c));
                        Directory.Delete(output, recursive: true);
                    }

                    File.Delete(input);
                    return true;
                })
                .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One more than the number of line feeds: the most records a file can hold.</summary>
    private static int PhysicalLines(byte[] bytes) => 1 + bytes.AsSpan().Count((byte)'\n') + bytes.AsSpan().Count((byte)'\r');

    private static string Head(string text) => text.Length <= 2_000 ? text : text[..2_000] + "…";
}
