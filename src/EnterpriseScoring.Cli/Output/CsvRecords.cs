using System.Text;

namespace EnterpriseScoring.Cli.Output;

/// <summary>Reads the records of a machine-written CSV file one at a time (RFC 4180: quoted cells may hold commas, quotes and line breaks).</summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="reader"/>, header first; a byte order mark is skipped.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var first = true;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var ch = (char)next;
            if (first)
            {
                first = false;
                if (ch == '\uFEFF')
                {
                    continue;
                }
            }

            if (quoted)
            {
                if (ch != '"')
                {
                    cell.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    cell.Append('"');
                }
                else
                {
                    quoted = false;
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                cells.Add(cell.ToString());
                cell.Clear();
                yield return [.. cells];
                cells.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return [.. cells];
        }
    }
}
