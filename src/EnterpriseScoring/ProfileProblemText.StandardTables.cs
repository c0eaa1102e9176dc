using EnterpriseScoring.Validation;

namespace EnterpriseScoring;

/// <summary>
/// The forms of the problems of files a profile reads (base profiles and <c>standard_table.file</c>: refused, missing, too
/// large, not a regular file, not UTF-8) and of standard-value tables (<c>standard_table</c>: rows, size classes over one or
/// several measures, <c>missing_size</c>, and every bad line of a CSV file of rows), in Chinese.
/// </summary>
public static partial class ProfileProblemText
{
    /// <summary>A file or standard-value table problem in Chinese, names, paths, lines and numbers kept; null for a form this class does not know.</summary>
    private static string? TranslateFileOrTable(string message) =>
        MessageForm.FirstOf(FileAndTableForms, message) ?? message switch
        {
            "a standard-value table needs at least one row" => "标准值表至少需要一行",
            "size classes with thresholds on several measures name their measures in at_least: leave size_measure out" => "在多个数据项上设门槛的规模类别已在 at_least 中写明数据项：请删除 size_measure",
            "size_measure must be a measure id" => "size_measure 须为数据项 id",
            "missing_size must be \"all_sizes\" (a firm missing a size measure gets a 全行业 row) or \"no_row\" (it has no standard values)" => "missing_size 须为 \"all_sizes\"（缺少规模数据项的企业取全行业行）或 \"no_row\"（该企业没有标准值）",
            "a size class needs at_least: the smallest value of size_measure in it, or one per measure, all to be met" => "规模类别需要 at_least：该类别中 size_measure 的最小值，或每个数据项一个门槛（须全部满足）",
            "at_least names no measure" => "at_least 未列出任何数据项",
            "a threshold must be a number" => "门槛须为数字",
            "at_least must be a number or an object of one number per measure" => "at_least 须为数字，或每个数据项一个数字的对象",
            "standard_table must be an object {size_measure, size_classes, rows or file, missing_size}" => "standard_table 须为对象 {size_measure, size_classes, rows 或 file, missing_size}",
            "standard_table needs rows, or a file of rows" => "standard_table 需要 rows，或一个写有各行的文件（file）",
            "give rows or file, not both" => "rows 和 file 只能给出其一",
            "file_base64 without file: it holds the bytes of the file named by file, as the loader writes them" => "有 file_base64 却没有 file：file_base64 存放的是 file 所指文件的内容，由加载器写入",
            "file_base64 must be a string: the bytes of the file, base64, as the loader writes them" => "file_base64 须为字符串：即该文件内容的 base64 编码，由加载器写入",
            "file_base64 holds more than a data file may (16 MiB, ProfileResolver.MaxDataFileBytes)" => "file_base64 的内容超过数据文件的上限（16 MiB，ProfileResolver.MaxDataFileBytes）",
            "file_base64 is not base64" => "file_base64 不是有效的 base64 编码",
            "a row needs standards: five numbers, best band first (优秀, 良好, 平均, 较低, 较差)" => "每行需要 standards：五个数字，最好一档在前（优秀、良好、平均、较低、较差）",
            "file must be the path of a CSV file, relative to the profile file's folder" => "file 须为 CSV 文件的路径，相对于方案文件所在的文件夹",
            "applies to the banded form only" => "仅适用于分档形式（standards 或 standard_table）",
            "below_unacceptable applies to the formula form only: worse than 较差 scores 0 in the banded form." => "below_unacceptable 仅适用于公式形式：分档形式中差于较差值得 0 分。",
            "Give both satisfactory (满意值) and unacceptable (不允许值), or neither (then both come from the pool)." => "请同时给出满意值（satisfactory）和不允许值（unacceptable），或都不给（此时两者取自本分组）。",
            "a lower-is-better indicator scored by ratio_to_benchmark needs a cap" => "用 ratio_to_benchmark 计分的越低越好指标需要上限（cap）",
            "an industry_mean benchmark cannot be given with efficacy_coefficient's standard_table, which already takes each firm's standards from its industry × size row" => "industry_mean 基准值不能与 efficacy_coefficient 的 standard_table 同时使用：标准值表已按每家企业的行业 × 规模行给出其标准值",
            _ => null,
        };

