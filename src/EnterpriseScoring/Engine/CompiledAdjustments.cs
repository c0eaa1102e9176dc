using EnterpriseScoring.Adjustments;

namespace EnterpriseScoring.Engine;

/// <summary>
/// A pool's <see cref="AdjustmentRules"/> bound to one table for the evaluate path: each rule's points come from a
/// column (tag bitset, measure array) instead of per-row dictionary lookups, and no text is built. The counted bonus and
/// deduction are computed with exactly the arithmetic of <see cref="AdjustmentRules.Apply"/> (same operations in the same
/// order), so they are bit-identical (tested); the lines with their details are built on demand by
/// <see cref="AdjustmentRules.Apply"/> when a result is read.
/// </summary>
/// <remarks>Rules of other types than <see cref="TagAdjustment"/> and <see cref="PerUnitAdjustment"/> are evaluated
/// through <see cref="IAdjustmentRule.Evaluate"/> (their detail text is discarded).</remarks>
internal sealed class CompiledAdjustments
{
    private const int StackRules = 32;

    private readonly FirmTable table;
    private readonly IAdjustmentRule[] rules;
    private readonly Kind[] kinds;
    private readonly ulong[]?[] tagWords;
    private readonly double[]?[] measureValues;
    private readonly ulong[]?[] measurePresence;
    private readonly int[] categoryOf;
    private readonly double[] capOf;
    private readonly bool[] hasCap;
    private readonly int categoryCount;

    public CompiledAdjustments(AdjustmentRules adjustments, FirmTable table)
    {
        this.table = table;
        rules = adjustments.Rules.ToArray();
        var m = rules.Length;
        kinds = new Kind[m];
        tagWords = new ulong[]?[m];
        measureValues = new double[]?[m];
        measurePresence = new ulong[]?[m];
        categoryOf = new int[m];

        // Categories in ordinal order, as Apply visits them (the order does not matter numerically: each category
        // touches only its own rules, but keeping it costs nothing).
        var categories = rules.Select(r => r.Category).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        categoryCount = categories.Length;
        capOf = new double[categoryCount];
        hasCap = new bool[categoryCount];
        for (var c = 0; c < categoryCount; c++)
        {
            hasCap[c] = adjustments.CategoryCaps.TryGetValue(categories[c], out capOf[c]);
        }

        for (var i = 0; i < m; i++)
        {
            categoryOf[i] = rules[i].Category is { } category ? Array.IndexOf(categories, category) : -1;
            switch (rules[i])
            {
                case TagAdjustment tag:
                    kinds[i] = Kind.Tag;
                    tagWords[i] = table.GetTag(tag.Tag).WordArray;
                    break;
                case PerUnitAdjustment perUnit:
                    kinds[i] = Kind.PerUnit;
                    if (table.TryGetMeasure(perUnit.Measure.Id, out var column))
                    {
                        measureValues[i] = column.ValueArray;
                        measurePresence[i] = column.Presence.WordArray;
                    }

                    break;
                default:
                    kinds[i] = Kind.Other;
                    break;
            }
        }
    }

    private enum Kind : byte
    {
        Tag,
        PerUnit,
        Other,
    }

    /// <summary>Whether there are no rules.</summary>
    public bool IsEmpty => rules.Length == 0;

    /// <summary>The counted bonus and deduction of <paramref name="row"/>, as <see cref="AdjustmentRules.Apply"/> computes them.</summary>
    /// <returns>Whether any rule gave points (that is, whether <see cref="AdjustmentRules.Apply"/> returns lines).</returns>
    public bool Points(int row, out double bonus, out double deduction)
    {
        bonus = 0;
        deduction = 0;
        var m = rules.Length;
        if (m == 0)
        {
            return false;
        }

        Span<int> applied = m <= StackRules ? stackalloc int[StackRules] : new int[m];
        Span<double> raw = m <= StackRules ? stackalloc double[StackRules] : new double[m];
        Span<double> counted = m <= StackRules ? stackalloc double[StackRules] : new double[m];
        var count = 0;
        for (var i = 0; i < m; i++)
        {
            var points = RulePoints(i, row);
            if (points != 0)
            {
                applied[count] = i;
                raw[count] = points;
                counted[count] = points;
                count++;
            }
        }

        if (count == 0)
        {
            return false;
        }

        for (var c = 0; c < categoryCount; c++)
        {
            ApplyCategory(applied[..count], raw[..count], counted[..count], c);
        }

        for (var i = 0; i < count; i++)
        {
            if (counted[i] > 0)
            {
                bonus += counted[i];
            }
            else
            {
                deduction -= counted[i];
            }
        }

        return true;
    }

    private double RulePoints(int i, int row)
    {
        switch (kinds[i])
        {
            case Kind.Tag:
                return Bitset.IsSet(tagWords[i]!, row) ? ((TagAdjustment)rules[i]).Points : 0;
            case Kind.PerUnit:
                var rule = (PerUnitAdjustment)rules[i];
                if (rule.SizeClass is { } size && table.SizeClasses[row] != size)
                {
                    return 0;
                }

                if (measureValues[i] is not { } values || !Bitset.IsSet(measurePresence[i]!, row) || values[row] < 1)
                {
                    return 0;
                }

                var whole = Math.Floor(values[row]);
                return rule.FirstUnitPoints + ((whole - 1) * rule.AdditionalUnitPoints);
            default:
                return rules[i].Evaluate(table, row, out _);
        }
    }

    /// <summary>The numbers of <c>AdjustmentRules.ApplyCategory</c>, without the notes.</summary>
    private void ApplyCategory(ReadOnlySpan<int> applied, ReadOnlySpan<double> raw, Span<double> counted, int category)
    {
        var best = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (categoryOf[applied[i]] == category && raw[i] > 0 && (best < 0 || raw[i] > raw[best]))
            {
                best = i;
            }
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (categoryOf[applied[i]] == category && raw[i] > 0 && i != best)
            {
                counted[i] = 0;
            }
        }

        if (!hasCap[category])
        {
            return;
        }

        var cap = capOf[category];

        double net = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (categoryOf[applied[i]] == category)
            {
                net += counted[i];
            }
        }

        if (Math.Abs(net) <= cap || net == 0)
        {
            return;
        }

        var factor = cap / Math.Abs(net);
        for (var i = 0; i < raw.Length; i++)
        {
            if (categoryOf[applied[i]] == category && counted[i] != 0)
            {
                counted[i] *= factor;
            }
        }
    }
}
