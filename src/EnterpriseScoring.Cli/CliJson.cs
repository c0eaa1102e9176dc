using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The JSON settings of the tool's machine-readable output (log lines, run.json): camelCase, readable Chinese, no NaN.
/// Types are resolved by the source-generated <see cref="CliJsonContext"/> only (no reflection-based serialisation).
/// </summary>
internal static class CliJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        TypeInfoResolver = CliJsonContext.Default,
    };

    /// <summary>The options for indented files.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
