using System.Reflection;
using System.Runtime.CompilerServices;
using EnterpriseScoring.Scoring;

namespace EnterpriseScoring.Tests.Scoring;

public class ScoringImmutabilityTests
{
    public static IEnumerable<Type> PublicTypes() =>
        typeof(IScoringMethod).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "EnterpriseScoring.Scoring" or "EnterpriseScoring.Benchmarks")
            .Where(t => !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [TestCaseSource(nameof(PublicTypes))]
    public void PublicType_HasNoMutableState(Type type)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var mutableFields = type.GetFields(Flags).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => f.Name);
        var publicSetters = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.Name);
        Assert.That(mutableFields.Concat(publicSetters), Is.Empty);
    }
}
