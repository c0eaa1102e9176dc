using System.Globalization;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>
/// Reads a plain numeric CSV — a header of criterion names, then one row of numbers per alternative — into a
/// <see cref="DecisionMatrix"/>, e.g. a textbook table or an export from Python or a spreadsheet.
/// </summary>
/// <remarks>
/// <para>Comma-separated (or <see cref="DecisionMatrixCsvOptions.Delimiter"/>), UTF-8 with or without a byte order mark;
/// numbers in invariant culture (<c>1234.5</c>, <c>1.2e3</c>); fields may be quoted; blank lines are skipped. A row with a
/// different number of fields, an empty cell, text that is not a number, NaN or ∞ is an error naming the line and the
/// column — a matrix is never read with a silent 0. The criteria's directions come from
/// <see cref="DecisionMatrixCsvOptions.LowerIsBetter"/> (by name; the others are higher-is-better).</para>
/// <para>Columns named in <see cref="DecisionMatrixCsvOptions.IdColumn"/> are not criteria: their text is returned in
/// <see cref="DecisionMatrixCsv.Ids"/>.</para>
/// </remarks>
public static class DecisionMatrixCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Delimiter, id column and directions (defaults: comma, none, all higher-is-better).</param>
    /// <returns>The matrix and the ids (when an id column is named).</returns>
    /// <exception cref="FirmDataException">The file is not a rectangular numeric table (the message names line and column).</exception>
    public static DecisionMatrixCsv Read(string path, DecisionMatrixCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, options);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="options">Delimiter, id column and directions (defaults: comma, none, all higher-is-better).</param>
    /// <returns>The matrix and the ids (when an id column is named).</returns>
    /// <exception cref="FirmDataException">The text is not a rectangular numeric table (the message names line and column).</exception>
    public static DecisionMatrixCsv Read(TextReader reader, DecisionMatrixCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new DecisionMatrixCsvOptions();
        var lineNumber = 0;
        string? line;
        string[]? header = null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                header = Split(line, options.Delimiter, lineNumber);
                break;
            }
        }

        if (header is null)
        {
            throw new FirmDataException("The CSV is empty: expected a header of criterion names.");
        }

        var idIndex = -1;
        if (options.IdColumn is not null)
        {
            idIndex = Array.IndexOf(header, options.IdColumn);
            if (idIndex < 0)
            {
                throw new FirmDataException($"Line {lineNumber}: no id column '{options.IdColumn}' in the header ({string.Join(", ", header)}).");
            }
        }

        var names = header.Where((_, k) => k != idIndex).ToArray();
        CheckNames(names, lineNumber);
        foreach (var lower in options.LowerIsBetter)
        {
            if (Array.IndexOf(names, lower) < 0)
            {
                throw new FirmDataException($"LowerIsBetter names '{lower}', which is not a criterion of the header ({string.Join(", ", names)}).");
            }
        }

        var columns = names.Select(_ => new List<double>()).ToArray();
        var ids = idIndex >= 0 ? new List<string>() : null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line, options.Delimiter, lineNumber);
            if (fields.Length != header.Length)
            {
                throw new FirmDataException($"Line {lineNumber} has {fields.Length} fields; the header has {header.Length}.");
            }

            var j = 0;
            for (var k = 0; k < fields.Length; k++)
            {
                if (k == idIndex)
                {
                    ids!.Add(fields[k]);
                    continue;
                }

                if (!double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    var what = fields[k].Length == 0 ? "is empty" : $"'{TextExcerpt.Of(fields[k])}' is not a finite number";
                    throw new FirmDataException($"Line {lineNumber}, column '{header[k]}': {what}.");
                }

                columns[j++].Add(value);
            }
        }

        var directions = names.Select(n => options.LowerIsBetter.Contains(n) ? Direction.LowerIsBetter : Direction.HigherIsBetter).ToArray();
        var matrix = DecisionMatrix.View(columns.Select(c => c.ToArray()).ToArray(), names, directions);
        return new DecisionMatrixCsv { Matrix = matrix, Ids = ids };
    }

    private static void CheckNames(string[] names, int lineNumber)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                throw new FirmDataException($"Line {lineNumber}: a criterion has an empty name.");
            }

            if (!seen.Add(name))
            {
                throw new FirmDataException($"Line {lineNumber}: criterion '{name}' appears twice.");
            }
        }
    }

    /// <summary>Splits one line at the delimiter; a field may be quoted (<c>""</c> is a quote inside it). Fields are trimmed.</summary>
    private static string[] Split(string line, char delimiter, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new FirmDataException($"Line {lineNumber}: a quoted field is not closed.");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
                {
                    i++;
                }

                if (i < line.Length && line[i] != delimiter)
                {
                    throw new FirmDataException($"Line {lineNumber}: text after a closing quote.");
                }

                fields.Add(field.ToString());
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                end = end < 0 ? line.Length : end;
                fields.Add(line[i..end].Trim());
                i = end;
            }

            if (i >= line.Length)
            {
                return [.. fields];
            }

            i++; // the delimiter
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return [.. fields];
            }
        }
    }
}
