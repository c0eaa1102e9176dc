using System.Globalization;

namespace EnterpriseScoring.Adjustments;

/// <summary>
/// A pool's bonus and deduction rules and how they combine: rules without a category add up; within a category
/// only the highest bonus counts (同类不累计，就高不就低) while deductions add up; each category's net points may be capped
/// (bonus ≤ cap and deduction ≥ −cap).
/// </summary>
/// <remarks>A value: immutable in fact (lists and dictionaries are copied on initialisation), derived with <see langword="with"/>, equal by value (collections item by item). Thread-safe.</remarks>
public sealed record AdjustmentRules
{
    /// <summary>No adjustments.</summary>
    public static AdjustmentRules None { get; } = new();

    /// <summary>The rules, in display order.</summary>
    public IReadOnlyList<IAdjustmentRule> Rules { get; init => field = ReadOnlyCopy.List(value); } = ValueList<IAdjustmentRule>.Empty;

    /// <summary>Per-category caps on the absolute value of the category's counted points.</summary>
    public IReadOnlyDictionary<string, double> CategoryCaps { get; init => field = ReadOnlyCopy.Dictionary(value); } = ReadOnlyCopy.EmptyOrdinal<double>();

    /// <summary>Applies every rule to a row.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="row">The row.</param>
    /// <param name="bonus">Receives the counted bonus (≥ 0).</param>
    /// <param name="deduction">Receives the counted deduction (≥ 0, subtracted from the total).</param>
    /// <returns>The lines of every rule that applied (empty when none did).</returns>
    public IReadOnlyList<AdjustmentLine> Apply(FirmTable table, int row, out double bonus, out double deduction)
    {
        bonus = 0;
        deduction = 0;
        if (Rules.Count == 0)
        {
            return [];
        }

        var raw = new List<(IAdjustmentRule Rule, double Points, string Detail)>();
        foreach (var rule in Rules)
        {
            var points = rule.Evaluate(table, row, out var detail);
            if (points != 0)
            {
                raw.Add((rule, points, detail));
            }
        }

        if (raw.Count == 0)
        {
            return [];
        }

        var counted = new double[raw.Count];
        var notes = new string[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            counted[i] = raw[i].Points;
            notes[i] = raw[i].Detail;
        }

        foreach (var category in raw.Select(r => r.Rule.Category).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            ApplyCategory(raw, counted, notes, category);
        }

        var lines = new AdjustmentLine[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            if (counted[i] > 0)
            {
                bonus += counted[i];
            }
            else
            {
                deduction -= counted[i];
            }

            lines[i] = new AdjustmentLine(raw[i].Rule.Id, raw[i].Rule.Label, raw[i].Rule.Category, raw[i].Points, counted[i], notes[i]);
        }

        return lines;
    }

    private void ApplyCategory(List<(IAdjustmentRule Rule, double Points, string Detail)> raw, double[] counted, string[] notes, string category)
    {
        // Highest bonus in the category counts; ties go to the first rule in profile order.
        var best = -1;
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Rule.Category == category && raw[i].Points > 0 && (best < 0 || raw[i].Points > raw[best].Points))
            {
                best = i;
            }
        }

        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Rule.Category == category && raw[i].Points > 0 && i != best)
            {
                counted[i] = 0;
                notes[i] += $"; not counted: only the highest bonus in category '{category}' counts ({raw[best].Rule.Id})";
            }
        }

        if (!CategoryCaps.TryGetValue(category, out var cap))
        {
            return;
        }

        double net = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Rule.Category == category)
            {
                net += counted[i];
            }
        }

        if (Math.Abs(net) <= cap || net == 0)
        {
            return;
        }

        var factor = cap / Math.Abs(net);
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Rule.Category == category && counted[i] != 0)
            {
                counted[i] *= factor;
                notes[i] += $"; category '{category}' capped at {cap.ToString("0.####", CultureInfo.InvariantCulture)} points";
            }
        }
    }
}