    /// <summary>The reasons of a bad line of a standard-value CSV file, in Chinese.</summary>
    private static readonly MessageForm[] CsvReasonForms =
    [
        new(@"^not a number$", _ => "不是数字"),
        new(@"^not a GB/T 4754 门类 \(a letter A–T\) or 大类 \(2 digits, e\.g\. C26 or 26, the letter that of the digits\); blank or 默认 for a default row$", _ => "不是 GB/T 4754 门类（字母 A–T）或大类（2 位数字，如 C26 或 26，字母须与数字相符）；默认行请留空或写“默认”"),
        new(@"^the table defines no size_classes: leave 规模 blank or write 全行业$", _ => "该表未定义 size_classes：规模请留空或写“全行业”"),
        new(@"^no size class has this id or label; the classes are (?<list>.+), or 全行业 / blank for every size$", m => $"没有以此为 id 或名称的规模类别；规模类别有 {m.Groups["list"].Value}，不分规模请写“全行业”或留空"),
        new(@"^blank: a row needs all five standard values \((?<b>.+)\)$", m => $"为空：每行须有全部五个标准值（{m.Groups["b"].Value}）"),
        new(@"^a percentage: write the number in the indicator's own unit, without %$", _ => "是百分数：请按指标本身的单位写数值，不带 %"),
        new(@"^holds bytes that are not text in the file's encoding \(UTF-8 or GB18030\): save the file as UTF-8$", _ => "含有无法按文件编码（UTF-8 或 GB18030）解码的字节：请将文件另存为 UTF-8"),
        new(@"^row has (?<n>\d+) fields, the header has (?<h>\d+)$", m => $"该行有 {m.Groups["n"].Value} 个字段，表头有 {m.Groups["h"].Value} 个"),

        // The CSV reader's framing: a quote left open, a cell, record or field count over a limit (its own Chinese).
        new(@"^(?:unterminated|unbalanced) quote .+$", m => FramingReason(RowIssueCode.UnbalancedQuote, m.Value)),
        new(@"^.+MaxFieldLength.+$", m => FramingReason(RowIssueCode.FieldTooLong, m.Value)),
        new(@"^.+MaxRecordLength.+$", m => FramingReason(RowIssueCode.RecordTooLong, m.Value)),
        new(@"^.+MaxRecordLines.+$", m => FramingReason(RowIssueCode.RecordTooManyLines, m.Value)),
        new(@"^.+MaxColumns.+$", m => FramingReason(RowIssueCode.RaggedRow, m.Value)),
    ];

    /// <summary>Why the header of a standard-value CSV file cannot be read, in Chinese (the file readers' messages through <see cref="IO.InputErrorText"/>).</summary>
    private static readonly MessageForm[] CsvHeaderForms =
    [
        new(@"^缺少必需列 the (?<what>.+) has no column (?<cols>.+) \(required: (?<req>.*)\)\. Columns: (?<have>.*)\.$", m => $"缺少必需列：{TableNoun(m.Groups["what"].Value)}缺少列 {m.Groups["cols"].Value}（必需的列：{m.Groups["req"].Value}）。文件中的列：{m.Groups["have"].Value}。"),
        new(@"^两列含义相同 columns '(?<a>.*)' \(column (?<i>\d+)\) and '(?<b>.*)' \(column (?<j>\d+)\) of the (?<what>.+) both mean '(?<c>.*)'\.$", m => $"两列含义相同：{TableNoun(m.Groups["what"].Value)}的第 {m.Groups["i"].Value} 列“{m.Groups["a"].Value}”和第 {m.Groups["j"].Value} 列“{m.Groups["b"].Value}”都表示“{m.Groups["c"].Value}”。"),
        new(@"^(?<m>.+)$", m => IO.InputErrorText.IsTranslated(m.Value) ? IO.InputErrorText.Chinese(m.Value) : null),
    ];

