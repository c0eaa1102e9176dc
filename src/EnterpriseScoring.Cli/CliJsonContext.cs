using System.Text.Json.Serialization;

namespace EnterpriseScoring.Cli;

/// <summary>
/// The source-generated metadata of the tool's JSON (<see cref="CliJson"/>): the run record (run.json) and the values a
/// log line's fields hold. A log field of a type not listed here fails loudly (<see cref="NotSupportedException"/>) rather
/// than falling back to reflection; <c>CliJsonContextTests</c> checks the fields the tool writes.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunRecord))]
[JsonSerializable(typeof(Commands.ScorecardRunRecord))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
