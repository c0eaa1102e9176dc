using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnterpriseScoring.IO;

/// <summary>
/// One row of cells given as values (spreadsheet cells, database columns), kept as strings and as UTF-8 bytes so the
/// same <see cref="CellParser"/> rules apply as for CSV.
/// </summary>
internal sealed class CellText
{
    private string[] strings = new string[16];
    private int[] starts = new int[17];
    private byte[] bytes = new byte[1024];

    /// <summary>The number of cells set by <see cref="Set"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The text of a cell value: numbers round-trip in invariant culture, <see langword="null"/> and <see cref="DBNull"/> are empty.</summary>
    /// <param name="value">The value as a spreadsheet or database provider gives it.</param>
    public static string From(object? value) => value switch
    {
        null or DBNull => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Replaces the row with the first <paramref name="count"/> of <paramref name="values"/>, each turned into text by <paramref name="text"/>.</summary>
    public void Set<T>(int count, T[] values, Func<T, string> text)
    {
        if (strings.Length < count)
        {
            strings = new string[Math.Max(count, strings.Length * 2)];
            starts = new int[strings.Length + 1];
        }

        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var s = text(values[i]);
            strings[i] = s;
            starts[i] = length;
            var needed = length + Encoding.UTF8.GetMaxByteCount(s.Length);
            if (needed > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(needed, bytes.Length * 2));
            }

            length += Encoding.UTF8.GetBytes(s, bytes.AsSpan(length));
        }

        starts[count] = length;
        Count = count;
    }

    /// <summary>The cell as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Span(int column) => bytes.AsSpan(starts[column], starts[column + 1] - starts[column]);

    /// <summary>The cell as a string.</summary>
    public string String(int column) => strings[column];

    /// <summary>
    /// Appends the row to <paramref name="hash"/> in a canonical form: the number of cells and each cell's UTF-8 length
    /// (32-bit little-endian integers), then the cells' UTF-8 bytes one after another.
    /// </summary>
    /// <param name="hash">The hash being computed.</param>
    public void AppendTo(IncrementalHash hash)
    {
        var size = 4 * (Count + 1);
        Span<byte> lengths = size <= 1024 ? stackalloc byte[1024] : new byte[size];
        lengths = lengths[..size];

        BinaryPrimitives.WriteInt32LittleEndian(lengths, Count);
        for (var i = 0; i < Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(lengths[(4 * (i + 1))..], starts[i + 1] - starts[i]);
        }

        hash.AppendData(lengths);
        hash.AppendData(bytes.AsSpan(0, starts[Count]));
    }

    /// <summary>Whether every cell from <paramref name="from"/> on is empty or white space.</summary>
    public bool BlankFrom(int from)
    {
        for (var i = from; i < Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(strings[i]))
            {
                return false;
            }
        }

        return true;
    }
}