    /// <summary>The forms of file and standard-value table problems, tried in order: the first that matches (and whose parts have Chinese) gives it.</summary>
    private static readonly MessageForm[] FileAndTableForms =
    [
        // Prefixes: the file of an extends chain that names the problem, and the key of the table it is under (each taken
        // once, and a file's line below without a quote in its name, so that a hostile name cannot make the walk recurse deeply).
        new(@"^in (?<f>.+?): (?!in )(?<rest>.+)$", m => Translate(m.Groups["rest"].Value) is { } rest ? $"在 {m.Groups["f"].Value} 中：{rest}" : null),
        new(@"^standard_table\.file '(?<r>.*)' is a file, and this profile is loaded without access to files$", m => $"standard_table.file“{m.Groups["r"].Value}”是文件，而此评价方案的加载方式不能读取文件"),
        new(@"^standard_table\.(?<p>\S+?): (?!in |standard_table\.)(?<rest>.+)$", m => Translate(m.Groups["rest"].Value) is { } rest ? $"standard_table.{m.Groups["p"].Value}：{rest}" : null),

        // A file refused, missing or unreadable (base profiles and data files).
        new(@"^'(?<r>.*)' is a file, and this profile is loaded without access to files$", m => $"“{m.Groups["r"].Value}”是文件，而此评价方案的加载方式不能读取文件"),
        new(@"^'(?<r>.*)' is a file, and (?<from>.+) may read no files$", m => $"“{m.Groups["r"].Value}”是文件，而 {m.Groups["from"].Value} 不能读取文件"),
        new(@"^file '(?<r>.*)' beside file_base64 must be a relative path of a \.csv file, without '\.\.', of at most (?<n>\d+) characters$", m => $"与 file_base64 一起给出的 file“{m.Groups["r"].Value}”须为 .csv 文件的相对路径，不含“..”，最多 {m.Groups["n"].Value} 个字符"),
        new(@"^'(?<r>.*)' is not named \.csv$", m => $"“{m.Groups["r"].Value}”的文件名不以 .csv 结尾：只读取 CSV 文件"),
        new(@"^'(?<r>.*)' is an absolute path; extends names a built-in profile or a path relative to the extending file, inside its folder$", m => $"“{m.Groups["r"].Value}”是绝对路径；extends 应为内置方案名，或相对于该文件、位于其所在文件夹内的路径"),
        new(@"^'(?<r>.*)' is an absolute path; (?<what>.+) is named by a path relative to the file naming it, inside its folder$", m => FileNoun(m.Groups["what"].Value) is { } what ? $"“{m.Groups["r"].Value}”是绝对路径；{what}须用相对于引用它的文件、位于其所在文件夹内的路径指定" : null),
        new(@"^'(?<r>.*)' leads out of the folder of (?<of>.+) \(by '\.\.'\); (?<what>.+) must be in the folder of the file naming it or below it$", m => FileNoun(m.Groups["what"].Value) is { } what ? $"“{m.Groups["r"].Value}”通过“..”指向 {m.Groups["of"].Value} 所在文件夹之外；{what}须位于引用它的文件所在的文件夹或其子文件夹中" : null),
        new(@"^'(?<r>.*)' is \(or passes through\) a symbolic link that leads out of the folder of (?<of>.+)$", m => $"“{m.Groups["r"].Value}”是（或经过）一个指向 {m.Groups["of"].Value} 所在文件夹之外的符号链接"),
        new(@"^'(?<r>.*)' is a folder, not (?<what>.+)$", m => FileNoun(m.Groups["what"].Value) is { } what ? $"“{m.Groups["r"].Value}”是文件夹，不是{what}" : null),
        new(@"^file '(?<r>.*)' not found \(looked in (?<in>.+)/\)$", m => $"找不到文件“{m.Groups["r"].Value}”（在 {m.Groups["in"].Value}/ 中查找）"),
        new(@"^file '(?<r>.*)' not found \(looked next to (?<next>.+)\)$", m => $"找不到文件“{m.Groups["r"].Value}”（在 {m.Groups["next"].Value} 所在的文件夹中查找）"),
        new(@"^'(?<r>.*)' not found$", m => $"找不到“{m.Groups["r"].Value}”"),
        new(@"^'(?<r>.*)' is empty or not a regular file \(a pipe, a device or a /proc file\): not read$", m => $"“{m.Groups["r"].Value}”为空或不是普通文件（管道、设备或 /proc 文件）：未读取"),
        new(@"^'(?<r>.*)' is not a regular file: not read$", m => $"“{m.Groups["r"].Value}”不是普通文件：未读取"),
        new(@"^'(?<r>.*)' cannot be read: (?<e>\S+)$", m => $"无法读取“{m.Groups["r"].Value}”：{m.Groups["e"].Value}"),
        new(@"^'(?<r>.*)' is (?<n>\d+) bytes, more than the (?<limit>\d+) bytes \((?<mib>\d+) MiB\) (?<what>.+) may have: not read$", m => FileNoun(m.Groups["what"].Value) is { } what ? $"“{m.Groups["r"].Value}”有 {m.Groups["n"].Value} 字节，超过{what}的上限 {m.Groups["limit"].Value} 字节（{m.Groups["mib"].Value} MiB）：未读取" : null),
        new(@"^'(?<r>.*)' is UTF-16 or UTF-32 text \(it starts with a byte-order mark (?<b>[0-9A-F]{2} [0-9A-F]{2})\); profiles are UTF-8$", m => $"“{m.Groups["r"].Value}”是 UTF-16 或 UTF-32 文本（以字节顺序标记 {m.Groups["b"].Value} 开头）；评价方案须为 UTF-8 编码"),
        new(@"^'(?<r>.*)' has a NUL byte at (?<at>.+): it is UTF-16 without a byte-order mark or a binary file, not a profile$", m => $"“{m.Groups["r"].Value}”在 {m.Groups["at"].Value} 处有 NUL 字节：它是不带字节顺序标记的 UTF-16 文本或二进制文件，不是评价方案"),
        new(@"^'(?<r>.*)' is not valid UTF-8: invalid byte at (?<at>.+)$", m => $"“{m.Groups["r"].Value}”不是有效的 UTF-8 文本：无效字节位于 {m.Groups["at"].Value}"),

        // A CSV file of standard values: its header, its lines, and the table's problems at a line.
        new(@"^'(?<f>.*)' line (?<l>\d+), column '(?<c>.*)', value '(?<v>.*)': (?<reason>.+)$", m => MessageForm.FirstOf(CsvReasonForms, m.Groups["reason"].Value) is { } reason
            ? $"“{m.Groups["f"].Value}”第 {m.Groups["l"].Value} 行，列“{m.Groups["c"].Value}”，值“{m.Groups["v"].Value}”：{reason}"
            : null),
        new(@"^'(?<f>.*)' line (?<l>\d+), column '(?<c>.*)': not a column of a standard-value table \(headers: (?<h>.*)\)$", m => $"“{m.Groups["f"].Value}”第 {m.Groups["l"].Value} 行，列“{m.Groups["c"].Value}”：不是标准值表的列（可用的列名：{m.Groups["h"].Value}）"),
        new(@"^'(?<f>[^']*)' line (?<l>\d+): (?!in |standard_table\.|'[^']*' line \d+: )(?<rest>.+)$", m => Translate(m.Groups["rest"].Value) is { } rest ? $"“{m.Groups["f"].Value}”第 {m.Groups["l"].Value} 行：{rest}" : null),
        new(@"^'(?<f>.*)' has no rows: a standard-value table needs at least one$", m => $"“{m.Groups["f"].Value}”中没有数据行：标准值表至少需要一行"),
        new(@"^'(?<f>.*)': (?<m>.+) Headers: (?<h>.*)\.$", m => MessageForm.FirstOf(CsvHeaderForms, m.Groups["m"].Value) is { } header
            ? $"“{m.Groups["f"].Value}”：{header}可用的列名：{m.Groups["h"].Value}。"
            : null),

        // The table's rows and size classes (inline, or at a line of its file).
        new(@"^a size class needs an id, e\.g\. (?<x>.+)$", m => "规模类别需要 id，例如 " + m.Groups["x"].Value),
        new(@"^size class '(?<id>.*)' is listed twice$", m => $"规模类别“{m.Groups["id"].Value}”列出了两次"),
        new(@"^'(?<i>.*)' is no GB/T 4754 门类 \(a letter A–T\) or 大类 \(2 digits, e\.g\. C26 or 26, the letter that of the digits\)$", m => $"“{m.Groups["i"].Value}”不是 GB/T 4754 门类（字母 A–T）或大类（2 位数字，如 C26 或 26，字母须与数字相符）"),
        new(@"^unknown size class '(?<s>.*)': the table defines no size_classes$", m => $"未知的规模类别“{m.Groups["s"].Value}”：该表未定义 size_classes"),
        new(@"^unknown size class '(?<s>.*)'; the classes are (?<list>.+)$", m => $"未知的规模类别“{m.Groups["s"].Value}”；规模类别有 {m.Groups["list"].Value}"),
        new(@"^(?<s>[Ss])tandards must be five finite values, best band first \(优秀, 良好, 平均, 较低, 较差\), strictly decreasing \(higher is better\) or strictly increasing \(lower is better\); got \[(?<got>.*)\]\.?$", m => $"standards 须为五个有限数值，最好一档在前（优秀、良好、平均、较低、较差），严格递减（越高越好）或严格递增（越低越好）；实际为 [{m.Groups["got"].Value}]"),
        new(@"^Band coefficients must be five values in \(0, 1\], strictly decreasing \(best band first\); got \[(?<got>.*)\]\.$", m => $"band_coefficients 须为 (0, 1] 中的五个数值，严格递减（最好一档在前）；实际为 [{m.Groups["got"].Value}]。"),
        new(@"^duplicate row (?<key>.+): rows\[(?<r>\d+)\] has the same industry and size$", m => $"重复的行 {m.Groups["key"].Value}：rows[{m.Groups["r"].Value}] 的行业和规模与之相同"),
        new(@"^duplicate row (?<key>.+): line (?<l>\d+) has the same industry and size$", m => $"重复的行 {m.Groups["key"].Value}：第 {m.Groups["l"].Value} 行的行业和规模与之相同"),
        new(@"^(?<n>\S+) is not a finite number$", m => $"{m.Groups["n"].Value} 不是有限数"),
        new(@"^(?<x>\S+) must be below the class before \((?<y>\S+)\): classes are listed largest first$", m => $"{m.Groups["x"].Value} 应低于上一类别的 {m.Groups["y"].Value}：规模类别须从大到小排列"),
        new(@"^(?<x>\S+) is above the class before \((?<y>\S+)\): classes are listed largest first, each threshold at or below the one before$", m => $"{m.Groups["x"].Value} 高于上一类别的 {m.Groups["y"].Value}：规模类别须从大到小排列，每个门槛不高于上一类别的门槛"),
        new(@"^size classes need the measure they are defined over, e\.g\. ""revenue"" \(or thresholds on several measures: ""at_least"": (?<x>.+)\)$", m => $"规模类别需要划分所依据的数据项（size_measure），例如 \"revenue\"（或在多个数据项上设门槛：\"at_least\": {m.Groups["x"].Value}）"),
        new(@"^a single number here, thresholds on several measures in another class: give every class at_least per measure, (?<x>.+)$", m => $"此处是单个数值，而另一类别在多个数据项上设门槛：请为每个类别按数据项给出 at_least，{m.Groups["x"].Value}"),
        new(@"^a measure is named twice: (?<ids>.+)$", m => $"有数据项出现了两次：{m.Groups["ids"].Value}"),
        new(@"^names (?<ids>.+), size_classes\[0\] names (?<first>.+): every class has a threshold on each measure \(a class needs all of them met\)$", m => $"列出的数据项为 {m.Groups["ids"].Value}，而 size_classes[0] 为 {m.Groups["first"].Value}：每个类别须在每个数据项上都有门槛（须全部满足）"),
        new(@"^the same thresholds as size_classes\[(?<c>\d+)\]: no firm could be in it$", m => $"门槛与 size_classes[{m.Groups["c"].Value}] 相同：不会有企业属于此类别"),
        new(@"^the standards (?:of (?<key>.+) )?must run from 优秀 to 较差 (?<dir>downwards|upwards) for a (?:higher|lower)-is-better indicator$", m =>
            $"{(m.Groups["key"].Success ? m.Groups["key"].Value + " 的" : string.Empty)}标准值须从优秀到较差{(m.Groups["dir"].Value == "downwards" ? "递减（越高越好的指标）" : "递增（越低越好的指标）")}"),
        new(@"^满意值 (?<s>\S+) must be (?<side>above|below) 不允许值 (?<u>\S+) for a (?:higher|lower)-is-better indicator$", m =>
            $"{(m.Groups["side"].Value == "above" ? "越高越好" : "越低越好")}的指标满意值 {m.Groups["s"].Value} 应{(m.Groups["side"].Value == "above" ? "高于" : "低于")}不允许值 {m.Groups["u"].Value}"),
        new(@"^Satisfactory \(满意值\) (?<s>\S+) and unacceptable \(不允许值\) (?<u>\S+) must be finite and different\.$", m => $"满意值 {m.Groups["s"].Value} 和不允许值 {m.Groups["u"].Value} 须为有限数且不相等。"),
        new(@"^(?<k>[a-z_]+) must be an array of objects$", m => $"{m.Groups["k"].Value} 须为对象数组"),
        new(@"^an item of (?<k>[a-z_]+) must be an object$", m => $"{m.Groups["k"].Value} 的每一项须为对象"),
        new(@"^'(?<f>.*)' was not read: only a profile loaded by ProfileLoader \(from a file, or with ProfileResolver\.Directory\) reads data files$", m => $"“{m.Groups["f"].Value}”未读取：只有由 ProfileLoader 加载（从文件，或用 ProfileResolver.Directory）的评价方案才读取数据文件"),
        new(@"^inverse_benchmark scores lower-is-better indicators; '(?<i>.*)' is higher-is-better$", m => $"inverse_benchmark 用于越低越好的指标；“{m.Groups["i"].Value}”是越高越好的指标"),
    ];

