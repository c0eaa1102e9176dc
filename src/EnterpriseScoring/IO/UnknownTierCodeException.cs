using EnterpriseScoring.Classification;

namespace EnterpriseScoring.IO;

/// <summary>
/// A results file's tier column holds a code that is not one of the tier set it is read with — most often a file written
/// under another profile's tier set (A+ read as A / B / C / D), which must not be guessed.
/// </summary>
public sealed class UnknownTierCodeException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">The line of the file (1 = the header).</param>
    /// <param name="code">The code as written.</param>
    /// <param name="tiers">The tier set the file was read with.</param>
    public UnknownTierCodeException(long line, string code, TierSet tiers)
        : base(BuildMessage(line, code, tiers))
    {
        Line = line;
        Code = code;
        Tiers = tiers;
    }

    /// <summary>Creates an exception.</summary>
    public UnknownTierCodeException()
        : this("A tier code is not one of the tier set's.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public UnknownTierCodeException(string message)
        : base(message)
    {
        Code = string.Empty;
        Tiers = TierSet.Standard;
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownTierCodeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
        Tiers = TierSet.Standard;
    }

    /// <summary>The line of the file (1 = the header).</summary>
    public long Line { get; }

    /// <summary>The code as written.</summary>
    public string Code { get; }

    /// <summary>The tier set the file was read with.</summary>
    public TierSet Tiers { get; }

    private static string BuildMessage(long line, string code, TierSet tiers)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(tiers);
        return $"Line {line}, column 'tier': '{TextExcerpt.Of(code)}' is not a tier" + (tiers.IsStandard ? "." : $" of the profile's tier set {tiers} (or T, ungraded_as_b).");
    }
}
