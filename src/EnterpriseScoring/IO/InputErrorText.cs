using System.Text.RegularExpressions;

namespace EnterpriseScoring.IO;

/// <summary>
/// Why an input could not be read (the message of a <see cref="FirmDataException"/>, or of the <see cref="IOException"/>
/// a changed input file raises) in Chinese, for the officials who run the evaluation (the CLI prints it this way under
/// <c>--lang zh</c> or a Chinese locale). Messages of the forms the readers write — duplicate and missing columns, empty
/// files and sheets, headers over a limit, units that cannot measure a column, files that are not text or are in another
/// encoding, unreadable workbooks, a file changed while read — are translated keeping every name and number; a message
/// the library already writes in both languages is kept; another is kept in English, so that nothing is lost. Thread-safe.
/// </summary>
public static class InputErrorText
{
    /// <summary>Whether <see cref="Chinese"/> knows the form of <paramref name="message"/> (else it keeps it as it is).</summary>
    /// <param name="message">The English message.</param>
    public static bool IsTranslated(string message) => Translate(message ?? string.Empty) is not null;

    /// <summary>The message in Chinese; the message itself when its form is not one this class knows.</summary>
    /// <param name="message">The English message of the exception.</param>
    public static string Chinese(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Translate(message) ?? message;
    }