    /// <summary>A hint of a file or standard-value table problem in Chinese; null for a form this class does not know.</summary>
    private static string? TranslateFileOrTableHint(string hint) =>
        MessageForm.FirstOf(FileAndTableHintForms, hint) ?? hint switch
        {
            "give the rows inline" => "请在方案中直接写出各行（rows）",
            "give the rows inline, or load the profile from its file (ProfileLoader.Load(path), escore --profile FILE) or with ProfileResolver.Directory(folder), or resolve it to text there first (ProfileLoader.ResolveFile: the text carries the file)" => "请在方案中直接写出各行（rows），或从方案文件加载（ProfileLoader.Load(path)、escore --profile FILE），或用 ProfileResolver.Directory(folder) 加载，或先在那里把方案解析为文本（ProfileLoader.ResolveFile：文本中带有该文件）",
            "remove file_base64 (give rows), or give file too" => "请删除 file_base64（改为给出 rows），或同时给出 file",
            "leave it to the loader: load the profile from its file, or resolve it there (ProfileLoader.ResolveFile)" => "请交给加载器生成：从方案文件加载，或在那里解析方案（ProfileLoader.ResolveFile）",
            "a profile reads data files as CSV only (UTF-8 or GB18030), named *.csv: save the table as CSV" => "评价方案只读取文件名为 *.csv 的 CSV 数据文件（UTF-8 或 GB18030 编码）：请把表格另存为 CSV",
            "paths are relative to the profile file that names them" => "路径相对于引用它的方案文件",
            "paths are relative to the extending file" => "路径相对于写有 extends 的文件",
            "is this the right file?" => "是否选错了文件？",
            "check that the file exists and may be read" => "请检查文件是否存在且可读",
            "use standard_table (the banded form) or satisfactory and unacceptable (the formula)" => "请使用 standard_table（分档形式），或 satisfactory 和 unacceptable（公式形式）",
            "use standards (the banded form) or satisfactory and unacceptable (the formula)" => "请使用 standards（分档形式），或 satisfactory 和 unacceptable（公式形式）",
            "give standards too, or leave band_coefficients out" => "请同时给出 standards，或删除 band_coefficients",
            "give both 满意值 (satisfactory) and 不允许值 (unacceptable), or neither for the pool's best and worst values" => "请同时给出满意值（satisfactory）和不允许值（unacceptable），或都不给（取本分组的最好值和最差值）",
            "remove the benchmark (the table's rows are the industry figures)" => "请删除 benchmark（标准值表的各行就是行业数值）",
            "use ratio_to_benchmark" => "请改用 ratio_to_benchmark",
            "save the file as UTF-8 (e.g. in Notepad: Save as → Encoding UTF-8)" => "请把文件另存为 UTF-8 编码（例如记事本：另存为 → 编码 UTF-8）",
            "save the profile as UTF-8 text" => "请把评价方案另存为 UTF-8 文本",
            "save the profile as UTF-8 (a GB18030/GBK file must be converted; nothing is guessed)" => "请把评价方案另存为 UTF-8 编码（GB18030/GBK 文件须先转换；不会猜测编码）",
            _ => null,
        };

