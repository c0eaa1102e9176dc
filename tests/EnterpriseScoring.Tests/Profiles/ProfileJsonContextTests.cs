using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Tests.Profiles;

/// <summary>
/// The profile format is read and written through the source-generated <see cref="ProfileJsonContext"/> alone: no
/// reflection-based resolver behind it (which would break in trimmed and Native AOT apps), every DTO and every enum of the
/// format covered.
/// </summary>
public class ProfileJsonContextTests
{
    [Test]
    public void Options_ResolveThroughTheGeneratedContextOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProfileJson.Options.TypeInfoResolverChain, Has.Count.EqualTo(1));
            Assert.That(ProfileJson.Options.TypeInfoResolverChain, Has.All.InstanceOf<ProfileJsonContext>());
            Assert.That(ProfileLoader.Lenient.TypeInfoResolverChain, Has.None.InstanceOf<DefaultJsonTypeInfoResolver>());
            Assert.That(ProfileJson.Options.IsReadOnly, Is.True);
        });
    }

    [Test]
    public void Lenient_ResolvesThroughTheGeneratedContext()
    {
        // The lenient options add a modifier to the context; a type outside the context is not silently reflected over.
        Assert.Multiple(() =>
        {
            Assert.That(ProfileLoader.Lenient.GetTypeInfo(typeof(ProfileDocument)).Properties.Any(p => p.IsRequired), Is.False);
            Assert.That(() => ProfileLoader.Lenient.GetTypeInfo(typeof(ProfileInfo)), Throws.InstanceOf<NotSupportedException>());
            Assert.That(() => ProfileJson.Options.GetTypeInfo(typeof(ProfileInfo)), Throws.InstanceOf<NotSupportedException>());
        });
    }

    [Test]
    public void EveryDtoClass_IsReachedByTheContext()
    {
        var declared = typeof(ProfileDocument).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ProfileDocument).Namespace && t.IsClass && (t.Name.EndsWith("Dto", StringComparison.Ordinal) || t == typeof(ProfileDocument)))
            .ToArray();
        Assert.That(declared, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(ProfileJson.DtoTypes, Is.SupersetOf(declared), "a DTO class the context's metadata does not reach: add it to ProfileJsonContext");
            foreach (var type in declared)
            {
                Assert.That(ProfileJsonContext.Default.GetTypeInfo(type), Is.Not.Null, type.Name);
            }
        });
    }

    [Test]
    public void EveryEnumOfTheFormat_IsASnakeCaseStringAndNeverAnInteger()
    {
        var enums = ProfileJson.DtoTypes
            .SelectMany(t => ProfileJson.Options.GetTypeInfo(t).Properties.Select(p => p.PropertyType))
            .Select(t => Nullable.GetUnderlyingType(t) ?? t)
            .Select(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : t)
            .Where(t => t.IsEnum)
            .Distinct()
            .ToArray();
        Assert.That(enums, Has.Length.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var type in enums)
            {
                var info = ProfileJson.Options.GetTypeInfo(type);
                foreach (var value in Enum.GetValues(type))
                {
                    var expected = "\"" + JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()!) + "\"";
                    Assert.That(JsonSerializer.Serialize(value, info), Is.EqualTo(expected), type.Name);
                    Assert.That(JsonSerializer.Deserialize(expected, info), Is.EqualTo(value), type.Name);
                }

                Assert.That(() => JsonSerializer.Deserialize("0", info), Throws.InstanceOf<JsonException>(), type.Name + " read from an integer");
            }
        });
    }

    [TestCaseSource(typeof(ProfileCatalog), nameof(ProfileCatalog.Names))]
    public void BuiltInProfile_DeserialisesStrictlyWithTheContextAlone(string name)
    {
        // The resolved profile (extends merged) read by the strict options: unknown keys and required keys enforced.
        var resolved = ProfileLoader.Resolve(ProfileCatalog.TryGetJson(name, out var json) ? json : throw new AssertionException(name));
        var doc = JsonSerializer.Deserialize(resolved, ProfileJson.Options.TypeInfo<ProfileDocument>());
        Assert.That(doc, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(doc!.Name, Is.Not.Empty);
            Assert.That(doc.Pools, Is.Not.Empty);
            Assert.That(doc.Pools.SelectMany(p => p.Indicators), Is.Not.Empty);
        });
    }
}
