namespace EnterpriseScoring.Classification;

/// <summary>The override rules (by index) that match one firm: a bitset for up to 64 rules, else a flag per rule.</summary>
/// <param name="bits">Bit <c>r</c> set when rule <c>r</c> matches (used when <paramref name="flags"/> is null).</param>
/// <param name="flags">One flag per rule, for more than 64 rules; otherwise null.</param>
internal readonly struct MatchedRules(ulong bits, bool[]? flags)
{
    /// <summary>Whether rule <paramref name="rule"/> matches.</summary>
    public bool Contains(int rule) => flags is null ? (bits & (1UL << rule)) != 0 : flags[rule];
}
