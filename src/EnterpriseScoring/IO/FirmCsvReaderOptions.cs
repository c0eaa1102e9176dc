using System.Text;
using Microsoft.Extensions.Logging;

namespace EnterpriseScoring.IO;

/// <summary>Options of <see cref="FirmCsvReader"/> (the xlsx and database readers take the options that apply to them).</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Validated where used: the readers throw <see cref="ArgumentException"/> for an invalid delimiter or limit.</remarks>
public sealed record FirmCsvReaderOptions
{
    /// <summary>The default options.</summary>
    public static FirmCsvReaderOptions Default { get; } = new();

    /// <summary>
    /// The file's encoding; <see langword="null"/> detects it: a byte order mark decides, otherwise UTF-8 when the first
    /// bytes are valid UTF-8, otherwise GB18030. Detection refuses, with the likely cause, a file that looks like UTF-16
    /// without a byte order mark, Big5, an xlsx workbook or another binary file; give the encoding here to read UTF-16 or
    /// Big5 text (any encoding <see cref="System.Text.Encoding.GetEncoding(string)"/> knows, code pages included).
    /// Bytes that are not valid in the encoding become U+FFFD and are reported (<see cref="Validation.RowIssueCode.UndecodableText"/>).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (detect).</value>
    public Encoding? Encoding { get; init; }

    /// <summary>The field separator (an ASCII character). It is never guessed.</summary>
    /// <value>The default value is <c>','</c>.</value>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// Extra header spellings: header → target, where a target is a <see cref="FirmColumns"/> name (<c>id</c>, <c>name</c> …),
    /// a measure id (a well-known one, or a new custom measure id), <c>tag:&lt;tag&gt;</c> for a yes/no column, or
    /// <c>ignore</c>. Headers are matched after the same normalisation as the built-in ones (trimmed, unit suffix removed,
    /// ASCII case ignored) and take precedence over them.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyDictionary<string, string> HeaderAliases { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<string>();

