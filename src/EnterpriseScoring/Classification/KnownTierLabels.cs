namespace EnterpriseScoring.Classification;

/// <summary>The tier label sets seen in published rules (docs/policy-digest.md §6).</summary>
public static class KnownTierLabels
{
    /// <summary>A类/B类/C类/D类.</summary>
    public static TierLabels Plain { get; } = new("A类", "B类", "C类", "D类");

    /// <summary>优先发展类/提升发展类/调控帮扶类/倒逼整治类.</summary>
    public static TierLabels Development { get; } = new("优先发展类", "提升发展类", "调控帮扶类", "倒逼整治类");

    /// <summary>优先发展类/鼓励提升类/规范转型类/调控帮扶类.</summary>
    public static TierLabels Transformation { get; } = new("优先发展类", "鼓励提升类", "规范转型类", "调控帮扶类");

    /// <summary>优先发展类/鼓励提升类/监管调控类/落后整治类 (+ T 不适合评价类).</summary>
    public static TierLabels Regulation { get; } = new("优先发展类", "鼓励提升类", "监管调控类", "落后整治类");

    /// <summary>优先发展类/支持发展类/提升发展类/限制发展类.</summary>
    public static TierLabels Support { get; } = new("优先发展类", "支持发展类", "提升发展类", "限制发展类");

    /// <summary>Every built-in label set, one per name.</summary>
    public static IReadOnlyList<TierLabels> All { get; } = [Plain, Development, Transformation, Regulation, Support];

    /// <summary>The names <see cref="TryGet"/> accepts, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["plain", "development", "transformation", "regulation", "support"];

    /// <summary>Finds a label set by name: <c>plain</c>, <c>development</c>, <c>transformation</c>, <c>regulation</c>, <c>support</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="labels">The labels, when found.</param>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TierLabels? labels)
    {
        labels = name switch
        {
            "plain" => Plain,
            "development" => Development,
            "transformation" => Transformation,
            "regulation" => Regulation,
            "support" => Support,
            _ => null,
        };
        return labels is not null;
    }
}
