using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseScoring.Extensions.DependencyInjection;

/// <summary>Registers EnterpriseScoring's services with an <see cref="IServiceCollection"/>.</summary>
public static class EnterpriseScoringServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="EnterpriseScoringOptions"/> (options pattern), <see cref="ConfiguredProfileCatalog"/> and
    /// <see cref="EvaluatorCache"/>, both singletons (thread-safe; an <see cref="Evaluator"/> is immutable and is shared by
    /// every request). Calling it again adds only the configuration; the services are registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options (profile directories, built-in profiles on or off, evaluator options), or null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddEnterpriseScoring(this IServiceCollection services, Action<EnterpriseScoringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => new ConfiguredProfileCatalog(provider.GetRequiredService<IOptions<EnterpriseScoringOptions>>()));
        services.TryAddSingleton(provider => new EvaluatorCache(
            provider.GetRequiredService<ConfiguredProfileCatalog>(),
            provider.GetRequiredService<IOptions<EnterpriseScoringOptions>>(),
            provider.GetService<ILoggerFactory>()));
        return services;
    }
}
