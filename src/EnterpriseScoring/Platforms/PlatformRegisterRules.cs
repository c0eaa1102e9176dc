using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// The checks a register must pass as a whole, shared by <see cref="PlatformRegister.Create"/> (which throws) and
/// <see cref="PlatformRegisterReader"/> (which rejects the rows): unique ids, parents and merge targets that exist and are
/// not the platform itself, a merge date exactly with a merge target, no cycle of parents or of merges.
/// </summary>
internal static class PlatformRegisterRules
{
    /// <summary>The problems of <paramref name="platforms"/>, in list order; empty when the register is sound.</summary>
    public static List<PlatformRegisterProblem> Check(IReadOnlyList<Platform> platforms)
    {
        var problems = new List<PlatformRegisterProblem>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < platforms.Count; i++)
        {
            var p = platforms[i];
            if (string.IsNullOrWhiteSpace(p.Id))
            {
                problems.Add(new(i, PlatformRegisterColumns.Id, p.Id, RowIssueCode.MissingId, "平台编号为空 the platform id is empty"));
            }
            else if (!index.TryAdd(p.Id, i))
            {
                problems.Add(new(i, PlatformRegisterColumns.Id, p.Id, RowIssueCode.DuplicateId, $"平台编号重复 the id is also on line {platforms[index[p.Id]].Line} (position {index[p.Id] + 1})"));
            }

            CheckArea(problems, i, PlatformRegisterColumns.PlannedArea, p.PlannedArea);
            CheckArea(problems, i, PlatformRegisterColumns.ApprovedUnsupplied, p.ApprovedUnsupplied);
            CheckArea(problems, i, PlatformRegisterColumns.SuppliedUnused, p.SuppliedUnused);
            CheckArea(problems, i, PlatformRegisterColumns.InefficientLand, p.InefficientLand);
            CheckArea(problems, i, PlatformRegisterColumns.ClearedLand, p.ClearedLand);
            if (!Enum.IsDefined(p.Level))
            {
                problems.Add(new(i, PlatformRegisterColumns.Level, p.Level.ToString(), RowIssueCode.InvalidValue, "not a platform level"));
            }

            if (p.MergedInto.Length > 0 != p.MergedFrom.HasValue)
            {
                problems.Add(p.MergedInto.Length > 0
                    ? new(i, PlatformRegisterColumns.MergedFrom, string.Empty, RowIssueCode.InvalidValue, $"并入平台 '{p.MergedInto}' 没有并入日期 a merge needs the date it took effect")
                    : new(i, PlatformRegisterColumns.MergedInto, string.Empty, RowIssueCode.InvalidValue, "有并入日期但没有并入平台 a merge date without the platform merged into"));
            }
        }

        for (var i = 0; i < platforms.Count; i++)
        {
            var p = platforms[i];
            CheckReference(problems, index, i, p, PlatformRegisterColumns.Parent, p.Parent, "上级平台 parent platform");
            CheckReference(problems, index, i, p, PlatformRegisterColumns.MergedInto, p.MergedInto, "并入平台 platform merged into");
        }

        CheckCycles(problems, platforms, index, PlatformRegisterColumns.Parent, p => p.Parent, "上级平台");
        CheckCycles(problems, platforms, index, PlatformRegisterColumns.MergedInto, p => p.MergedInto, "并入平台");
        problems.Sort((a, b) => a.Index.CompareTo(b.Index));
        return problems;
    }

    private static void CheckArea(List<PlatformRegisterProblem> problems, int i, string column, double? value)
    {
        if (value is { } v && (!double.IsFinite(v) || v < 0))
        {
            problems.Add(new(i, column, v.ToString(System.Globalization.CultureInfo.InvariantCulture), double.IsFinite(v) ? RowIssueCode.NegativeValue : RowIssueCode.NonFiniteNumber, "面积须为非负有限数 an area must be a finite number ≥ 0 (亩)"));
        }
    }

    private static void CheckReference(List<PlatformRegisterProblem> problems, Dictionary<string, int> index, int i, Platform p, string column, string target, string what)
    {
        if (target.Length == 0)
        {
            return;
        }

        if (string.Equals(target, p.Id, StringComparison.Ordinal))
        {
            problems.Add(new(i, column, target, RowIssueCode.InvalidReference, $"{what} 不能是平台自身 names the platform itself"));
        }
        else if (!index.ContainsKey(target))
        {
            problems.Add(new(i, column, target, RowIssueCode.InvalidReference, $"{what} '{target}' 不在平台名录中 is not in the register (or its row was rejected)"));
        }
    }

    /// <summary>Reports every platform on a cycle of <paramref name="next"/> references (self-references are reported already).</summary>
    private static void CheckCycles(List<PlatformRegisterProblem> problems, IReadOnlyList<Platform> platforms, Dictionary<string, int> index, string column, Func<Platform, string> next, string what)
    {
        var state = new byte[platforms.Count]; // 0 unvisited, 1 on the current path, 2 done
        for (var start = 0; start < platforms.Count; start++)
        {
            var path = new List<int>();
            var i = start;
            while (i >= 0 && state[i] == 0)
            {
                state[i] = 1;
                path.Add(i);
                var target = next(platforms[i]);
                i = target.Length > 0 && !string.Equals(target, platforms[i].Id, StringComparison.Ordinal) && index.TryGetValue(target, out var j) ? j : -1;
            }

            if (i >= 0 && state[i] == 1)
            {
                var cycle = path.Skip(path.IndexOf(i)).ToList();
                var names = string.Join(" → ", cycle.Select(c => platforms[c].Id).Append(platforms[i].Id));
                foreach (var c in cycle)
                {
                    problems.Add(new(c, column, next(platforms[c]), RowIssueCode.InvalidReference, $"{what}形成循环 the references form a cycle: {names}"));
                }
            }

            foreach (var v in path)
            {
                state[v] = 2;
            }
        }
    }
}