    private static string? Translate(string message)
    {
        Match m;
        if ((m = Match(message, @"^Columns '(?<a>.*)' \(column (?<i>\d+)\) and '(?<b>.*)' \(column (?<j>\d+)\) both mean '(?<t>.*)'\. Remove one, or map one elsewhere with a header alias\.$")).Success)
        {
            return $"第 {m.Groups["i"].Value} 列“{m.Groups["a"].Value}”和第 {m.Groups["j"].Value} 列“{m.Groups["b"].Value}”都表示“{m.Groups["t"].Value}”：请删除其中一列，或用表头别名把其中一列映射到别处。";
        }

        if ((m = Match(message, @"^Required column (?<n>.+) not found\. Headers found: (?<h>.*)\.$")).Success)
        {
            return $"缺少必需的列 {m.Groups["n"].Value}。文件中的列：{m.Groups["h"].Value}。";
        }

        if ((m = Match(message, @"^The workbook has no sheet '(?<s>.*)'\. Sheets: (?<l>.*)\.$")).Success)
        {
            return $"工作簿中没有名为“{m.Groups["s"].Value}”的工作表。现有工作表：{m.Groups["l"].Value}。";
        }

        if ((m = Match(message, @"^Not a readable \.xlsx workbook: (?<r>.*)$")).Success)
        {
            return "不是可读取的 .xlsx 工作簿：" + m.Groups["r"].Value;
        }

        if ((m = Match(message, @"^'(?<f>.*)' is a legacy binary workbook \((?<e>.*)\), which is not supported: save it as \.xlsx or CSV\.$")).Success)
        {
            return $"“{m.Groups["f"].Value}”是旧版二进制工作簿（{m.Groups["e"].Value}），不受支持：请另存为 .xlsx 或 CSV。";
        }

        if ((m = Match(message, @"^The header cannot be read: a quote in it \(column (?<c>\d+), (?<v>.*)\) is still open after the limit of lines per record")).Success)
        {
            return $"无法读取表头：其中的引号（第 {m.Groups["c"].Value} 列，{m.Groups["v"].Value}）超过每条记录的行数上限仍未闭合（--max-record-lines）。";
        }

        if ((m = Match(message, @"^The header cannot be read: column (?<c>\d+) \((?<v>.*)\) or the whole header line is longer than the limit")).Success)
        {
            return $"无法读取表头：第 {m.Groups["c"].Value} 列（{m.Groups["v"].Value}）或整个表头行超过长度上限（--max-field-length / --max-record-length）。";
        }

        if ((m = Match(message, @"^The unit in the header of (a column|columns) cannot measure (it|them): (?<l>.*)\. Correct the header's unit, or map the column elsewhere with a header alias\.$")).Success)
        {
            return $"列名中的单位不能用于该数据项：{m.Groups["l"].Value}。请更正列名中的单位，或用表头别名把该列映射到别处。";
        }

        if ((m = Match(message, @"^Header alias target '(?<t>.*)' for column '(?<c>.*)' names no tag\.$")).Success)
        {
            return $"列“{m.Groups["c"].Value}”的表头别名目标“{m.Groups["t"].Value}”不是一个标签。";
        }

        if (message.StartsWith("The file is an Excel workbook (.xlsx: a zip archive", StringComparison.Ordinal))
        {
            return "文件是 Excel 工作簿（.xlsx，即 zip 压缩包，以字节 PK\\x03\\x04 开头），不是 CSV 文本：请把文件名改为 .xlsx 以按工作簿读取（escore；.NET 中用 EnterpriseScoring.Excel 包的 FirmInput 或 FirmXlsxReader），或在 Excel 中另存为 CSV（UTF-8）。";
        }

        if ((m = Match(message, @"^The file is not text \(is it a CSV file\?\): it holds NUL bytes \((?<n>[\d,]+) in its first (?<p>[\d,]+) bytes, the first at byte (?<f>[\d,]+)\)")).Success)
        {
            return $"文件不是文本（是 CSV 文件吗？）：前 {m.Groups["p"].Value} 个字节中有 {m.Groups["n"].Value} 个 NUL 字节（第一个在第 {m.Groups["f"].Value} 字节），UTF-8、GB18030 或 Big5 编码的 CSV 文本都不会有。";
        }

        if ((m = Match(message, @"^The file is not text \(is it a CSV file\?\): (?<n>[\d,]+) of its first (?<p>[\d,]+) bytes are control characters\.$")).Success)
        {
            return $"文件不是文本（是 CSV 文件吗？）：前 {m.Groups["p"].Value} 个字节中有 {m.Groups["n"].Value} 个控制字符。";
        }

        if ((m = Match(message, @"^The file looks like UTF-16 (?<o>\S+) text without a byte order mark: (?<n>[\d,]+) of its first (?<p>[\d,]+) bytes are NUL.*?\(escore --encoding (?<opt>[^;]+);")).Success)
        {
            return $"文件看起来是不带字节顺序标记（BOM）的 UTF-16 {m.Groups["o"].Value} 文本：前 {m.Groups["p"].Value} 个字节中有 {m.Groups["n"].Value} 个 NUL 字节，几乎都在 ASCII 字符的高字节位置。请按 UTF-16 读取（escore --encoding {m.Groups["opt"].Value}），或另存为 UTF-8。";
        }

        if ((m = Match(message, @"^The file looks like Big5 \(traditional Chinese\), not GB18030: read as GB18030 only (?<c>[\d,]+) of its first (?<n>[\d,]+) Chinese characters are common ones")).Success)
        {
            return $"文件看起来是 Big5（繁体中文）编码，而不是 GB18030：按 GB18030 读取时，前 {m.Groups["n"].Value} 个汉字中只有 {m.Groups["c"].Value} 个是常用字（真正的 GB18030 文本几乎全是常用字），而按 Big5 可以无误解码。请按 Big5 读取（escore --encoding big5）；如果确实是 GB18030，请用 --encoding gb18030。";
        }

        if ((m = Match(message, @"^'(?<p>.*)' changed while it was read \((?<c>.*)\): the data read are not one version of the file")).Success)
        {
            return $"“{m.Groups["p"].Value}”在读取过程中被改动（{Changes(m.Groups["c"].Value)}）：读到的数据不属于文件的同一个版本，因此不予使用。请等写入它的程序完成后重新读取（发布输入文件时先写临时文件再改名）。";
        }

        return message switch
        {
            "The file is empty: no header row." => "文件为空：没有表头行。",
            "The file has no header row." => "文件没有表头行。",
            "The sheet is empty: no header row." => "工作表为空：没有表头行。",
            "The workbook has no sheet." => "工作簿中没有工作表。",
            "The query returned no columns." => "查询没有返回任何列。",
            "The file is a zip archive (it starts with the bytes PK\\x03\\x04), not CSV text: unpack it first." => "文件是 zip 压缩包（以字节 PK\\x03\\x04 开头），不是 CSV 文本：请先解压。",
            "The file is a legacy Excel .xls workbook (an OLE2 compound document), not CSV text: save it from Excel as .xlsx or as CSV (UTF-8)." => "文件是旧版 Excel .xls 工作簿（OLE2 复合文档），不是 CSV 文本：请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）。",
            "The file is gzip-compressed, not CSV text: decompress it first." => "文件是 gzip 压缩文件，不是 CSV 文本：请先解压。",
            "The file is a PDF document, not CSV text." => "文件是 PDF 文档，不是 CSV 文本。",
            _ => null,
        };
    }

    /// <summary>What changed in a file while it was read, in Chinese.</summary>
    private static string Changes(string english)
    {
        var parts = english.Split("; ");
        for (var i = 0; i < parts.Length; i++)
        {
            Match m;
            if ((m = Match(parts[i], @"^its length went from (?<a>[\d,]+) to (?<b>[\d,]+) bytes$")).Success)
            {
                parts[i] = $"长度从 {m.Groups["a"].Value} 字节变为 {m.Groups["b"].Value} 字节";
            }
            else if ((m = Match(parts[i], @"^it was written to at (?<t>\S+)$")).Success)
            {
                parts[i] = $"在 {m.Groups["t"].Value} 被写入";
            }
            else if ((m = Match(parts[i], @"^(?<r>[\d,]+) of its (?<n>[\d,]+) bytes were read$")).Success)
            {
                parts[i] = $"{m.Groups["n"].Value} 个字节中只读到 {m.Groups["r"].Value} 个";
            }
        }

        return string.Join("；", parts);
    }

    private static Match Match(string text, string pattern) => MessagePattern.Match(text, pattern);
}
