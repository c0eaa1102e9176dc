using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnterpriseScoring.Results;

/// <summary>
/// <c>JsonSerializer.Serialize(evaluation)</c> with any options: writes the evaluation document (<see cref="EvaluationJson"/>).
/// An evaluation is not read from JSON: read the document as <see cref="EvaluationDocument"/>.
/// </summary>
internal sealed class EvaluationJsonConverter : JsonConverter<Evaluation>
{
    public override Evaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An Evaluation cannot be read from JSON: read the document as EvaluationDocument (ResultsJsonContext.Default.EvaluationDocument), or evaluate the firms again.");

    public override void Write(Utf8JsonWriter writer, Evaluation value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, EvaluationJson.ToDocument(value), ResultsJsonContext.Default.EvaluationDocument);
}
