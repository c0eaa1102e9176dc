using System.Globalization;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Samples;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Embedding;

/// <summary>
/// Cancellation of evaluation and of the writers: a cancelled call stops at its next check and leaves nothing
/// half-written; an uncancelled call gives exactly the bytes of the synchronous API.
/// </summary>
public class CancellationTests : TempFolderTest
{
    private static readonly Lazy<FirmTable> City = new(() => SyntheticCity.Default(20_000, 7));

    [TestCase(1)]
    [TestCase(-1)]
    public void Evaluate_TokenCancelledByAStage_StopsBeforeTheNextStage(int degree)
    {
        using var cts = new CancellationTokenSource();
        var benchmark = new CancellingBenchmark(cts);
        var profile = WithFirstBenchmark(ProfileCatalog.Get("zhejiang-six-indicators"), benchmark);
        var evaluator = new Evaluator(profile, new EvaluatorOptions { MaxDegreeOfParallelism = degree });

        var error = Assert.Catch<OperationCanceledException>(() => evaluator.Evaluate(City.Value, null, cts.Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.CancellationToken, Is.EqualTo(cts.Token));
            Assert.That(benchmark.Calls, Is.EqualTo(1), "no later stage, pass or pool ran after the cancellation");
        });
    }

    [Test]
    public void Evaluate_AlreadyCancelled_Throws_UncancelledGivesTheSameResults()
    {
        var evaluator = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators"));
        using var cts = new CancellationTokenSource();
        var withToken = evaluator.Evaluate(City.Value, null, cts.Token);
        var without = evaluator.Evaluate(City.Value);
        cts.Cancel();

        Assert.Catch<OperationCanceledException>(() => evaluator.Evaluate(City.Value, null, cts.Token));
        Assert.That(Bytes(withToken), Is.EqualTo(Bytes(without)));
    }

    [Test]
    public async Task ResultsWriteAsync_Stream_SameBytesAsWrite_WithAsyncWritesOnly()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(City.Value);
        var stream = new AsyncOnlyStream([]);

        await ResultsCsvWriter.WriteAsync(evaluation, stream);

        Assert.That(stream.Written.ToArray(), Is.EqualTo(Bytes(evaluation)));
    }

    [Test]
    public async Task ResultsWriteAsync_StreamCancelledAfterTheFirstWrite_StopsBeforeTheEnd()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(City.Value);
        var total = Bytes(evaluation).Length;
        using var cts = new CancellationTokenSource();
        var stream = new AsyncOnlyStream([], afterWrite: _ => cts.Cancel());

        var error = await Assert.CatchAsync<OperationCanceledException>(() => ResultsCsvWriter.WriteAsync(evaluation, stream, cancellationToken: cts.Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.CancellationToken, Is.EqualTo(cts.Token));
            Assert.That(stream.Written.Length, Is.LessThan(total));
        });
    }

    [Test]
    public async Task ResultsWriteAsync_Path_SameBytesAsWrite_NoTemporaryFileLeft()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(City.Value);
        var path = Path.Combine(Folder, "results.csv");

        await ResultsCsvWriter.WriteAsync(evaluation, path);

        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(Bytes(evaluation)));
        Assert.That(Directory.GetFiles(Folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public async Task ResultsWriteAsync_PathCancelled_LeavesThePreviousFileAndNoTemporaryFile()
    {
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(City.Value);
        var path = Path.Combine(Folder, "results.csv");
        await File.WriteAllTextAsync(path, "previous run");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(() => ResultsCsvWriter.WriteAsync(evaluation, path, cancellationToken: cts.Token));

        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("previous run"));
        Assert.That(Directory.GetFiles(Folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public async Task AtomicFileOutput_CancelledAfterHalfTheBytes_LeavesThePreviousFileAndNoTemporaryFile()
    {
        var path = Path.Combine(Folder, "results.csv");
        await File.WriteAllTextAsync(path, "previous run");
        using var cts = new CancellationTokenSource();

        await Assert.CatchAsync<OperationCanceledException>(() => AtomicFileOutput.WriteAsync(
            path,
            (stream, token) =>
            {
                stream.Write(new byte[100_000]);
                stream.Flush();
                cts.Cancel();
                token.ThrowIfCancellationRequested();
            },
            cts.Token));

        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("previous run"));
        Assert.That(Directory.GetFiles(Folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public async Task RowIssueWriteAsync_PathCancelledMidWrite_LeavesNothing_UncancelledSameBytes()
    {
        var issues = Enumerable.Range(0, 5000).Select(i => Rejection(i + 2)).ToArray();
        var path = Path.Combine(Folder, "rejects.csv");
        using var cts = new CancellationTokenSource();

        await Assert.CatchAsync<OperationCanceledException>(() => RowIssueCsvWriter.WriteAsync(Cancelling(issues, cts, 2000), path, cancellationToken: cts.Token));
        Assert.That(Directory.GetFiles(Folder), Is.Empty, "no target, no temporary file");

        await RowIssueCsvWriter.WriteAsync(issues, path);
        using var expected = new MemoryStream();
        RowIssueCsvWriter.Write(issues, expected);
        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(expected.ToArray()));

        var stream = new AsyncOnlyStream([]);
        await RowIssueCsvWriter.WriteAsync(issues, stream);
        Assert.That(stream.Written.ToArray(), Is.EqualTo(expected.ToArray()));
    }

    private static RowIssue Rejection(int line) =>
        new(line, "X" + line.ToString(CultureInfo.InvariantCulture), "tax", "abc", RowIssueCode.UnparsableNumber, "not a number", IssueSeverity.Error);

    private static IEnumerable<RowIssue> Cancelling(IEnumerable<RowIssue> issues, CancellationTokenSource cts, int after)
    {
        var i = 0;
        foreach (var issue in issues)
        {
            if (i++ == after)
            {
                cts.Cancel();
            }

            yield return issue;
        }
    }

    private static byte[] Bytes(Evaluation evaluation)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream);
        return stream.ToArray();
    }

    private static EvaluationProfile WithFirstBenchmark(EvaluationProfile profile, IBenchmark benchmark)
    {
        var pool = profile.Pools[0];
        var indicators = pool.Indicators.ToArray();
        indicators[0] = indicators[0] with { Benchmark = benchmark };
        return profile with { Pools = [pool with { Indicators = indicators }, .. profile.Pools.Skip(1)] };
    }

    /// <summary>A benchmark (the pool mean) that cancels the evaluation's token when it is computed.</summary>
    private sealed class CancellingBenchmark(CancellationTokenSource cts) : IBenchmark
    {
        private int calls;

        public int Calls => calls;

        public string Name => "cancelling";

        public BenchmarkValue Compute(in BenchmarkInput input)
        {
            Interlocked.Increment(ref calls);
            cts.Cancel();
            return KnownBenchmarks.PoolMeanRatioOfSums.Compute(input);
        }
    }
}
