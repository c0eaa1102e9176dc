#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/EnterpriseScoring/EnterpriseScoring.csproj
#:project ../../src/EnterpriseScoring.Extensions.DependencyInjection/EnterpriseScoring.Extensions.DependencyInjection.csproj
// Run from the repository root: dotnet run docs/samples/score-service.cs -- --urls http://127.0.0.1:5080
// Then: curl -X POST -H 'Content-Type: text/csv' --data-binary @seeds/data/sample-city.csv \
//         'http://127.0.0.1:5080/score?profile=zhejiang-six-indicators'
// A minimal API that scores an uploaded CSV under a profile and streams the results as JSON; when the client
// disconnects, reading, evaluating and writing stop (docs/embedding.md). The profiles and their compiled evaluators come
// from the dependency-injection package: the built-in profiles, plus every NAME.json of a folder given as
// `--profiles DIR` (a changed file is picked up at the next request).
using System.Globalization;
using System.Text.Json;
using EnterpriseScoring;
using EnterpriseScoring.Extensions.DependencyInjection;
using EnterpriseScoring.IO;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddEnterpriseScoring(options =>
{
    if (builder.Configuration["profiles"] is { Length: > 0 } folder)
    {
        options.ProfileDirectories.Add(folder);
    }
});
var app = builder.Build();
var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EnterpriseScoring");
var stats = new ServiceStats();

// One evaluator per profile version, compiled on first use and shared by every request (EvaluatorCache, a singleton; an
// Evaluator is immutable and thread-safe); the container's logger reaches the evaluators.
app.MapPost("/score", async (HttpContext context, string profile, ConfiguredProfileCatalog catalog, EvaluatorCache evaluators) =>
{
    var aborted = context.RequestAborted;
    if (!catalog.Contains(profile))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsync($"no profile '{profile}'; profiles: {string.Join(", ", catalog.Names)}\n", aborted);
        return;
    }

    Evaluator evaluator;
    try
    {
        evaluator = evaluators.Get(profile).Evaluator;
    }
    catch (ProfileException e)
    {
        // A profile file in the folder that does not compile: every problem, with its JSON path.
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsync(e.Message + "\n", aborted);
        return;
    }

    Interlocked.Increment(ref stats.InFlight);
    try
    {
        // Asynchronous reads of the request body only; the records are parsed on a worker thread.
        var read = await FirmCsvReader.ReadAsync(context.Request.Body, new FirmCsvReaderOptions { Logger = logger }, cancellationToken: aborted);
        var evaluation = evaluator.Evaluate(read.Table, null, aborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        await WriteJsonAsync(context.Response.BodyWriter, profile, read, evaluation, aborted);
        Interlocked.Increment(ref stats.Completed);
    }
    catch (Exception e) when (e is OperationCanceledException && aborted.IsCancellationRequested || e is BadHttpRequestException)
    {
        // The client went away (RequestAborted), or cut its upload off (Kestrel's "unexpected end of request content"):
        // nothing more is read, evaluated or written.
        Interlocked.Increment(ref stats.Cancelled);
    }
    catch (FirmDataException e)
    {
        context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await context.Response.WriteAsync(e.Message + "\n", aborted);
    }
    finally
    {
        Interlocked.Decrement(ref stats.InFlight);
    }
});

// Counters for monitoring (and for CI's check that a disconnected request stops).
app.MapGet("/stats", () => Results.Text(string.Create(
    CultureInfo.InvariantCulture,
    $"completed={Volatile.Read(ref stats.Completed)} cancelled={Volatile.Read(ref stats.Cancelled)} in_flight={Volatile.Read(ref stats.InFlight)}\n")));

app.Run();

// Streams {"profile", "results": [{id, name, pool, status, score, rank, tier, tier_label}…], "rejections": [{line, id,
// column, value, reason}…]} to the response, flushing every 256 firms: the client sees results while the rest is written.
static async Task WriteJsonAsync(System.IO.Pipelines.PipeWriter body, string profile, FirmReadResult read, Evaluation evaluation, CancellationToken aborted)
{
    using var json = new Utf8JsonWriter(body);
    json.WriteStartObject();
    json.WriteString("profile", profile);
    json.WriteStartArray("results");
    var written = 0;
    foreach (var result in evaluation.Results)
    {
        json.WriteStartObject();
        json.WriteString("id", result.Id);
        json.WriteString("name", result.Name);
        json.WriteString("pool", result.PoolId);
        json.WriteString("status", ResultsCsvFormat.StatusCode(result.Status));
        WriteNumber(json, "score", result.Total);
        WriteNumber(json, "rank", result.Rank);
        json.WriteString("tier", ResultsCsvFormat.TierCode(result.Tier));
        json.WriteString("tier_label", result.TierLabel);
        json.WriteEndObject();
        if (++written % 256 == 0)
        {
            json.Flush();
            await body.FlushAsync(aborted);
        }
    }

    json.WriteEndArray();
    json.WriteStartArray("rejections");
    foreach (var issue in read.Rejections)
    {
        json.WriteStartObject();
        json.WriteNumber("line", issue.Line);
        json.WriteString("id", issue.Id);
        json.WriteString("column", issue.Column);
        json.WriteString("value", issue.Value);
        json.WriteString("reason", issue.Reason);
        json.WriteEndObject();
    }

    json.WriteEndArray();
    json.WriteEndObject();
    json.Flush();
    await body.FlushAsync(aborted);
}

static void WriteNumber(Utf8JsonWriter json, string name, double? value)
{
    if (value is { } v)
    {
        json.WriteNumber(name, v);
    }
    else
    {
        json.WriteNull(name);
    }
}

/// <summary>Request counters, updated with interlocked operations.</summary>
internal sealed class ServiceStats
{
    public int Completed;
    public int Cancelled;
    public int InFlight;
}
