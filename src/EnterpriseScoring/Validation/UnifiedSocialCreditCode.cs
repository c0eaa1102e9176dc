namespace EnterpriseScoring.Validation;

/// <summary>
/// Checks 统一社会信用代码 (unified social credit codes, GB 32100-2015): 18 characters from 0-9 and A-Z without
/// I, O, Z, S, V; position 1 registration authority, 2 entity type, 3–8 administrative region (digits), 9–17 the
/// organisation code (GB 11714, with its own check digit), 18 the check character.
/// </summary>
/// <remarks>
/// The check character is <c>31 − (Σ wᵢ·cᵢ mod 31)</c> (31 → 0) with weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13,
/// 8, 24, 10, 30, 28, where cᵢ is the index of the character in <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>.
/// The organisation code check digit is <c>11 − (Σ wᵢ·cᵢ mod 11)</c> with weights 3, 7, 9, 10, 5, 8, 4, 2 over the
/// first eight organisation-code characters (digits as themselves, letters A = 10 … Z = 35); 10 is written X, 11 is 0.
/// Codes are checked as given: lower case letters and surrounding spaces are illegal characters. Thread-safe.
/// </remarks>
public static class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters a code may contain, in check-value order.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The length of a code.</summary>
    public const int Length = 18;

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>For each ASCII character, its index in <see cref="Alphabet"/>, or -1.</summary>
    private static readonly sbyte[] AlphabetIndex = BuildAlphabetIndex();

    /// <summary>Checks <paramref name="code"/> and reports the first problem found.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns>The result; never throws.</returns>
    public static UsccCheckResult Check(string? code) => Check(code.AsSpan(), code is null);

    /// <summary>Checks <paramref name="code"/> and reports the first problem found.</summary>
    /// <param name="code">The code to check.</param>
    /// <returns>The result; never throws.</returns>
    public static UsccCheckResult Check(ReadOnlySpan<char> code) => Check(code, false);

    /// <summary>Whether <paramref name="code"/> is a valid unified social credit code.</summary>
    /// <param name="code">The code to check.</param>
    public static bool IsValid(string? code) => Check(code).IsValid;

    /// <summary>Computes the 18th (check) character for the first 17 characters of a code.</summary>
    /// <param name="first17">The first 17 characters (only those are read).</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">Fewer than 17 characters, or a character outside <see cref="Alphabet"/>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length < Length - 1)
        {
            throw new ArgumentException("At least 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var v = ValueOf(first17[i]);
            if (v < 0)
            {
                throw new ArgumentException($"Character '{first17[i]}' at position {i + 1} is not allowed.", nameof(first17));
            }

            sum += Weights[i] * v;
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Computes the GB 11714 check digit of an organisation code from its first eight characters.</summary>
    /// <param name="first8">The first eight characters of the organisation code (digits or upper case letters).</param>
    /// <returns>The check digit: 0-9 or X.</returns>
    /// <exception cref="ArgumentException">Fewer than 8 characters, or a character that is not a digit or upper case letter.</exception>
    public static char ComputeOrganizationCheckDigit(ReadOnlySpan<char> first8)
    {
        if (first8.Length < 8)
        {
            throw new ArgumentException("At least 8 characters are needed.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var v = OrganizationValueOf(first8[i]);
            if (v < 0)
            {
                throw new ArgumentException($"Character '{first8[i]}' at position {i + 1} is not allowed.", nameof(first8));
            }

            sum += OrganizationWeights[i] * v;
        }

        return OrganizationCheckChar(sum);
    }

    private static UsccCheckResult Check(ReadOnlySpan<char> code, bool isNull)
    {
        if (isNull || code.IsEmpty)
        {
            return new UsccCheckResult(UsccError.Empty, 0, '\0', '\0');
        }

        if (code.Length != Length)
        {
            return new UsccCheckResult(UsccError.Length, code.Length, '\0', '\0');
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var v = ValueOf(code[i]);
            if (v < 0)
            {
                return new UsccCheckResult(UsccError.IllegalCharacter, i + 1, '\0', code[i]);
            }

            if (i is >= 2 and <= 7 && v > 9)
            {
                return new UsccCheckResult(UsccError.RegionCode, i + 1, '\0', code[i]);
            }

            if (i < Length - 1)
            {
                sum += Weights[i] * v;
            }
        }

        var expected = Alphabet[(31 - (sum % 31)) % 31];
        var orgSum = 0;
        for (var i = 0; i < 8; i++)
        {
            orgSum += OrganizationWeights[i] * OrganizationValueOf(code[8 + i]);
        }

        var orgExpected = OrganizationCheckChar(orgSum);
        if (code[16] != orgExpected)
        {
            return new UsccCheckResult(UsccError.OrganizationCodeCheck, 17, orgExpected, code[16]);
        }

        return code[17] == expected
            ? UsccCheckResult.Valid
            : new UsccCheckResult(UsccError.CheckCharacter, 18, expected, code[17]);
    }

    private static char OrganizationCheckChar(int sum) => (11 - (sum % 11)) switch
    {
        10 => 'X',
        11 => '0',
        var d => (char)('0' + d),
    };

    private static int ValueOf(char c) => c < AlphabetIndex.Length ? AlphabetIndex[c] : -1;

    private static sbyte[] BuildAlphabetIndex()
    {
        var index = new sbyte[128];
        index.AsSpan().Fill(-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            index[Alphabet[i]] = (sbyte)i;
        }

        return index;
    }

    private static int OrganizationValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
