using EnterpriseScoring.Indicators;
using System.Text.Json;
using System.Text.Json.Serialization;
using EnterpriseScoring.Benchmarks;
using EnterpriseScoring.Classification;
using EnterpriseScoring.Land;
using EnterpriseScoring.Policies;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of the profile format: every DTO reachable from the roots below is
/// generated at compile time, so profiles load without reflection-based serialisation (trimmed and Native AOT apps, and a
/// faster first load). The options mirror <see cref="ProfileJson.Options"/>, which uses this context as its only resolver
/// and adds what an attribute cannot say (the relaxed encoder and the snake_case enum converters of
/// <see cref="EnumConverters"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ProfileDocument))]
[JsonSerializable(typeof(ConsequencesDto))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext
{
    /// <summary>The DTO types the profile format is read from: the roots, whose metadata reaches every other DTO.</summary>
    public static IReadOnlyList<Type> Roots { get; } = [typeof(ProfileDocument), typeof(ConsequencesDto)];

    /// <summary>
    /// The enum types of the DTOs, each written as its snake_case member name and read only from one (no integers): one
    /// generic converter per enum, because the non-generic <see cref="JsonStringEnumConverter"/> builds its converters with
    /// reflection at run time (not Native AOT safe). A DTO property of an enum type not listed here would read and write
    /// integers; <c>ProfileJsonContextTests</c> checks that every enum reachable from <see cref="Roots"/> is listed.
    /// </summary>
    /// <returns>New converters (an options instance takes ownership of its converters).</returns>
    public static JsonConverter[] EnumConverters() =>
    [
        Snake<BlankPollutantKind>(),
        Snake<BlankTermKind>(),
        Snake<BoundaryTies>(),
        Snake<Direction>(),
        Snake<DisplayRoundingKind>(),
        Snake<EligibilityOutcome>(),
        Snake<GrowthForm>(),
        Snake<HeadcountRounding>(),
        Snake<IndustryLevel>(),
        Snake<MeanKind>(),
        Snake<MissingPolicyKind>(),
        Snake<NegativePriorPolicy>(),
        Snake<NegativeValuePolicy>(),
        Snake<OverrideAction>(),
        Snake<ParcelAreaRule>(),
        Snake<PercentileDefinition>(),
        Snake<RankingScope>(),
        Snake<SizeClass>(),
        Snake<SurchargeBasis>(),
        Snake<Tier>(),
        Snake<TiePolicy>(),
    ];

    private static JsonStringEnumConverter<TEnum> Snake<TEnum>()
        where TEnum : struct, Enum => new(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
}
