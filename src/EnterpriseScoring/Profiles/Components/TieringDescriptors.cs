using EnterpriseScoring.Classification;
using static EnterpriseScoring.Profiles.Components.ComponentReader;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in tier schemes (<c>"tiering": {"scheme": …}</c>).</summary>
internal static class TieringDescriptors
{
    /// <summary>The keys of the per-band roundings, by level (a_rounding = the first band).</summary>
    private static readonly string[] RoundingKeys = ["a_rounding", "b_rounding", "c_rounding", "d_rounding", "e_rounding", "f_rounding"];

    public static ComponentCatalog<ITierScheme> Catalog { get; } = new(
        "scheme",
        "tier scheme",
        "Tiering: quota bands (a, b, c, d in percent, or percents: one per tier of tier_set) or score thresholds (a, b, c minimum totals, or minimums: one per tier but the bottom one).",
        [new Quota(), new Thresholds()],
        ["a", "b", "c", "d", "percents", "minimums", "rounding", "a_rounding", "b_rounding", "c_rounding", "d_rounding", "e_rounding", "f_rounding", "boundary_ties", "minimum_scope_size_for_d"]);

    private sealed class Quota() : ComponentDescriptor<ITierScheme>(
        "quota_bands",
        "Fixed shares of the ranked firms in A, B, C and D (or in each tier of the profile's tier_set).",
        [
            new("percents", ComponentOptionKind.NumberList, "Percent in each tier of tier_set, best first (3–6 of them, adding up to 100), e.g. [10, 30, 50, 10] for A+/A/B/C. Instead of a, b, c, d."),
            new("a", ComponentOptionKind.Number, "Percent in A."),
            new("b", ComponentOptionKind.Number, "Percent in B."),
            new("c", ComponentOptionKind.Number, "Percent in C."),
            new("d", ComponentOptionKind.Number, "Percent in D (a + b + c + d = 100)."),
            ComponentOption.OneOf<HeadcountRounding>("rounding", "How the cumulative percentages (A, A+B, A+B+C) become head counts: round (default), floor, ceiling."),
            ComponentOption.OneOf<HeadcountRounding>("a_rounding", "The first band (A; level 1 of tier_set) gets its own head count, a % of the scope rounded this way (round, floor, ceiling), instead of the cumulative count. Default: none."),
            ComponentOption.OneOf<HeadcountRounding>("b_rounding", "The second band (B) gets its own head count, rounded this way; A+B = A + B's own count. Default: none."),
            ComponentOption.OneOf<HeadcountRounding>("c_rounding", "The third band (C) gets its own head count, rounded this way. As the bottom band of three, the band above takes the remainder. Not with the own rounding of the band below or above it when one of the two is the bottom band. Default: none."),
            ComponentOption.OneOf<HeadcountRounding>("d_rounding", "The fourth band (D) gets its own head count, rounded this way (Anhui: floor, D = ⌊5 % × N⌋); as the bottom band, the band above takes the remainder (moved up). Not with c_rounding under A–D. Default: none."),
            ComponentOption.OneOf<HeadcountRounding>("e_rounding", "The fifth band (level 5 of a tier_set of five or six) gets its own head count, rounded this way; as the bottom band, the band above takes the remainder. Default: none."),
            ComponentOption.OneOf<HeadcountRounding>("f_rounding", "The sixth band (level 6 of a tier_set of six, its bottom) gets its own head count, rounded this way; the band above takes the remainder. Default: none."),
            ComponentOption.OneOf<BoundaryTies>("boundary_ties", "Where tied firms straddling a boundary go: majority (default: the tier holding most of the tied positions), better_tier or worse_tier."),
            new("minimum_scope_size_for_d", ComponentOptionKind.Integer, "Scopes with fewer rated firms than this have no D (the bottom tier; its share goes to the tier above). Default 0."),
        ])
    {
        public override ITierScheme? Create(ComponentReader reader)
        {
            var percents = reader.Numbers("percents");
            var lettered = new[] { "a", "b", "c", "d" }.Where(reader.Has).ToArray();
            if (percents is not null && lettered.Length > 0)
            {
                reader.Problem(lettered[0], "cannot be given with percents", "give percents (one per tier) or a, b, c and d");
                return null;
            }

            if (percents is null)
            {
                if (reader.Number("a") is not { } a || reader.Number("b") is not { } b || reader.Number("c") is not { } c || reader.Number("d") is not { } dd)
                {
                    reader.Problem(null, "quota_bands needs a, b, c and d (percent of rated firms)", "e.g. \"a\": 20, \"b\": 40, \"c\": 35, \"d\": 5");
                    return null;
                }

                percents = [a, b, c, dd];
            }
            else if (percents.Count is < TierSet.MinimumCount or > TierSet.MaximumCount)
            {
                reader.Problem("percents", $"has {percents.Count} bands; a tier set has {TierSet.MinimumCount} to {TierSet.MaximumCount} tiers", "one percent per tier of tier_set, best first, e.g. [10, 30, 50, 10]");
                return null;
            }

            if (QuotaBands.PercentagesProblem(percents) is { } problem)
            {
                reader.Problem(reader.Has("percents") ? "percents" : null, problem.Message, problem.Hint);
                return null;
            }

            var minimum = reader.Integer("minimum_scope_size_for_d");
            if (minimum is < 0)
            {
                reader.Problem("minimum_scope_size_for_d", "is negative");
                return null;
            }

            var own = new QuotaBandRounding
            {
                A = reader.Choice<HeadcountRounding>("a_rounding"),
                B = reader.Choice<HeadcountRounding>("b_rounding"),
                C = reader.Choice<HeadcountRounding>("c_rounding"),
                D = reader.Choice<HeadcountRounding>("d_rounding"),
                E = reader.Choice<HeadcountRounding>("e_rounding"),
                F = reader.Choice<HeadcountRounding>("f_rounding"),
            };
            if (own.HighestLevel > percents.Count)
            {
                var level = own.HighestLevel;
                reader.Problem(RoundingKeys[level - 1], $"names band {level} but the bands have {percents.Count} tiers",
                    $"the bands are a_rounding to {RoundingKeys[percents.Count - 1]}, by position; the bottom band is {RoundingKeys[percents.Count - 1]}");
                return null;
            }

            if (own.ProblemFor(percents.Count) is not null)
            {
                var bottom = RoundingKeys[percents.Count - 1];
                var above = RoundingKeys[percents.Count - 2];
                reader.Problem(bottom, $"cannot be given with {above}: one of the two bottom bands must take the remainder",
                    $"keep {bottom} (Anhui: the bottom band = ⌊5 % × N⌋, the remainder moves up)");
                return null;
            }

            return new QuotaBands(percents, reader.Choice<HeadcountRounding>("rounding") ?? HeadcountRounding.Round,
                reader.Choice<BoundaryTies>("boundary_ties") ?? BoundaryTies.Majority, minimum ?? 0)
            {
                BandRounding = own.IsEmpty ? QuotaBandRounding.None : own,
            };
        }

        public override bool TryWrite(ITierScheme component, ComponentWriter writer)
        {
            if (component is not QuotaBands q)
            {
                return false;
            }

            if (q.TierCount == 4)
            {
                writer.Set("a", q.A);
                writer.Set("b", q.B);
                writer.Set("c", q.C);
                writer.Set("d", q.D);
            }
            else
            {
                writer.Set("percents", q.Percents);
            }

            writer.SetChoice<HeadcountRounding>("rounding", q.Rounding == HeadcountRounding.Round ? null : q.Rounding);
            writer.SetChoice<HeadcountRounding>("a_rounding", q.BandRounding.A);
            writer.SetChoice<HeadcountRounding>("b_rounding", q.BandRounding.B);
            writer.SetChoice<HeadcountRounding>("c_rounding", q.BandRounding.C);
            writer.SetChoice<HeadcountRounding>("d_rounding", q.BandRounding.D);
            writer.SetChoice<HeadcountRounding>("e_rounding", q.BandRounding.E);
            writer.SetChoice<HeadcountRounding>("f_rounding", q.BandRounding.F);
            writer.SetChoice<BoundaryTies>("boundary_ties", q.Ties == BoundaryTies.Majority ? null : q.Ties);
            writer.Set("minimum_scope_size_for_d", q.MinimumScopeSizeForD == 0 ? null : q.MinimumScopeSizeForD);
            return true;
        }
    }

