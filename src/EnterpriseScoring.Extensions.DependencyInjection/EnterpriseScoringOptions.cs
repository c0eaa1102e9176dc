using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>
/// The options of <see cref="EnterpriseScoringServiceCollectionExtensions.AddEnterpriseScoring"/>: where profiles come
/// from and how evaluators are made. Configured through the options pattern
/// (<c>services.AddEnterpriseScoring(o => …)</c>, or <c>services.Configure&lt;EnterpriseScoringOptions&gt;(…)</c>).
/// </summary>
/// <remarks>
/// Mutable, as the options pattern requires; read once, when <see cref="ConfiguredProfileCatalog"/> and
/// <see cref="EvaluatorCache"/> (singletons) are created: a change after that is not seen. A change to a profile
/// <em>file</em> is seen (<see cref="EvaluatorCache"/>).
/// </remarks>
public sealed class EnterpriseScoringOptions
{
    /// <summary>
    /// Folders of profile files: each <c>NAME.json</c> directly inside one is the profile <c>NAME</c>; its <c>extends</c>
    /// may name built-in profiles or files inside its own folder (<see cref="ProfileResolver.Directory"/>).
    /// <value>The default value is empty.</value>
    /// </summary>
    public IList<string> ProfileDirectories { get; } = [];

    /// <summary>
    /// Whether the built-in profiles (<see cref="ProfileCatalog"/>) are in the catalog under their names. A profile file
    /// may extend a built-in either way. <value>The default value is <see langword="true"/>.</value>
    /// </summary>
    public bool IncludeBuiltInProfiles { get; set; } = true;

    /// <summary>
    /// The options every cached evaluator is made with. When its <see cref="EvaluatorOptions.Logger"/> is
    /// <see langword="null"/> and the container has an <c>ILoggerFactory</c>, evaluators log to the category
    /// <c>EnterpriseScoring</c>. <value>The default value is <see cref="EvaluatorOptions.Default"/>.</value>
    /// </summary>
    public EvaluatorOptions Evaluator { get; set; } = EvaluatorOptions.Default;

    /// <summary>Custom components the profiles may reference. <value>The default value is <see langword="null"/> (the built-in components only).</value></summary>
    public ComponentRegistry? Components { get; set; }
}
