using System.Text.Encodings.Web;
using System.Text.Json;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Results;

/// <summary>
/// Writes an <see cref="Evaluation"/> as its JSON document (<see cref="EvaluationDocument"/>, docs/results-format.md "The
/// evaluation as JSON"): UTF-8, camelCase keys, Chinese text as it is, numbers as the shortest text that round-trips,
/// missing figures <c>null</c>, firms in table order. Source generated (<see cref="ResultsJsonContext"/>): no reflection.
/// <c>JsonSerializer.Serialize(evaluation)</c> writes the same document.
/// </summary>
/// <example>
/// <code>
/// EvaluationJson.Write(evaluation, "evaluation.json", indented: true);
/// var text = EvaluationJson.ToJson(evaluation);
/// </code>
/// </example>
/// <remarks>Thread-safe. The same evaluation gives the same bytes.</remarks>
public static class EvaluationJson
{
    /// <summary>The document's <see cref="EvaluationDocument.Format"/>: the format's name and version.</summary>
    public const string FormatName = "escore-evaluation/1";

    /// <summary>The <see cref="EvaluationDocumentGroup.Group"/> of the total over all firms, as summary.csv labels it.</summary>
    public const string TotalGroup = "(total)";

    /// <summary>The keys of <see cref="EvaluationDocument.Groups"/>, in order.</summary>
    private static readonly GroupKey[] GroupKeys = [GroupKey.Pool, GroupKey.Region, GroupKey.Platform, GroupKey.Industry];

    /// <summary>The document of <paramref name="evaluation"/>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static EvaluationDocument ToDocument(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var profile = evaluation.Profile;
        var statuses = evaluation.StatusCounts;
        var tiers = evaluation.TierCounts;
        var flat = evaluation.ToFlatResults();
        return new EvaluationDocument(
            FormatName,
            new EvaluationDocumentProfile(profile.Name, profile.Jurisdiction, profile.EvaluationYear, ProfileSha256(profile)),
            new EvaluationDocumentSummary(
                evaluation.Table.Count,
                statuses[FirmStatus.Rated],
                Enum.GetValues<FirmStatus>().ToDictionary(ResultsCsvFormat.StatusCode, s => statuses[s]),
                profile.Tiers.AllTiers.ToDictionary(t => profile.Tiers.CodeOf(t), t => tiers[t])),
            [.. evaluation.Pools.Select(p => new EvaluationDocumentPool(
                p.Id,
                p.Name,
                p.FirmCount,
                p.RatedCount,
                p.WeightNote,
                [.. p.Indicators.Select(i => new EvaluationDocumentIndicator(i.IndicatorId, i.ChineseName, i.Weight, i.Benchmark?.Value is { } b && double.IsFinite(b) ? b : null, i.Note))]))],
            flat.IndicatorIds,
            flat)
        {
            Groups = [.. GroupSummary.By(evaluation, GroupKeys).Select(g => new EvaluationDocumentGroups(
                g.Key.ToString().ToLowerInvariant(),
                [.. g.Rows.Select(r => GroupOf(r, r.Group, profile.Tiers))],
                GroupOf(g.Total, TotalGroup, profile.Tiers)))],
        };
    }

    /// <summary>The document of <paramref name="evaluation"/> as JSON text.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF); compact otherwise.</param>
    public static string ToJson(Evaluation evaluation, bool indented = false)
    {
        using var buffer = new MemoryStream();
        Write(evaluation, buffer, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the document of <paramref name="evaluation"/> to <paramref name="stream"/> as UTF-8 without a byte order mark (left open, flushed).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF); compact otherwise.</param>
    public static void Write(Evaluation evaluation, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(evaluation, writer);
    }

    /// <summary>
    /// Writes the document of <paramref name="evaluation"/> to the file at <paramref name="path"/> through a temporary file
    /// in the same directory renamed over it once complete: a failed write leaves the file as it was.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="path">The file.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF); compact otherwise.</param>
    public static void Write(Evaluation evaluation, string path, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFileOutput.WriteAsync(path, (stream, _) => Write(evaluation, stream, indented), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes the document of <paramref name="evaluation"/> to <paramref name="writer"/> (flushed), with the writer's options.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="writer">The destination.</param>
    public static void Write(Evaluation evaluation, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToDocument(evaluation), ResultsJsonContext.Default.EvaluationDocument);
        writer.Flush();
    }

    private static EvaluationDocumentGroup GroupOf(GroupSummaryRow row, string group, Classification.TierSet tiers) => new(
        group,
        row.Firms,
        row.StatusCounts[FirmStatus.Rated],
        Enum.GetValues<FirmStatus>().ToDictionary(ResultsCsvFormat.StatusCode, s => row.StatusCounts[s]),
        tiers.AllTiers.ToDictionary(t => tiers.CodeOf(t), t => row.TierCounts[t]),
        row.Untiered,
        row.TaxPerMu,
        row.ValueAddedPerMu,
        row.RevenuePerMu,
        row.Land,
        row.DLand,
        row.DLandShare);

    /// <summary>SHA-256 of the profile's canonical JSON, or null when a custom component cannot be written.</summary>
    private static string? ProfileSha256(EvaluationProfile profile)
    {
        try
        {
            return ProfileWriter.Sha256(profile);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