    private sealed class Thresholds() : ComponentDescriptor<ITierScheme>(
        "score_thresholds",
        "Minimum totals for A, B and C; below C is D (or one minimum per tier of tier_set but the bottom one).",
        [
            new("minimums", ComponentOptionKind.NumberList, "Minimum total of each tier of tier_set but the bottom one, best first, strictly descending, e.g. [90, 80, 60] for A+/A/B/C (below 60 is C). Instead of a, b, c."),
            new("a", ComponentOptionKind.Number, "Minimum total for A."),
            new("b", ComponentOptionKind.Number, "Minimum total for B."),
            new("c", ComponentOptionKind.Number, "Minimum total for C."),
        ])
    {
        public override ITierScheme? Create(ComponentReader reader)
        {
            if (reader.Numbers("minimums") is { } minimums)
            {
                if (new[] { "a", "b", "c" }.FirstOrDefault(reader.Has) is { } key)
                {
                    reader.Problem(key, "cannot be given with minimums", "give minimums (one per tier but the bottom one) or a, b and c");
                    return null;
                }

                if (minimums.Count is < TierSet.MinimumCount - 1 or > TierSet.MaximumCount - 1)
                {
                    reader.Problem("minimums", $"has {minimums.Count} minimums; a tier set of {TierSet.MinimumCount} to {TierSet.MaximumCount} tiers has {TierSet.MinimumCount - 1} to {TierSet.MaximumCount - 1}", "one minimum per tier but the bottom one, best first, e.g. [90, 80, 60]");
                    return null;
                }

                if (ScoreThresholds.DescentProblem(minimums) is { } descent)
                {
                    reader.Problem("minimums", $"thresholds do not strictly descend: {descent}", "best tier first, each minimum below the one before, e.g. [90, 80, 60]");
                    return null;
                }

                return reader.Try("minimums", () => new ScoreThresholds(minimums));
            }

            if (reader.Number("a") is not { } ta || reader.Number("b") is not { } tb || reader.Number("c") is not { } tc)
            {
                reader.Problem(null, "score_thresholds needs a, b and c (minimum totals)", "e.g. \"a\": 90, \"b\": 75, \"c\": 60");
                return null;
            }

            if (!(ta >= tb && tb >= tc))
            {
                reader.Problem(null, $"thresholds A {Num(ta)}, B {Num(tb)}, C {Num(tc)} do not descend", "a ≥ b ≥ c");
                return null;
            }

            return new ScoreThresholds(ta, tb, tc);
        }

        public override bool TryWrite(ITierScheme component, ComponentWriter writer)
        {
            if (component is not ScoreThresholds t)
            {
                return false;
            }

            if (t.IsLettered)
            {
                writer.Set("a", t.A);
                writer.Set("b", t.B);
                writer.Set("c", t.C);
            }
            else
            {
                writer.Set("minimums", t.Minimums);
            }

            return true;
        }
    }
}
