namespace EnterpriseScoring.Samples;

/// <summary>Builds syntactically valid 统一社会信用代码 (GB 32100-2015) for synthetic firms.</summary>
/// <remarks>
/// Layout: registration authority (1), entity type (1), administrative division (6), organisation code (9:
/// 8 body characters + GB 11714 check), check character (1).
/// </remarks>
internal static class UnifiedSocialCreditCodes
{
    /// <summary>The 31 characters allowed in a code (no I, O, S, V, Z), in value order.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly sbyte[] CharValues = BuildCharValues();

    /// <summary>Writes a complete 18-character code into <paramref name="code"/>.</summary>
    /// <param name="code">18 characters; positions 0..7 (authority, type, division) and 8..15 (organisation body) must be filled.</param>
    public static void Complete(Span<char> code)
    {
        code[16] = OrganisationCheck(code.Slice(8, 8));
        code[17] = UsccCheck(code[..17]);
    }

    /// <summary>The GB 11714 check character of an 8-character organisation code body.</summary>
    /// <param name="body">Digits and upper-case letters.</param>
    public static char OrganisationCheck(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var v = c is >= '0' and <= '9' ? c - '0' : c - 'A' + 10;
            sum += v * OrganisationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>The GB 32100 check character of the first 17 characters.</summary>
    /// <param name="first17">The first 17 characters, all from <see cref="Charset"/>.</param>
    public static char UsccCheck(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = first17[i];
            var v = c < CharValues.Length ? CharValues[c] : -1;
            if (v < 0)
            {
                throw new ArgumentException($"'{c}' is not a 统一社会信用代码 character.", nameof(first17));
            }

            sum += v * UsccWeights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    private static sbyte[] BuildCharValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Charset.Length; i++)
        {
            values[Charset[i]] = (sbyte)i;
        }

        return values;
    }
}
