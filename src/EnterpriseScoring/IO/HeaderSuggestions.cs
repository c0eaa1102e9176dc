namespace EnterpriseScoring.IO;

/// <summary>
/// "Did you mean …?" for column headers: an unknown header that is close to a known column name (a built-in header, a
/// Chinese header, an alias or a caller's header alias), and the headers of a file that are close to a measure the file
/// lacks. Headers are compared after <see cref="HeaderCatalog.Normalize"/> (trimmed, unit suffix dropped, ASCII case
/// ignored, spaces and hyphens as underscores) by their similarity, 1 − edit distance / length of the longer (see
/// <see cref="EditDistance"/>).
/// </summary>
internal static class HeaderSuggestions
{
    /// <summary>
    /// The least similarity of a suggestion: one edit in four characters (<c>taxx</c> → <c>tax</c>, <c>实缴税全</c> →
    /// <c>实缴税金</c>), two in eight (<c>employes</c> → <c>employees</c>); never for names of one or two characters.
    /// </summary>
    public const double MinimumSimilarity = 0.75;

    /// <summary>At most this many unknown headers of one file are compared (the cost stays bounded on a file with very many columns).</summary>
    public const int MaxHeadersExamined = 1000;

    /// <summary>Headers longer than this (normalised) are never compared: no known name comes close.</summary>
    private const int MaxLength = 64;

    /// <summary>Every built-in spelling (normalised) and its target, once.</summary>
    private static readonly KeyValuePair<string, string>[] BuiltInNames = [.. HeaderCatalog.BuiltIn];

    /// <summary>The similarity of two normalised names, in [0, 1]: 1 − distance / the longer length (1 for two empty names).</summary>
    /// <param name="a">A normalised name.</param>
    /// <param name="b">Another.</param>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - ((double)EditDistance.OptimalStringAlignment(a, b) / longer);
    }

    /// <summary>
    /// The target (a <see cref="FirmColumns"/> name, a measure id or <c>tag:…</c>) whose name is closest to an unknown
    /// header, when close enough to be a plausible typo; <see langword="null"/> otherwise.
    /// </summary>
    /// <param name="header">The header as written.</param>
    /// <param name="normalizedUserAliases">The caller's header aliases, normalised header → target.</param>
    public static string? ClosestTarget(string header, IReadOnlyDictionary<string, string> normalizedUserAliases)
    {
        var key = HeaderCatalog.Normalize(header);
        if (key.Length == 0 || key.Length > MaxLength)
        {
            return null;
        }

        string? best = null;
        var bestSimilarity = MinimumSimilarity;
        void Consider(string name, string target)
        {
            if (!CanReach(key, name) || target == FirmColumns.Ignore)
            {
                return;
            }

            var similarity = Similarity(key, name);
            if (similarity > bestSimilarity || (similarity == bestSimilarity && (best is null || string.CompareOrdinal(target, best) < 0)))
            {
                best = target;
                bestSimilarity = similarity;
            }
        }

        foreach (var (name, target) in normalizedUserAliases)
        {
            Consider(name, target);
        }

        foreach (var (name, target) in BuiltInNames)
        {
            Consider(name, target);
        }

        return best;
    }

    /// <summary>
    /// The headers of a file (as written) that look like <paramref name="measure"/> — close to its id, Chinese name,
    /// aliases or English name — best first, at most <paramref name="max"/>. Headers the catalogue knows are skipped:
    /// they were read as what they name.
    /// </summary>
    /// <param name="measure">A measure the file lacks.</param>
    /// <param name="headers">The file's headers (or, for a table built in code, its measure ids).</param>
    /// <param name="max">The most suggestions.</param>
    public static IReadOnlyList<string> For(Measure measure, IEnumerable<string> headers, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(headers);
        var names = NamesOf(measure);
        var found = new List<(string Header, double Similarity, int Order)>();
        var examined = 0;
        foreach (var header in headers)
        {
            var key = HeaderCatalog.Normalize(header ?? string.Empty);
            if (key.Length == 0 || key.Length > MaxLength || HeaderCatalog.BuiltIn.ContainsKey(key))
            {
                continue;
            }

            if (++examined > MaxHeadersExamined)
            {
                break;
            }

            var best = 0.0;
            foreach (var name in names)
            {
                if (CanReach(key, name))
                {
                    best = Math.Max(best, Similarity(key, name));
                }
            }

            if (best >= MinimumSimilarity && best < 1)
            {
                found.Add((header!.Trim(), best, found.Count));
            }
        }

        return [.. found.OrderByDescending(f => f.Similarity).ThenBy(f => f.Order).Take(max).Select(f => f.Header).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A description of a target for messages: <c>'tax' (实缴税金)</c>, <c>'name' (企业名称)</c>, <c>'tag:listed' (上市企业)</c>.</summary>
    /// <param name="target">A target.</param>
    public static string Describe(string target)
    {
        var chinese = KnownMeasures.TryGet(target, out var measure) ? measure.ChineseName
            : target.StartsWith(FirmColumns.TagPrefix, StringComparison.Ordinal) ? KnownTags.ChineseName(target[FirmColumns.TagPrefix.Length..])
            : FirmColumns.ChineseName(target);
        return chinese is null ? $"'{target}'" : $"'{target}' ({chinese})";
    }

    /// <summary>The normalised names of a measure: id, Chinese name, aliases, English name.</summary>
    private static string[] NamesOf(Measure measure) =>
        [.. new[] { measure.Id, measure.ChineseName, measure.EnglishName }.Concat(measure.Aliases).Select(HeaderCatalog.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the lengths allow <see cref="MinimumSimilarity"/> at all (the distance is at least the length difference).</summary>
    private static bool CanReach(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer > 0 && 1 - ((double)Math.Abs(a.Length - b.Length) / longer) >= MinimumSimilarity;
    }
}
