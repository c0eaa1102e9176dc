using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using EnterpriseScoring.Diagnostics;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.Tests.Embedding;

/// <summary>
/// The metrics and activities of <see cref="ScoringTelemetry"/> as a <see cref="MeterListener"/> and an
/// <see cref="ActivityListener"/> (what OpenTelemetry uses) see them, and the log messages of the optional loggers.
/// </summary>
public class TelemetryTests
{
    private static readonly string SampleCity = TestPaths.Seeds("data", "sample-city.csv");

    [Test]
    public void Read_RecordsRowsReadAndRejectedPerFormat_AndAnActivity()
    {
        var csv = $"id,用地面积(亩),税收(万元)\n{CsvTestDataUscc(1)},10,5\n{CsvTestDataUscc(2)},abc,5\n,1,1\n";
        using var recorder = new MeasurementRecorder();
        using var activities = new ActivityRecorder();

        var result = FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Multiple(() =>
        {
            Assert.That(result.RowsRead, Is.EqualTo(3));
            Assert.That(recorder.Sum(ScoringTelemetry.RowsRead, (ScoringTelemetry.FormatTag, "csv")), Is.EqualTo(3));
            Assert.That(recorder.Sum(ScoringTelemetry.RowsRejected, (ScoringTelemetry.FormatTag, "csv")), Is.EqualTo(result.RejectedRowCount).And.EqualTo(2));
            Assert.That(recorder.Count(ScoringTelemetry.ReadDuration), Is.EqualTo(1));
            var read = activities.Stopped.Single(a => a.OperationName == ScoringTelemetry.ReadActivity);
            Assert.That(read.GetTagItem(ScoringTelemetry.FormatTag), Is.EqualTo("csv"));
            Assert.That(read.GetTagItem("escore.input.rows_rejected"), Is.EqualTo(2));
        });
    }

    [Test]
    public void Evaluate_RecordsDurationPerPool_FirmsPerTier_AndNestedActivities()
    {
        var table = FirmCsvReader.Read(SampleCity).Table;
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");
        var evaluator = new Evaluator(profile);
        using var recorder = new MeasurementRecorder();
        using var activities = new ActivityRecorder();

        var evaluation = evaluator.Evaluate(table);

        var profileTag = (ScoringTelemetry.ProfileTag, profile.Name);
        Assert.Multiple(() =>
        {
            Assert.That(recorder.Count(ScoringTelemetry.EvaluationDuration, profileTag), Is.EqualTo(1));
            foreach (var pool in profile.Pools)
            {
                Assert.That(recorder.Count(ScoringTelemetry.PoolEvaluationDuration, profileTag, (ScoringTelemetry.PoolTag, pool.Id)), Is.EqualTo(1), pool.Id);
            }

            foreach (var (tier, count) in evaluation.TierCounts)
            {
                Assert.That(recorder.Sum(ScoringTelemetry.FirmsTiered, profileTag, (ScoringTelemetry.TierTag, tier.ToString())), Is.EqualTo(count), tier.ToString());
            }

            Assert.That(recorder.Sum(ScoringTelemetry.FirmsTiered), Is.EqualTo(evaluation.TierCounts.Values.Sum()).And.GreaterThan(0));
            var root = activities.Stopped.Single(a => a.OperationName == ScoringTelemetry.EvaluateActivity);
            var pools = activities.Stopped.Where(a => a.OperationName == ScoringTelemetry.EvaluatePoolActivity).ToArray();
            Assert.That(pools.Select(a => a.GetTagItem(ScoringTelemetry.PoolTag)), Is.EquivalentTo(profile.Pools.Select(p => p.Id)));
            Assert.That(pools.Select(a => a.ParentSpanId), Is.All.EqualTo(root.SpanId), "pool activities are children of the evaluation's");
        });
    }

    [Test]
    public void Loggers_ReceiveReadAndEvaluationMessages()
    {
        var logger = new ListLogger();
        var csv = $"id,用地面积(亩),税收(万元),工业增加值(万元)\n{CsvTestDataUscc(1)},10,5,3\n{CsvTestDataUscc(2)},abc,5,3\n";
        var read = FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new FirmCsvReaderOptions { Logger = logger });
        var profile = ProfileCatalog.Get("zhejiang-six-indicators");
        var evaluator = new Evaluator(profile, new EvaluatorOptions { Logger = logger, AcceptMissingMeasures = [.. MissingMeasureIds(profile, read.Table)] });

        evaluator.Evaluate(read.Table);

