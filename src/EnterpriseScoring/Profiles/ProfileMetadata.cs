namespace EnterpriseScoring.Profiles;

/// <summary>
/// What a profile says about itself beyond the engine's object model: description, units, the policy documents it
/// is taken from, notes, and every number that is an assumption rather than published policy.
/// </summary>
/// <remarks>
/// A value: immutable in fact (lists are copied on initialisation), derived with <see langword="with"/>, equal by value
/// (lists item by item). It is part of the profile (<see cref="EvaluationProfile.Metadata"/>):
/// <see cref="ProfileLoader"/> and <see cref="ProfileBuilder"/> set it on the <see cref="EvaluationProfile"/> they create,
/// every copy keeps it, and <see cref="ProfileWriter.ToJson(EvaluationProfile)"/> writes it back.
/// </remarks>
public sealed record ProfileMetadata
{
    /// <summary>No metadata.</summary>
    public static ProfileMetadata Empty { get; } = new();

    /// <summary>One-line description shown by profile listings.</summary>
    public string? Description { get; init; }

    /// <summary>The money unit of the input data. <value>The default value is 万元.</value></summary>
    public string CurrencyUnit { get; init; } = "万元";

    /// <summary>The land unit of the input data. <value>The default value is 亩.</value></summary>
    public string AreaUnit { get; init; } = "亩";

    /// <summary>
    /// The header aliases of the input (the profile's <c>columns</c>): which export header holds which measure, in which
    /// unit. <see cref="IO.FirmCsvReaderOptions.ForProfile(EvaluationProfile)"/> passes them to the readers.
    /// </summary>
    public IReadOnlyList<ProfileColumn> Columns { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ProfileColumn>.Empty;

    /// <summary>The policy documents the profile is taken from.</summary>
    public IReadOnlyList<ProfileSource> Sources { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ProfileSource>.Empty;

    /// <summary>Free-text notes.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>Numbers and choices that are assumptions, each with the JSON path it applies to.</summary>
    public IReadOnlyList<ProfileAssumption> Assumptions { get; init => field = ReadOnlyCopy.List(value); } = ValueList<ProfileAssumption>.Empty;

    /// <summary>The metadata of <paramref name="profile"/> (<see cref="EvaluationProfile.Metadata"/>), or <see langword="null"/>.</summary>
    /// <param name="profile">The profile.</param>
    public static ProfileMetadata? Of(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Metadata;
    }
}

/// <summary>A policy document a profile takes figures from.</summary>
/// <param name="Document">Its 文号 (e.g. 浙政发〔2018〕5号) or title.</param>
/// <param name="Url">Where it was published, or null.</param>
/// <param name="What">What was taken from it, or null.</param>
public sealed record ProfileSource(string Document, string? Url = null, string? What = null);

/// <summary>A header alias of a profile (<c>columns</c>): an export's header that holds a measure.</summary>
/// <param name="Header">The header as the export writes it, e.g. <c>rd_expense</c>.</param>
/// <param name="Measure">The measure id it holds (built-in or one of the profile's custom measures).</param>
/// <param name="Unit">The unit of its values when the header names none, e.g. 元; <see langword="null"/> for the profile's
/// <c>currency_unit</c> / <c>area_unit</c> or the measure's unit.</param>
public sealed record ProfileColumn(string Header, string Measure, string? Unit = null);

/// <summary>A number or choice in a profile that is an assumption rather than published policy.</summary>
/// <param name="Path">The JSON path in the resolved profile, e.g. <c>$.pools[0].indicators[0].weight</c>.</param>
/// <param name="Note">Why it was assumed.</param>
public sealed record ProfileAssumption(string Path, string Note);
