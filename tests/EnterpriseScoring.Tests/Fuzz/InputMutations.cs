using System.Globalization;
using System.Text;

namespace EnterpriseScoring.Tests.Fuzz;

/// <summary>
/// Mutations of a real input file's bytes, as a hostile or careless export would produce them: stray quotes and line
/// breaks, truncation, odd numbers, huge fields, other encodings, binary bytes, dropped, doubled or renamed header cells.
/// Each mutation is a pure function of the bytes and a seed, so a failing case can be replayed from its printed seeds.
/// </summary>
internal static class InputMutations
{
    /// <summary>The number of mutation kinds <see cref="Apply"/> understands.</summary>
    public const int KindCount = 14;

    /// <summary>Numbers and number-like text an export may hold.</summary>
    private static readonly string[] OddNumbers =
    [
        "1e308", "-1e308", "1e-320", "5e-324", "-0", "NaN", "Infinity", "-∞", "∞", "0x10", "１２３", "1,2,3", "1.2.3", "--5",
        "+7", "1e", ".", "-", "1_000", "99999999999999999999999999999999999999", "0.0000000000000000000001", "１,２３４.５", "(12)",
        "12%", "12万", "=1+1", "@SUM(1)",
    ];

    /// <summary>Text cells an attacker may plant.</summary>
    private static readonly string[] HostileText =
    [
        "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+1", "\r=1+1", "<script>alert(1)</script>",
        "\"\"\"", "a\"b", "\u0000", "\ud83d\ude00", "‮evil", "'quoted", "-1", " ", "\u3000",
    ];

    /// <summary>Applies mutation <paramref name="kind"/> (0 … <see cref="KindCount"/> − 1) with <paramref name="seed"/>.</summary>
    public static byte[] Apply(byte[] input, int kind, int seed)
    {
        var random = new Random(seed);
        return kind switch
        {
            0 => InsertAt(input, random, "\""u8.ToArray()),
            1 => InsertAt(input, random, "\n"u8.ToArray()),
            2 => input.AsSpan(0, random.Next(input.Length + 1)).ToArray(),
            3 => ReplaceCell(input, random, OddNumbers[random.Next(OddNumbers.Length)]),
            4 => ReplaceCell(input, random, HostileText[random.Next(HostileText.Length)]),
            5 => ReplaceCell(input, random, HugeField(random)),
            6 => Reencode(input, random),
            7 => InsertAt(input, random, [(byte)random.Next(256)]),
            8 => DeleteOrDoubleLine(input, random),
            9 => ReplaceCell(input, random, ";" + random.Next(100).ToString(CultureInfo.InvariantCulture) + ";"),
            10 => MutateHeader(input, random),
            11 => InsertAt(input, random, Encoding.UTF8.GetBytes(new string('"', 1 + random.Next(3)) + new string('\n', 1 + random.Next(50)))),
            12 => RandomBytes(random),
            _ => ReplaceCell(input, random, string.Empty),
        };
    }

    /// <summary>Lines of a UTF-8 file, without the BOM and line ends.</summary>
    private static List<string> Lines(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return [.. text.Split('\n')];
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static byte[] InsertAt(byte[] input, Random random, byte[] bytes)
    {
        var at = random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    /// <summary>Replaces one comma-separated cell of a random line (the header included) by <paramref name="cell"/>, quoted when it must be.</summary>
    private static byte[] ReplaceCell(byte[] input, Random random, string cell)
    {
        var lines = Lines(input);
        var line = random.Next(lines.Count);
        var cells = lines[line].Split(',');
        var quoted = cell.AsSpan().IndexOfAny("\",\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
        cells[random.Next(cells.Length)] = quoted;
        lines[line] = string.Join(',', cells);
        return Join(lines);
    }

    /// <summary>A field far beyond any real cell: long text, many quoted line breaks, or a long number.</summary>
    private static string HugeField(Random random) => random.Next(3) switch
    {
        0 => new string('x', 100_000 + random.Next(100_000)),
        1 => string.Concat(Enumerable.Repeat("a\n", 20_000 + random.Next(20_000))),
        _ => "1" + new string('0', 50_000),
    };

    private static byte[] Reencode(byte[] input, Random random)
    {
        var text = Encoding.UTF8.GetString(input).TrimStart('\uFEFF');
        var encoding = random.Next(5) switch
        {
            0 => Encoding.GetEncoding("GB18030"),
            1 => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            2 => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            3 => Encoding.GetEncoding("big5"),
            _ => Encoding.Latin1,
        };
        return encoding.GetBytes(text);
    }

    private static byte[] DeleteOrDoubleLine(byte[] input, Random random)
    {
        var lines = Lines(input);
        var line = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            lines.RemoveAt(line);
        }
        else
        {
            lines.Insert(line, lines[line]);
        }

        return Join(lines);
    }

    /// <summary>Renames a header cell (a typo), drops it, or duplicates it.</summary>
    private static byte[] MutateHeader(byte[] input, Random random)
    {
        var lines = Lines(input);
        var cells = lines[0].Split(',').ToList();
        var at = random.Next(cells.Count);
        switch (random.Next(3))
        {
            case 0:
                cells[at] += "x";
                break;
            case 1:
                cells.RemoveAt(at);
                break;
            default:
                cells.Insert(at, cells[at]);
                break;
        }

        lines[0] = string.Join(',', cells);
        return Join(lines);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }
}
