using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>Options of <see cref="FirmCsvReader"/>.</summary>
public sealed class FirmCsvReaderOptions
{
    /// <summary>The default options.</summary>
    public static FirmCsvReaderOptions Default { get; } = new();

    /// <summary>
    /// The file's encoding; <see langword="null"/> detects it: a byte order mark decides, otherwise UTF-8 when the first
    /// bytes are valid UTF-8, otherwise GB18030.
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
    public IReadOnlyDictionary<string, string> HeaderAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether an id that is not a valid 统一社会信用代码 is only a warning (legacy ids); an empty id is always rejected.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool LenientIds { get; init; }

    /// <summary>The canonical names (or measure ids) of the columns the file must have; a missing one throws <see cref="MissingColumnException"/>.</summary>
    /// <value>The default value is <c>["id"]</c>.</value>
    public IReadOnlyList<string> RequiredColumns { get; init; } = [FirmColumns.Id];

    /// <summary>
    /// The units of the money and land columns whose headers name no unit (a header such as <c>用地面积(平方米)</c> or
    /// <c>实缴税金(元)</c> always wins). Values are converted on reading to the canonical units (万元, 亩); each conversion
    /// is reported in <see cref="FirmCsvReadResult.Columns"/>. Set it from the profile's <c>currency_unit</c> and <c>area_unit</c>.
    /// </summary>
    /// <value>The default value is <see cref="InputUnits.Default"/> (万元, 亩: no conversion).</value>
    public InputUnits InputUnits { get; init; } = InputUnits.Default;

    /// <summary>
    /// The measure ids the caller needs (a profile's indicators and <c>custom_measures</c>). An unknown column whose
    /// header names one of them (after the usual normalisation) is read as that measure, with row-level rejections for
    /// cells that are not numbers, instead of being ignored as a whole; ids that no column provides are listed in
    /// <see cref="FirmCsvReadResult.MissingMeasures"/>.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyCollection<string> ExpectedMeasures { get; init; } = [];
}
