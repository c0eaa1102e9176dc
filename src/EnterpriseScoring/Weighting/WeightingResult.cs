namespace EnterpriseScoring.Weighting;

/// <summary>The weights a weighting method produced, with the diagnostics a reviewer needs (e.g. entropy per
/// criterion, AHP λmax, CI and CR).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[Reporting.TypeFormatterSource(typeof(Reporting.NotebookFormatterSource))]
public sealed class WeightingResult
{
    private readonly double[] weights;

    /// <summary>Creates a result.</summary>
    /// <param name="method">The method's name.</param>
    /// <param name="weights">One weight per criterion: finite, ≥ 0, summing to 1 (within 1e-9).</param>
    /// <param name="diagnostics">Named figures, e.g. <c>entropy[c1]</c>, <c>lambda_max</c>, <c>consistency_ratio</c>.</param>
    /// <param name="notes">Warnings and remarks, e.g. "CR 0.14 > 0.1: the pairwise matrix is inconsistent".</param>
    /// <exception cref="ArgumentException">The weights are not a valid distribution.</exception>
    public WeightingResult(string method, IReadOnlyList<double> weights, IReadOnlyDictionary<string, double>? diagnostics = null, IReadOnlyList<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights.ToArray();
        Weights = ValueList<double>.Own(this.weights);
        double sum = 0;
        foreach (var w in this.weights)
        {
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentException($"Weight {w} is not a finite number ≥ 0.", nameof(weights));
            }

            sum += w;
        }

        if (this.weights.Length > 0 && Math.Abs(sum - 1) > 1e-9)
        {
            throw new ArgumentException($"Weights sum to {sum}, not 1.", nameof(weights));
        }

        Method = method;
        Diagnostics = ReadOnlyCopy.Dictionary(diagnostics) ?? ReadOnlyCopy.EmptyOrdinal<double>();
        Notes = ReadOnlyCopy.List(notes) ?? ValueList<string>.Empty;
    }

    /// <summary>The method that produced the weights.</summary>
    public string Method { get; }

    /// <summary>One weight per criterion, summing to 1.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Named diagnostic figures.</summary>
    public IReadOnlyDictionary<string, double> Diagnostics { get; }

    /// <summary>Warnings and remarks.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The weights (one row per criterion, in order), the diagnostics and the notes as an HTML fragment (text escaped).</summary>
    public string ToHtml() => Reporting.NotebookViews.Of(this).ToHtml();

    /// <summary>The same as <see cref="ToHtml"/> in Markdown.</summary>
    public string ToMarkdown() => Reporting.NotebookViews.Of(this).ToMarkdown();

    /// <summary>The method and the weights (shortest round-trip form), then the notes, e.g.
    /// <c>entropy: 0.25, 0.5, 0.25</c>.</summary>
    /// <returns>A one-line summary (a second line per note).</returns>
    public override string ToString()
    {
        var text = $"{Method}: {string.Join(", ", weights.Select(ExplainFormat.Num))}";
        return Notes.Count == 0 ? text : text + string.Concat(Notes.Select(n => "\n  note: " + n));
    }
}
