using System.Text.Json.Serialization;

namespace EnterpriseScoring.Results;

/// <summary>
/// The source-generated System.Text.Json metadata of the flat results and the evaluation document: camelCase keys, every
/// key written (a missing figure is <c>null</c>), statuses and tiers as their results.csv codes (they are text in
/// <see cref="FlatResult"/>, so no enum is ever a number). No reflection: trimmed and Native AOT apps can use it.
/// </summary>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(evaluation.ToFlatResults()[0], ResultsJsonContext.Default.FlatResult);
/// var document = JsonSerializer.Deserialize(File.ReadAllText("evaluation.json"), ResultsJsonContext.Default.EvaluationDocument);
/// </code>
/// </example>
/// <remarks><see cref="EvaluationJson"/> writes an evaluation with it (and keeps Chinese text unescaped).</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(EvaluationDocument))]
[JsonSerializable(typeof(FlatResult))]
[JsonSerializable(typeof(IReadOnlyList<FlatResult>))]
public sealed partial class ResultsJsonContext : JsonSerializerContext;