        Assert.Multiple(() =>
        {
            Assert.That(logger.Messages, Has.Some.Matches<(LogLevel Level, int Id, string Text)>(m => m.Id == 1 && m.Level == LogLevel.Information && m.Text.Contains("Read 2 input rows (csv)") && m.Text.Contains("1 rejected")));
            Assert.That(logger.Messages, Has.Some.Matches<(LogLevel Level, int Id, string Text)>(m => m.Id == 2 && m.Level == LogLevel.Warning && m.Text.Contains("line 3")));
            Assert.That(logger.Messages, Has.Some.Matches<(LogLevel Level, int Id, string Text)>(m => m.Id == 12 && m.Level == LogLevel.Warning));
            Assert.That(logger.Messages, Has.Some.Matches<(LogLevel Level, int Id, string Text)>(m => m.Id == 10 && m.Text.Contains("Evaluated 1 firms under profile 'zhejiang-six-indicators'")));
            Assert.That(logger.Messages.Count(m => m.Id == 11), Is.EqualTo(profile.Pools.Count), "one Debug message per pool");
        });
    }

    [Test]
    public void TierSetOfTheProfile_NamesTheTiers_InMetricsActivitiesAndTheLog()
    {
        // A+ / A / B / C (乐清-style, no D): the A+ firms must not be counted as "A", nor the C firms as "D".
        var profile = ProfileLoader.Load(TestPaths.Seeds("data", "tiers.profile.json"));
        var table = FirmCsvReader.Read(TestPaths.Seeds("data", "rounding.csv")).Table;
        var logger = new ListLogger();
        using var recorder = new MeasurementRecorder();
        using var activities = new ActivityRecorder();

        var evaluation = new Evaluator(profile, new EvaluatorOptions { Logger = logger }).Evaluate(table);

        var set = profile.Tiers;
        var profileTag = (ScoringTelemetry.ProfileTag, profile.Name);
        Assert.Multiple(() =>
        {
            Assert.That(set.Codes, Is.EqualTo(new[] { "A+", "A", "B", "C" }));
            Assert.That(set.Levels.Select(t => evaluation.TierCounts.GetValueOrDefault(t)), Has.All.GreaterThan(0), "every tier of the set is used");
            foreach (var level in set.Levels)
            {
                Assert.That(recorder.Sum(ScoringTelemetry.FirmsTiered, profileTag, (ScoringTelemetry.TierTag, set.CodeOf(level))), Is.EqualTo(evaluation.TierCounts[level]), set.CodeOf(level));
            }

            Assert.That(recorder.Sum(ScoringTelemetry.FirmsTiered, profileTag, (ScoringTelemetry.TierTag, "D")), Is.Zero, "no tier D in this set");
            var root = activities.Stopped.Single(a => a.OperationName == ScoringTelemetry.EvaluateActivity);
            Assert.That(root.GetTagItem("escore.tier.A+"), Is.EqualTo(evaluation.TierCounts[set.Levels[0]]));
            var expected = "tiers " + string.Join(", ", set.Levels.Select(t => $"{set.CodeOf(t)} {evaluation.TierCounts[t]}"));
            Assert.That(logger.Messages.Single(m => m.Id == 10).Text, Does.EndWith(expected));
        });
    }

    [Test]
    public void Evaluate_Cancelled_LogsTheCancellation()
    {
        var logger = new ListLogger();
        var evaluator = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators"), new EvaluatorOptions { Logger = logger });
        var table = FirmCsvReader.Read(SampleCity).Table;
        using var cts = new CancellationTokenSource();
        using var activities = new ActivityRecorder(stopped => cts.Cancel(), ScoringTelemetry.EvaluatePoolActivity);

        Assert.Catch<OperationCanceledException>(() => evaluator.Evaluate(table, null, cts.Token));

        Assert.That(logger.Messages.Select(m => m.Id), Has.Member(13).And.No.Member(10));
        Assert.That(activities.Stopped.Single(a => a.OperationName == ScoringTelemetry.EvaluateActivity).Status, Is.EqualTo(ActivityStatusCode.Error));
    }

    private static string[] MissingMeasureIds(EvaluationProfile profile, FirmTable table) =>
        [.. new Evaluator(profile).FindMissingMeasures(table).Select(m => m.Measure.Id)];

    private static string CsvTestDataUscc(int n) => IO.CsvTestData.Uscc(n);

    /// <summary>Collects the measurements of the library's meter while it lives.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<(string Name, double Value, KeyValuePair<string, object?>[] Tags)> measurements = [];

        public MeasurementRecorder()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ScoringTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
            listener.Start();
        }

        public double Sum(string name, params (string Key, string Value)[] tags) => Matching(name, tags).Sum(m => m.Value);

        public int Count(string name, params (string Key, string Value)[] tags) => Matching(name, tags).Count();

        public void Dispose() => listener.Dispose();

        private IEnumerable<(string Name, double Value, KeyValuePair<string, object?>[] Tags)> Matching(string name, (string Key, string Value)[] tags)
        {
            lock (measurements)
            {
                return measurements.Where(m => m.Name == name && tags.All(t => m.Tags.Any(k => k.Key == t.Key && Equals(k.Value, t.Value)))).ToArray();
            }
        }

        private void Add(string name, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = tags.ToArray();
            lock (measurements)
            {
                measurements.Add((name, value, copy));
            }
        }
    }

    /// <summary>Collects the library's activities while it lives; optionally runs a callback when one of a name stops.</summary>
    private sealed class ActivityRecorder : IDisposable
    {
        private readonly ActivityListener listener;
        private readonly List<Activity> stopped = [];

        public ActivityRecorder(Action<Activity>? onStopped = null, string? name = null)
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == ScoringTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (stopped)
                    {
                        stopped.Add(activity);
                    }

                    if (name is null || activity.OperationName == name)
                    {
                        onStopped?.Invoke(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        public IReadOnlyList<Activity> Stopped
        {
            get
            {
                lock (stopped)
                {
                    return [.. stopped];
                }
            }
        }

        public void Dispose() => listener.Dispose();
    }

    /// <summary>A logger that keeps every message (all levels enabled).</summary>
    private sealed class ListLogger : ILogger
    {
        private readonly List<(LogLevel Level, int Id, string Text)> messages = [];

        public IReadOnlyList<(LogLevel Level, int Id, string Text)> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (messages)
            {
                messages.Add((logLevel, eventId.Id, formatter(state, exception)));
            }
        }
    }
}
