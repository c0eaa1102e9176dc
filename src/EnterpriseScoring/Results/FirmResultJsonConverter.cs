using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnterpriseScoring.Results;

/// <summary>
/// <c>JsonSerializer.Serialize(firmResult)</c> with any options: writes the firm's <see cref="FlatResult"/> (statuses and
/// tiers as text). A firm result is not read from JSON: read a <see cref="FlatResult"/>.
/// </summary>
internal sealed class FirmResultJsonConverter : JsonConverter<FirmResult>
{
    public override FirmResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A FirmResult cannot be read from JSON: read it as FlatResult (ResultsJsonContext.Default.FlatResult).");

    public override void Write(Utf8JsonWriter writer, FirmResult value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToFlat(), ResultsJsonContext.Default.FlatResult);
}
