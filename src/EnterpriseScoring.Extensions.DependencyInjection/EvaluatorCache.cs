using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>
/// Compiled evaluators of the catalog's profiles, keyed by profile name and content hash: the first request for a
/// profile compiles it, later ones share that evaluator until the profile's text changes (its file or a base it
/// extends), when the next request compiles the new text and the old evaluator is dropped from the cache.
/// </summary>
/// <remarks>
/// <para>A singleton (registered by <see cref="EnterpriseScoringServiceCollectionExtensions.AddEnterpriseScoring"/>) and
/// thread-safe: concurrent first requests for one profile version compile it once (the others wait for it); a failed
/// compilation is not cached, so a fixed file is picked up at the next request.</para>
/// <para>Each <see cref="Get"/> asks the catalog for the profile's text and hash — for a file, read, parsed and merged
/// again only when the file or one of its bases has another length or last-write time than when it was last read
/// (<see cref="ConfiguredProfileCatalog.Read"/>); built-ins are read once — and compiles nothing when the hash is known.
/// An evaluator handed out stays valid after the file changes: a request that started with it finishes with it.</para>
/// </remarks>
public sealed class EvaluatorCache
{
    private readonly ConfiguredProfileCatalog catalog;
    private readonly EvaluatorOptions evaluatorOptions;
    private readonly ConcurrentDictionary<string, Lazy<CachedEvaluator>> entries = new(StringComparer.Ordinal);

    /// <summary>Creates the cache.</summary>
    /// <param name="catalog">Where profiles come from.</param>
    /// <param name="options">The options (read once): <see cref="EnterpriseScoringOptions.Evaluator"/>.</param>
    /// <param name="loggerFactory">When given and <see cref="EvaluatorOptions.Logger"/> is null, evaluators log to the category <c>EnterpriseScoring</c>.</param>
    public EvaluatorCache(ConfiguredProfileCatalog catalog, IOptions<EnterpriseScoringOptions> options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        this.catalog = catalog;
        var configured = options.Value.Evaluator ?? EvaluatorOptions.Default;
        evaluatorOptions = configured.Logger is null && loggerFactory is not null
            ? configured with { Logger = loggerFactory.CreateLogger("EnterpriseScoring") }
            : configured;
    }

    /// <summary>The number of evaluators held (one per profile name at most).</summary>
    public int Count => entries.Count;

    /// <summary>The evaluator of the profile <paramref name="profileName"/> as its text is now, compiled on first use.</summary>
    /// <param name="profileName">A name of <see cref="ConfiguredProfileCatalog.Names"/>.</param>
    /// <returns>The evaluator, with the profile's name and hash.</returns>
    /// <exception cref="ProfileException">No such profile, it is in two places, or it is invalid (every problem listed).</exception>
    public CachedEvaluator Get(string profileName)
    {
        var text = catalog.Read(profileName);
        var entry = entries.GetOrAdd(profileName, _ => Compile(text));
        var cached = ValueOf(profileName, entry);
        if (cached.ProfileSha256 == text.Sha256)
        {
            return cached;
        }

        // Another version is held: this one replaces it, unless another request replaced it meanwhile (this request
        // still gets the version it read).
        var replacement = Compile(text);
        entries.TryUpdate(profileName, replacement, entry);
        return ValueOf(profileName, replacement);
    }

    /// <summary>The entry's evaluator; a compilation that failed is removed, so that the next request tries again.</summary>
    private CachedEvaluator ValueOf(string profileName, Lazy<CachedEvaluator> entry)
    {
        try
        {
            return entry.Value;
        }
        catch
        {
            entries.TryRemove(KeyValuePair.Create(profileName, entry));
            throw;
        }
    }

    private Lazy<CachedEvaluator> Compile(CatalogProfile text) =>
        new(() => new CachedEvaluator(text.Name, text.Sha256, new Evaluator(catalog.Compile(text), evaluatorOptions)), LazyThreadSafetyMode.ExecutionAndPublication);
}
