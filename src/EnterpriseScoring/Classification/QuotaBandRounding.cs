namespace EnterpriseScoring.Classification;

/// <summary>
/// Per-band rounding of <see cref="QuotaBands"/>: a band given here gets its own head count, its percentage of the scope
/// rounded its own way, instead of the difference of two cumulative head counts (<see cref="QuotaBands.Rounding"/>). The
/// band next to it takes the remainder: with <see cref="D"/> set, C ends where D's own count begins, so the fraction cut
/// off D moves up (Anhui: D = ⌊5 % × N⌋).
/// </summary>
/// <remarks>A value: immutable, derived with <see langword="with"/>, equal by value. At most one of <see cref="C"/> and
/// <see cref="D"/> may be set (one of the two must take the remainder).</remarks>
public sealed record QuotaBandRounding
{
    /// <summary>No band has its own rounding: every cut-off is a cumulative head count.</summary>
    public static QuotaBandRounding None { get; } = new();

    /// <summary>The rounding of A's own head count, or null (A = the cumulative count of A).</summary>
    public HeadcountRounding? A { get; init; }

    /// <summary>The rounding of B's own head count, or null (A+B from the cumulative count).</summary>
    public HeadcountRounding? B { get; init; }

    /// <summary>The rounding of C's own head count, or null; D then takes the rest.</summary>
    public HeadcountRounding? C { get; init; }

    /// <summary>The rounding of D's own head count, or null; C then takes the remainder.</summary>
    public HeadcountRounding? D { get; init; }

    /// <summary>Whether no band has its own rounding.</summary>
    public bool IsEmpty => A is null && B is null && C is null && D is null;

    /// <summary>E.g. <c>own rounding: D floor</c>; empty when <see cref="IsEmpty"/>.</summary>
    public override string ToString() => IsEmpty ? string.Empty : "own rounding: " + string.Join(", ",
        new[] { ("A", A), ("B", B), ("C", C), ("D", D) }.Where(b => b.Item2 is not null).Select(b => $"{b.Item1} {b.Item2.ToString()!.ToLowerInvariant()}"));
}
