using System.Text.Json.Nodes;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Profiles.Components;

/// <summary>The built-in scoring methods (<c>"scoring": {"method": …}</c>).</summary>
internal static partial class ScoringDescriptors
{
    public static ComponentCatalog<IScoringMethod> Catalog { get; } = new(
        "method",
        "scoring method",
        "A scoring method with options. Default: ratio_to_benchmark without cap.",
        [
            new RatioToBenchmark(),
            new MinMax(),
            new InverseBenchmark(),
            new ZScore(),
            new FixedInstanceDescriptor<IScoringMethod>("vector", "x / ‖x‖ (vector normalisation).", KnownScoringMethods.Vector, m => m is VectorScoring),
            new FixedInstanceDescriptor<IScoringMethod>("percentile_rank", "Excel PERCENTRANK.INC within the pool.", KnownScoringMethods.PercentileRank, m => m is PercentileRankScoring),
            new FixedInstanceDescriptor<IScoringMethod>("rank", "F4: (n − r + 1) / n with competition rank r.", KnownScoringMethods.Rank, m => m is RankScoring),
            new Efficacy(),
        ],
        ["cap", "floor", "offset", "scale", "satisfactory", "unacceptable", "below_unacceptable", "standards", "band_coefficients", "standard_table"]);

    private sealed class RatioToBenchmark() : ComponentDescriptor<IScoringMethod>(
        RatioToBenchmarkScoring.MethodName,
        "F1: x / B (B / x for lower-is-better, which needs a cap); needs a benchmark.",
        [
            new("cap", ComponentOptionKind.Number, "Largest normalised value k (score ≤ k × W). Default: none."),
            new("floor", ComponentOptionKind.Number, "Smallest normalised value. Default: none."),
        ])
    {
        public override IScoringMethod? Create(ComponentReader reader)
        {
            var (cap, floor) = (reader.Number("cap"), reader.Number("floor"));
            return cap is null && floor is null
                ? KnownScoringMethods.RatioToBenchmark
                : reader.Try(null, () => KnownScoringMethods.RatioToBenchmarkWith(cap, floor), "cap > 0 and floor ≤ cap");
        }

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not RatioToBenchmarkScoring r)
            {
                return false;
            }

