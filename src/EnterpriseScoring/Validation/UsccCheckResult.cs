namespace EnterpriseScoring.Validation;

/// <summary>The outcome of <see cref="UnifiedSocialCreditCode.Check(string)"/>: valid, or the first problem found.</summary>
/// <param name="Error">The problem, or <see cref="UsccError.None"/>.</param>
/// <param name="Position">The 1-based position of the offending character; for <see cref="UsccError.Length"/> the actual length; 0 otherwise.</param>
/// <param name="Expected">For check failures, the expected check character; otherwise <c>'\0'</c>.</param>
/// <param name="Actual">For character problems, the character found; otherwise <c>'\0'</c>.</param>
public readonly record struct UsccCheckResult(UsccError Error, int Position, char Expected, char Actual)
{
    /// <summary>A valid result.</summary>
    public static UsccCheckResult Valid => default;

    /// <summary>Whether the code is valid.</summary>
    public bool IsValid => Error == UsccError.None;

    /// <summary>A human-readable explanation (English, with the Chinese term), empty when valid.</summary>
    public string Message => Error switch
    {
        UsccError.None => string.Empty,
        UsccError.Empty => "统一社会信用代码 is empty",
        UsccError.Length => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"统一社会信用代码 must have 18 characters, got {Position}"),
        UsccError.IllegalCharacter => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"illegal character '{Actual}' at position {Position} (allowed: 0-9, A-Z except I, O, Z, S, V)"),
        UsccError.RegionCode => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"region code (positions 3-8) must be digits, got '{Actual}' at position {Position}"),
        UsccError.OrganizationCodeCheck => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bad organisation code check digit (GB 11714) at position 17: expected {Expected} got {Actual}"),
        UsccError.CheckCharacter => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bad check character at position 18: expected {Expected} got {Actual}"),
        _ => Error.ToString(),
    };

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : Message;
}
