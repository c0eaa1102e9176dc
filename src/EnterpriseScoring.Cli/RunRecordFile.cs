using System.Globalization;
using System.Text.Json.Nodes;

namespace EnterpriseScoring.Cli;

/// <summary>
/// Reads the run.json that <c>escore score</c> writes beside a results file, for <c>escore compare</c> (the tier set it
/// was graded in, the corrections and decisions it applied). The folder is the user's, so its run.json is read like any
/// input: at most <see cref="MaxBytes"/> bytes, never a file of any size.
/// </summary>
internal static class RunRecordFile
{
    /// <summary>The largest run.json read (256 MiB: a run.json records the run's corrections and decisions, a few hundred
    /// bytes each, so a province's whole objection round fits many times over).</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>The path of the run.json beside <paramref name="results"/> (which may not exist).</summary>
    /// <param name="results">A results file.</param>
    public static string Beside(string results) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(results)) ?? ".", "run.json");

    /// <summary>The parsed JSON of <paramref name="path"/>.</summary>
    /// <param name="path">A run.json.</param>
    /// <exception cref="IOException">It cannot be read, or it is larger than <see cref="MaxBytes"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">It is not JSON.</exception>
    public static JsonNode? Parse(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > MaxBytes)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{stream.Length:N0} bytes, more than the {MaxBytes:N0} a run.json may have"));
        }

        return JsonNode.Parse(stream);
    }
}