    /// <summary>The forms of hints of file and standard-value table problems, tried in order.</summary>
    private static readonly MessageForm[] FileAndTableHintForms =
    [
        new(@"^put (?<it>the file|the base profile) next to the file naming it \(or in a folder below it\) and name it relatively$", m => $"请把{It(m.Groups["it"].Value)}放在引用它的文件旁（或其下的文件夹中），并用相对路径指定"),
        new(@"^copy (?<it>the file|the base profile) next to the file naming it(?<link> instead of linking to it)?$", m => $"请把{It(m.Groups["it"].Value)}复制到引用它的文件旁{(m.Groups["link"].Success ? "，不要用符号链接" : string.Empty)}"),
        new(@"^name (?<it>the file|the base profile) by a plain relative path$", m => $"请用简单的相对路径指定{It(m.Groups["it"].Value)}"),
        new(@"^(?<what>.+) is a regular file$", m => FileNoun(m.Groups["what"].Value) is { } what ? $"{what}须是普通文件" : null),
        new(@"^'(?<i>.*)' is (?<d>lower|higher)-is-better$", m => $"“{m.Groups["i"].Value}”是越{(m.Groups["d"].Value == "lower" ? "低" : "高")}越好的指标"),
    ];

    /// <summary>The file a hint speaks of (<c>the file</c>, <c>the base profile</c>) in Chinese.</summary>
    private static string It(string it) => it == "the file" ? "该文件" : "基础方案";

    /// <summary>The Chinese of a CSV framing reason of kind <paramref name="code"/> (<see cref="RowIssueText"/>: its numbers kept).</summary>
    private static string FramingReason(RowIssueCode code, string reason) =>
        RowIssueText.Chinese(new RowIssue(0, string.Empty, string.Empty, string.Empty, code, reason, IssueSeverity.Error));

    /// <summary>What kind of file a message names (<c>a data file</c>, <c>a profile file</c> …) in Chinese; null for another.</summary>
    private static string? FileNoun(string what) => what switch
    {
        "a file" => "文件",
        "a profile file" => "评价方案文件",
        "a base profile" => "基础方案（extends 的方案）",
        "a data file" => "数据文件",
        "a data file (CSV)" => "数据文件（CSV）",
        _ => null,
    };

    /// <summary>A file's kind as the CSV readers name it (<c>standard-value table 标准值表</c>): its Chinese part when it has one.</summary>
    private static string TableNoun(string what)
    {
        var chinese = what.Split(' ').LastOrDefault(w => w.Length > 0 && w[0] >= '\u4e00');
        return chinese ?? what;
    }
}