    /// <summary>
    /// The unit of a column's values when its header names none: header → unit (e.g. <c>rd_expense</c> → <c>元</c>),
    /// matched after the same normalisation as <see cref="HeaderAliases"/>. It wins over <see cref="InputUnits"/>; a unit
    /// suffix in the file's header (<c>rd_expense(万元)</c>) wins over it. A profile's <c>columns</c> set it (see
    /// <see cref="ForProfile(EvaluationProfile)"/>).
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyDictionary<string, string> HeaderUnits { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<string>();

    /// <summary>Whether an id that is not a valid 统一社会信用代码 is only a warning (legacy ids); an empty id is always rejected.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool LenientIds { get; init; }

    /// <summary>The canonical names (or measure ids) of the columns the file must have; a missing one throws <see cref="MissingColumnException"/>.</summary>
    /// <value>The default value is <c>["id"]</c>.</value>
    public IReadOnlyList<string> RequiredColumns { get; init => field = ReadOnlyCopy.List(value); } = ReadOnlyCopy.List([FirmColumns.Id]);

    /// <summary>
    /// The units of the money and land columns whose headers name no unit (a header such as <c>用地面积(平方米)</c> or
    /// <c>实缴税金(元)</c> always wins). Values are converted on reading to the canonical units (万元, 亩); each conversion
    /// is reported in <see cref="FirmReadResult.Columns"/>. Set it from the profile's <c>currency_unit</c> and <c>area_unit</c>.
    /// </summary>
    /// <value>The default value is <see cref="InputUnits.Default"/> (万元, 亩: no conversion).</value>
    public InputUnits InputUnits { get; init; } = InputUnits.Default;

    /// <summary>
    /// The measure ids the caller needs (a profile's indicators and <c>custom_measures</c>). An unknown column whose
    /// header names one of them (after the usual normalisation) is read as that measure, with row-level rejections for
    /// cells that are not numbers, instead of being ignored as a whole; ids that no column provides are listed in
    /// <see cref="FirmReadResult.MissingMeasures"/>.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyCollection<string> ExpectedMeasures { get; init => field = ReadOnlyCopy.List(value); } = ValueList<string>.Empty;

    /// <summary>
    /// The longest field, in characters (UTF-16 code units, as written in the file: quotes included). A longer field
    /// rejects its record (<see cref="Validation.RowIssueCode.FieldTooLong"/>); reading goes on with the next record.
    /// </summary>
    /// <value>The default value is 32,767, Excel's limit for one cell: names, addresses and even a business scope
    /// (经营范围) are far shorter.</value>
    public int MaxFieldLength { get; init; } = DefaultMaxFieldLength;

    /// <summary>
    /// The longest record, in characters (all its fields, delimiters and quoted line breaks). A longer record is rejected
    /// (<see cref="Validation.RowIssueCode.RecordTooLong"/>); the reader never holds more than about three bytes per
    /// character of this limit for one record, so a file without line breaks cannot make it allocate without bound.
    /// </summary>
    /// <value>The default value is 1,048,576.</value>
    public int MaxRecordLength { get; init; } = DefaultMaxRecordLength;

    /// <summary>
    /// The most physical lines one record may span (a quoted field may hold line breaks). A quote still open after this
    /// many lines is either a stray quote (the line where it opened is rejected and reading goes on with the next line) or
    /// a field with too many line breaks (the whole record is rejected, <see cref="Validation.RowIssueCode.RecordTooManyLines"/>);
    /// see <c>docs/input-format.md</c>.
    /// </summary>
    /// <value>The default value is 20: a real cell holds a line break or two.</value>
    public int MaxRecordLines { get; init; } = DefaultMaxRecordLines;

    /// <summary>
    /// The most columns the header may have; a wider header makes the file unreadable (<see cref="FirmDataException"/>,
    /// with a bounded message), and a wider record is rejected as ragged.
    /// </summary>
    /// <value>The default value is 16,384, the widest sheet Excel can hold.</value>
    public int MaxColumns { get; init; } = DefaultMaxColumns;

    /// <summary>The default of <see cref="MaxFieldLength"/>.</summary>
    public const int DefaultMaxFieldLength = 32_767;

    /// <summary>The default of <see cref="MaxRecordLength"/>.</summary>
    public const int DefaultMaxRecordLength = 1 << 20;

    /// <summary>The default of <see cref="MaxRecordLines"/>.</summary>
    public const int DefaultMaxRecordLines = 20;

    /// <summary>The default of <see cref="MaxColumns"/>.</summary>
    public const int DefaultMaxColumns = 16_384;

    /// <summary>
    /// These options with what <paramref name="profile"/> says about its input: the money and land units
    /// (<c>currency_unit</c>, <c>area_unit</c>; 万元 and 亩 for a profile without <see cref="EvaluationProfile.Metadata"/>), its header aliases with their units (<c>columns</c>, added to
    /// <see cref="HeaderAliases"/> and <see cref="HeaderUnits"/>) and the measures it reads (<see cref="ExpectedMeasures"/>).
    /// Every reader (CSV, xlsx, database) then reads the input as the profile describes it; <c>escore</c> reads this way.
    /// </summary>
    /// <param name="profile">The profile the input is read for.</param>
    /// <returns>The options for reading under <paramref name="profile"/>.</returns>
    /// <exception cref="ArgumentException">A header of the profile's <c>columns</c> is also one of <see cref="HeaderAliases"/> with another target.</exception>
    public FirmCsvReaderOptions ForProfile(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var metadata = profile.Metadata ?? Profiles.ProfileMetadata.Empty;
        var aliases = new Dictionary<string, string>(HeaderAliases, StringComparer.Ordinal);
        var units = new Dictionary<string, string>(HeaderUnits, StringComparer.Ordinal);
        foreach (var column in metadata.Columns)
        {
            if (aliases.TryGetValue(column.Header, out var target) && target != column.Measure)
            {
                throw new ArgumentException($"Header '{column.Header}' is aliased to '{target}' by the reader options and to '{column.Measure}' by profile '{profile.Name}'.", nameof(profile));
            }

            aliases[column.Header] = column.Measure;
            if (column.Unit is { } unit)
            {
                units[column.Header] = unit;
            }
        }

        return this with
        {
            HeaderAliases = aliases,
            HeaderUnits = units,
            InputUnits = new InputUnits { Money = metadata.CurrencyUnit, Area = metadata.AreaUnit },
            ExpectedMeasures = [.. new Evaluator(profile).RequiredMeasures.Select(r => r.Measure.Id)],
        };
    }

    /// <summary>
    /// Receives what a read does: rows read, loaded and rejected with the duration (Information), the first rejection and
    /// the count (Warning), and the first warnings (Warning). Every reader uses it. See <see cref="Diagnostics.ScoringTelemetry"/>
    /// for the metrics and activities, which need no logger.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is logged.</value>
    public ILogger? Logger { get; init; }
}