            writer.Set("cap", r.Options.Cap);
            writer.Set("floor", r.Options.Floor);
            return true;
        }

        public override void CheckUse(IScoringMethod component, ComponentReader reader)
        {
            if (component is RatioToBenchmarkScoring { Options.Cap: null } && reader.IndicatorDirection == Direction.LowerIsBetter)
            {
                reader.Problem("cap", "a lower-is-better indicator scored by ratio_to_benchmark needs a cap", "e.g. \"cap\": 1.2");
            }
        }
    }

    private sealed class MinMax() : ComponentDescriptor<IScoringMethod>(
        MinMaxScoring.MethodName,
        "F2: floor + (1 − floor) × (x − min) / (max − min); 0.2 = Anhui rule.",
        [new("floor", ComponentOptionKind.Number, "The worst firm gets floor × W (0.2 = Anhui rule). Default 0.")])
    {
        public override IScoringMethod? Create(ComponentReader reader) => reader.Number("floor") switch
        {
            null or 0 => KnownScoringMethods.MinMax,
            0.2 => KnownScoringMethods.MinMaxAnhui,
            { } floor => reader.Try("floor", () => KnownScoringMethods.MinMaxWithFloor(floor), "a floor in [0, 1), e.g. 0.2"),
        };

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not MinMaxScoring m)
            {
                return false;
            }

            writer.Set("floor", m.Options.Floor == 0 ? null : m.Options.Floor);
            return true;
        }
    }

    private sealed class InverseBenchmark() : ComponentDescriptor<IScoringMethod>(
        InverseBenchmarkScoring.MethodName, "F3: ½ × (2 − x / B) clamped to [0, 1]; lower-is-better indicators only; needs a benchmark.")
    {
        public override IScoringMethod? Create(ComponentReader reader) => KnownScoringMethods.InverseBenchmark;

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer) => component is InverseBenchmarkScoring;

        public override void CheckUse(IScoringMethod component, ComponentReader reader)
        {
            if (component is InverseBenchmarkScoring && reader.IndicatorDirection == Direction.HigherIsBetter)
            {
                reader.Problem("method", $"inverse_benchmark scores lower-is-better indicators; '{reader.IndicatorId}' is higher-is-better", "use ratio_to_benchmark");
            }
        }
    }

    private sealed class ZScore() : ComponentDescriptor<IScoringMethod>(
        ZScoreScoring.MethodName,
        "offset + scale × (x − mean) / sd.",
        [
            new("offset", ComponentOptionKind.Number, "offset + scale × z. Default 0."),
            new("scale", ComponentOptionKind.Number, "offset + scale × z. Default 1."),
        ])
    {
        public override IScoringMethod? Create(ComponentReader reader)
        {
            var (offset, scale) = (reader.Number("offset"), reader.Number("scale"));
            return offset is null && scale is null
                ? KnownScoringMethods.ZScore
                : reader.Try(null, () => KnownScoringMethods.ZScoreLinear(offset ?? 0, scale ?? 1), "finite offset and non-zero scale");
        }

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not ZScoreScoring z)
            {
                return false;
            }

            writer.Set("offset", z.Options.Offset == 0 ? null : z.Options.Offset);
            writer.Set("scale", z.Options.Scale == 1 ? null : z.Options.Scale);
            return true;
        }
    }

    private sealed partial class Efficacy() : ComponentDescriptor<IScoringMethod>(
        EfficacyCoefficientScoring.MethodName,
        "功效系数: (60 + 40 × (x − 不允许值) / (满意值 − 不允许值)) / 100, capped at 1 (W) at or better than 满意值; or the banded form against a standard-value table (优秀/良好/平均/较低/较差): 本档基础分 + (x − 本档标准) / (上档标准 − 本档标准) × 档差, never above W.",
        [
            new("satisfactory", ComponentOptionKind.Number, "满意值: at or better than it the score is W. Give it with unacceptable, or neither: then both are the pool's best and worst values."),
            new("unacceptable", ComponentOptionKind.Number, "不允许值: at it the coefficient is 60 (above 满意值 for a lower-is-better indicator)."),
            ComponentOption.OneOf<BelowUnacceptable>("below_unacceptable", "Worse than 不允许值: zero (default: 0 points) or formula (60 + 40 × the negative position, never below 0)."),
            new("standards", ComponentOptionKind.NumberList, "The banded form: five standard values, best band first (优秀, 良好, 平均, 较低, 较差); decreasing for higher-is-better, increasing for lower-is-better. At or better than 优秀: W; worse than 较差: 0. Excludes satisfactory and unacceptable."),
            new("band_coefficients", ComponentOptionKind.NumberList, "The banded form: the five standard coefficients, best first (本档基础分 = coefficient × W). Default [1, 0.8, 0.6, 0.4, 0.2]."),
            new("standard_table", ComponentOptionKind.Json, "The banded form by industry × size (企业绩效评价标准值): {\"size_measure\": \"revenue\", \"size_classes\": [{\"id\": \"large\", \"label\": \"大型\", \"at_least\": 40000}, …], \"rows\": [{\"industry\": \"C26\", \"label\": \"…\", \"size\": \"large\", \"standards\": [5 values]}, …]}. industry: a GB/T 4754 门类 letter or 大类 (C26); left out for a default row. The most specific row wins (大类 × size, 大类 全行业, 门类 × size, 门类 全行业, default × size, default); then standards, if given; a firm with neither counts as missing. A class over several measures, all to be met (国统字〔2017〕213号): \"at_least\": {\"employees\": 1000, \"revenue\": 40000}, without size_measure; missing_size: all_sizes (default: a firm missing a size measure gets 全行业 rows) or no_row. \"file\": \"tables/c26.csv\" instead of rows: a CSV in the folder of the profile file naming it (行业代码/industry, 行业名称/label, 规模/size, 优秀值/excellent … 较差值/poor); the loader puts its bytes beside it, base64, as file_base64, so a resolved profile (ProfileLoader.ResolveFile) carries its table."),
        ])
    {
        public override IScoringMethod? Create(ComponentReader reader)
        {
            var (satisfactory, unacceptable, standards, coefficients) = (reader.Number("satisfactory"), reader.Number("unacceptable"), reader.Numbers("standards"), reader.Numbers("band_coefficients"));
            var below = reader.Choice<BelowUnacceptable>("below_unacceptable") ?? BelowUnacceptable.Zero;
            StandardValueTable? table = null;
            if (reader.Has("standard_table"))
            {
                if (satisfactory is not null || unacceptable is not null)
                {
                    reader.Problem(satisfactory is not null ? "satisfactory" : "unacceptable", "cannot be given with standard_table", "use standard_table (the banded form) or satisfactory and unacceptable (the formula)");
                    return null;
                }

                if ((table = ReadTable(reader)) is null)
                {
                    return null;
                }
            }

            if (satisfactory is null && unacceptable is null && standards is null && coefficients is null && table is null && below == BelowUnacceptable.Zero)
            {
                return KnownScoringMethods.EfficacyCoefficient;
            }

            if (coefficients is not null && standards is null && table is null)
            {
                reader.Problem("band_coefficients", "applies to the banded form only", "give standards too, or leave band_coefficients out");
                return null;
            }

            if (standards is not null && (satisfactory is not null || unacceptable is not null))
            {
                reader.Problem(satisfactory is not null ? "satisfactory" : "unacceptable", "cannot be given with standards", "use standards (the banded form) or satisfactory and unacceptable (the formula)");
                return null;
            }

            if (standards is null && (satisfactory is null) != (unacceptable is null))
            {
                reader.Problem(satisfactory is null ? "satisfactory" : "unacceptable", "is missing", "give both 满意值 (satisfactory) and 不允许值 (unacceptable), or neither for the pool's best and worst values");
                return null;
            }

            var key = standards is not null ? (coefficients is not null && standards.Count == 5 ? "band_coefficients" : "standards")
                : table is not null ? (coefficients is not null ? "band_coefficients" : below != BelowUnacceptable.Zero ? "below_unacceptable" : "standard_table") : "satisfactory";
            return reader.Try(key, () => new EfficacyCoefficientScoring(new EfficacyCoefficientOptions
            {
                Satisfactory = satisfactory,
                Unacceptable = unacceptable,
                BelowUnacceptable = below,
                Standards = standards ?? [],
                Table = table,
                BandCoefficients = coefficients ?? EfficacyCoefficientOptions.DefaultBandCoefficients,
            }));
        }

        public override bool TryWrite(IScoringMethod component, ComponentWriter writer)
        {
            if (component is not EfficacyCoefficientScoring e)
            {
                return false;
            }

            var o = e.Options;
            writer.Set("satisfactory", o.Satisfactory);
            writer.Set("unacceptable", o.Unacceptable);
            writer.SetChoice<BelowUnacceptable>("below_unacceptable", o.BelowUnacceptable == BelowUnacceptable.Zero ? null : o.BelowUnacceptable);
            writer.Set("standards", o.Standards.Count == 0 ? null : o.Standards);
            writer.SetJson("standard_table", o.Table is { } t ? WriteTable(t) : null);
            writer.Set("band_coefficients", (o.Standards.Count == 0 && o.Table is null) || o.BandCoefficients.SequenceEqual(EfficacyCoefficientOptions.DefaultBandCoefficients) ? null : o.BandCoefficients);
            return true;
        }

        public override void CheckUse(IScoringMethod component, ComponentReader reader)
        {
            if (component is EfficacyCoefficientScoring { Options.Table: { } table } && reader.IndicatorDirection is { } tableDirection)
            {
                foreach (var (path, message) in table.DirectionProblems(tableDirection))
                {
                    var hint = $"'{reader.IndicatorId}' is {(tableDirection == Direction.LowerIsBetter ? "lower" : "higher")}-is-better";
                    _ = table is { Source: { } source, SourceLines: { } lines } && RowLine(path, lines) is { } line
                        ? reader.ProblemBelow("standard_table", ".file", $"'{source.Path}' line {line}: {message}", hint)
                        : reader.ProblemBelow("standard_table", "." + path, message, hint);
                }

                var own = ((EfficacyCoefficientScoring)component).Options.Standards;
                if (own.Count > 0 && new EfficacyCoefficientScoring(((EfficacyCoefficientScoring)component).Options with { Table = null }).DirectionProblem(tableDirection) is { } ownProblem)
                {
                    reader.Problem("standards", ownProblem, $"'{reader.IndicatorId}' is {(tableDirection == Direction.LowerIsBetter ? "lower" : "higher")}-is-better");
                }

                return;
            }

            if (component is EfficacyCoefficientScoring e && reader.IndicatorDirection is { } direction && e.DirectionProblem(direction) is { } problem)
            {
                reader.Problem(e.IsBanded ? "standards" : "satisfactory", problem, $"'{reader.IndicatorId}' is {(reader.IndicatorDirection == Direction.LowerIsBetter ? "lower" : "higher")}-is-better");
            }
        }

        /// <summary>
        /// Reads <c>standard_table</c>, reporting every problem at its JSON path (a problem of a row read from <c>file</c> at
        /// <c>standard_table.file</c>, naming the file's line, column and value); null when it is wrong.
        /// </summary>
        private static StandardValueTable? ReadTable(ComponentReader reader)
        {
            const string Key = "standard_table";
            if (reader.Node(Key) is not JsonObject node)
            {
                reader.Problem(Key, "standard_table must be an object {size_measure, size_classes, rows or file, missing_size}", "{\"rows\": [{\"industry\": \"C26\", \"standards\": [0.2, 0.15, 0.1, 0.05, 0]}]}");
                return null;
            }

            var ok = Known(reader, node, string.Empty, ["size_measure", "size_classes", "missing_size", "rows", ProfileDataFiles.FileKey, ProfileDataFiles.ContentKey]);
            Measure? sizeMeasure = null;
            if (node["size_measure"] is { } measureNode)
            {
                if (measureNode is JsonValue mv && mv.TryGetValue<string>(out var id))
                {
                    ok &= (sizeMeasure = reader.Scope.ResolveMeasure(id, reader.PathOf(Key) + ".size_measure", false)) is not null;
                }
                else
                {
                    ok = reader.ProblemBelow(Key, ".size_measure", "size_measure must be a measure id", "e.g. \"revenue\"");
                }
            }

            var whenMissing = MissingSizeMeasure.AllSizes;
            if (node["missing_size"] is { } missingNode)
            {
                var text = missingNode is JsonValue tv && tv.TryGetValue<string>(out var t) ? t : null;
                if (text == "no_row")
                {
                    whenMissing = MissingSizeMeasure.NoRow;
                }
                else if (text != "all_sizes")
                {
                    ok = reader.ProblemBelow(Key, ".missing_size", "missing_size must be \"all_sizes\" (a firm missing a size measure gets a 全行业 row) or \"no_row\" (it has no standard values)");
                }
            }

            var classes = new List<StandardSizeClass>();
            foreach (var (item, at) in Items(reader, node, "size_classes", ref ok))
            {
                ok &= Known(reader, item, at, ["id", "label", "at_least"]);
                var (idText, label) = (Text(item, "id") ?? string.Empty, Text(item, "label"));
                switch (item["at_least"])
                {
                    case null:
                        ok = reader.ProblemBelow(Key, at + ".at_least", "a size class needs at_least: the smallest value of size_measure in it, or one per measure, all to be met", "e.g. 40000, or {\"employees\": 1000, \"revenue\": 40000}");
                        classes.Add(new StandardSizeClass(idText, label, double.NaN));
                        break;
                    case JsonObject perMeasure:
                        var thresholds = new List<SizeThreshold>();
                        if (perMeasure.Count == 0)
                        {
                            ok = reader.ProblemBelow(Key, at + ".at_least", "at_least names no measure", "e.g. {\"employees\": 1000, \"revenue\": 40000}");
                        }

                        foreach (var (measureId, valueNode) in perMeasure)
                        {
                            var measurePath = JsonPath.Child(reader.PathOf(Key) + at + ".at_least", measureId);
                            var measure = reader.Scope.ResolveMeasure(measureId, measurePath, false);
                            if (valueNode is not JsonValue value || !value.TryGetValue<double>(out var threshold))
                            {
                                ok = reader.Scope.Problem(measurePath, "a threshold must be a number", "e.g. 1000");
                            }
                            else if (measure is null)
                            {
                                ok = false;
                            }
                            else
                            {
                                thresholds.Add(new SizeThreshold(measure, threshold));
                            }
                        }

                        classes.Add(new StandardSizeClass(idText, label, thresholds));
                        break;
                    case JsonValue single when single.TryGetValue<double>(out var atLeast):
                        classes.Add(new StandardSizeClass(idText, label, atLeast));
                        break;
                    default:
                        ok = reader.ProblemBelow(Key, at + ".at_least", "at_least must be a number or an object of one number per measure", "e.g. 40000, or {\"employees\": 1000, \"revenue\": 40000}");
                        classes.Add(new StandardSizeClass(idText, label, double.NaN));
                        break;
                }
            }

            var rows = new List<StandardValueRow>();
            IReadOnlyList<int>? lines = null;
            StandardTableFile? source = null;
            var fileNode = node[ProfileDataFiles.FileKey];
            var contentNode = node[ProfileDataFiles.ContentKey];
            if (contentNode is not null && fileNode is null)
            {
                ok = reader.ProblemBelow(Key, "." + ProfileDataFiles.ContentKey, ProfileDataFiles.WithoutFile, ProfileDataFiles.WithoutFileHint);
            }

            if (node["rows"] is null && fileNode is null)
            {
                ok = reader.ProblemBelow(Key, ".rows", "standard_table needs rows, or a file of rows", "[{\"industry\": \"C26\", \"size\": \"large\", \"standards\": [0.2, 0.15, 0.1, 0.05, 0]}], or \"file\": \"c26.csv\"");
            }
            else if (node["rows"] is not null && fileNode is not null)
            {
                ok = reader.ProblemBelow(Key, ".file", "give rows or file, not both");
            }

            foreach (var (item, at) in Items(reader, node, "rows", ref ok))
            {
                ok &= Known(reader, item, at, ["industry", "label", "size", "standards"]);
                var values = new List<double>();
                if (item["standards"] is JsonArray list && list.All(v => v is JsonValue jv && jv.TryGetValue<double>(out _)))
                {
                    values.AddRange(list.Select(v => v!.GetValue<double>()));
                }
                else
                {
                    ok = reader.ProblemBelow(Key, at + ".standards", "a row needs standards: five numbers, best band first (优秀, 良好, 平均, 较低, 较差)", "e.g. [0.2, 0.15, 0.1, 0.05, 0]");
                    continue;
                }

                rows.Add(new StandardValueRow(Text(item, "industry"), Text(item, "size"), values) { Label = Text(item, "label") });
            }

            if (fileNode is not null && node["rows"] is null)
            {
                if (fileNode is not JsonValue fv || !fv.TryGetValue<string>(out var file) || file.Length == 0)
                {
                    ok = reader.ProblemBelow(Key, ".file", "file must be the path of a CSV file, relative to the profile file's folder", "e.g. \"tables/c26.csv\"");
                }
                else if (contentNode is not null)
                {
                    if (!ProfileDataFiles.IsPlainReference(file))
                    {
                        ok = reader.ProblemBelow(Key, ".file", $"file '{IO.TextExcerpt.Of(file)}' beside file_base64 must be a relative path of a .csv file, without '..', of at most {ProfileDataFiles.MaxFileReferenceLength} characters", "leave it to the loader: load the profile from its file, or resolve it there (ProfileLoader.ResolveFile)");
                    }
                    else if (contentNode is not JsonValue cv || !cv.TryGetValue<string>(out var base64))
                    {
                        ok = reader.ProblemBelow(Key, "." + ProfileDataFiles.ContentKey, "file_base64 must be a string: the bytes of the file, base64, as the loader writes them");
                    }
                    else if (ProfileDataFiles.Decode(base64, out var reason) is not { } bytes)
                    {
                        ok = reader.ProblemBelow(Key, "." + ProfileDataFiles.ContentKey, $"file_base64 {reason}", "leave it to the loader: load the profile from its file, or resolve it there (ProfileLoader.ResolveFile)");
                    }
                    else
                    {
                        var csv = StandardTableCsv.Read(bytes, file, classes);
                        foreach (var problem in csv.Problems)
                        {
                            ok = reader.ProblemBelow(Key, ".file", problem);
                        }

                        rows.AddRange(csv.Rows.Select(r => r.Row));
                        lines = [.. csv.Rows.Select(r => r.Line)];
                        source = new StandardTableFile(file, csv.Sha256, bytes.Length);
                    }
                }
                else if (reader.Scope.DataFiles?.WasRefused(file) != true)
                {
                    ok = reader.ProblemBelow(Key, ".file", $"'{file}' was not read: only a profile loaded by ProfileLoader (from a file, or with ProfileResolver.Directory) reads data files", "give the rows inline");
                }
                else
                {
                    ok = false; // the loader has said why
                }
            }

            if (!ok)
            {
                return null;
            }

            foreach (var (path, message) in StandardValueTable.Problems(rows, sizeMeasure, classes))
            {
                ok = source is not null && RowLine(path, lines!) is { } line
                    ? reader.ProblemBelow(Key, ".file", $"'{source.Path}' line {line}: {LinesFor(message, lines!)}")
                    : reader.ProblemBelow(Key, "." + path, message);
            }

            return ok ? new StandardValueTable(rows, sizeMeasure, classes, whenMissing) { Source = source, SourceLines = lines } : null;
        }

        /// <summary>The file line of a problem at <c>rows[r]…</c> of a table read from a file, or null for another path.</summary>
        private static int? RowLine(string path, IReadOnlyList<int> lines) =>
            RowIndex().Match(path) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) && r < lines.Count ? lines[r] : null;

        /// <summary><paramref name="message"/> with every <c>rows[r]</c> named by its file line.</summary>
        private static string LinesFor(string message, IReadOnlyList<int> lines) =>
            RowIndex().Replace(message, m => int.TryParse(m.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) && r < lines.Count ? $"line {lines[r]}" : m.Value);

        [System.Text.RegularExpressions.GeneratedRegex(@"rows\[(\d+)\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
        private static partial System.Text.RegularExpressions.Regex RowIndex();

        private static string? Text(JsonObject item, string key) => item[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        private static bool Known(ComponentReader reader, JsonObject item, string at, string[] keys)
        {
            var ok = true;
            foreach (var (key, _) in item)
            {
                if (!keys.Contains(key, StringComparer.Ordinal))
                {
                    ok = reader.ProblemBelow("standard_table", $"{at}.{key}", $"unknown key '{key}'", string.Join(", ", keys));
                }
            }

            return ok;
        }

        private static List<(JsonObject Item, string At)> Items(ComponentReader reader, JsonObject node, string key, ref bool ok)
        {
            var items = new List<(JsonObject, string)>();
            if (node[key] is null)
            {
                return items;
            }

            if (node[key] is not JsonArray array)
            {
                ok = reader.ProblemBelow("standard_table", "." + key, $"{key} must be an array of objects");
                return items;
            }

            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject item)
                {
                    items.Add((item, $".{key}[{i}]"));
                }
                else
                {
                    ok = reader.ProblemBelow("standard_table", $".{key}[{i}]", $"an item of {key} must be an object");
                }
            }

            return items;
        }

        private static JsonObject WriteTable(StandardValueTable table)
        {
            var o = new JsonObject();
            Put(o, "size_measure", table.SizeMeasure?.Id);
            if (table.SizeClasses.Count > 0)
            {
                o["size_classes"] = new JsonArray([.. table.SizeClasses.Select(c =>
                {
                    var item = new JsonObject { ["id"] = c.Id };
                    Put(item, "label", c.Label);
                    item["at_least"] = c.Thresholds.Count == 0 ? c.AtLeast : new JsonObject(c.Thresholds.Select(t => KeyValuePair.Create(t.Measure.Id, (JsonNode?)JsonValue.Create(t.AtLeast))));
                    return item;
                })]);
            }

            Put(o, "missing_size", table.WhenSizeMissing == MissingSizeMeasure.NoRow ? "no_row" : null);

            o["rows"] = new JsonArray([.. table.Rows.Select(r =>
            {
                var item = new JsonObject();
                Put(item, "industry", r.Industry);
                Put(item, "label", r.Label);
                Put(item, "size", r.Size);
                item["standards"] = new JsonArray([.. r.Standards.Select(v => JsonValue.Create(v))]);
                return item;
            })]);
            return o;
        }

        private static void Put(JsonObject item, string key, string? value)
        {
            if (value is not null)
            {
                item[key] = value;
            }
        }
    }
}
