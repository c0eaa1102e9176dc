using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.Fuzz;

/// <summary>
/// Property tests that mutate the built-in profiles' JSON — one number set to an extreme value, or a string given a lone
/// surrogate escape — and check that validation and evaluation agree: a profile either fails to load with a
/// <see cref="ProfileException"/> (every problem with its JSON path) or evaluates the sample city without any exception
/// and with finite totals. This is the promise that <c>escore profiles validate</c> exit 0 means <c>escore score</c>
/// cannot end in exit 4 because of the profile.
/// </summary>
[TestFixture]
public class ProfileFuzzTests
{
    private static readonly double[] Extremes =
        [1e308, -1e308, 1e-310, 5e-324, -5e-324, 0, -0.0, -1, 1e15, 1e-15, 2147483648, -2147483649, 1.5, 0.5, 100, 1e200];

    private static readonly Lazy<FirmTable> City = new(() =>
    {
        var lines = File.ReadAllLines(TestPaths.Seeds("data", "sample-city.csv"), Encoding.UTF8);
        var text = string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % 10 == 0)));
        return FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).Table;
    });

    private static readonly Lazy<string[]> Profiles = new(() =>
        [.. ProfileCatalog.Names.Select(n => ProfileCatalog.TryGetJson(n, out var json) ? json : throw new InvalidOperationException(n))]);

    /// <summary>The numeric leaves of a JSON tree, in document order.</summary>
    private static List<JsonValue> Numbers(JsonNode? node, List<JsonValue> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Numbers(child, into);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Numbers(child, into);
                }

                break;
            case JsonValue v when v.TryGetValue<double>(out _):
                into.Add(v);
                break;
        }

        return into;
    }

    private static string Mutate(int profile, int seed)
    {
        var random = new Random(seed);
        var json = Profiles.Value[profile % Profiles.Value.Length];
        if (random.Next(8) == 0)
        {
            // A lone high surrogate escaped into a random string value (JSON allows the escape; the text is not valid UTF-16).
            var quotes = Enumerable.Range(0, json.Length).Where(i => json[i] == '"' && i + 1 < json.Length && char.IsLetter(json[i + 1])).ToArray();
            var at = quotes[random.Next(quotes.Length)] + 1;
            return json[..at] + "\\ud800" + json[at..];
        }

        var root = JsonNode.Parse(json)!;
        var numbers = Numbers(root, []);
        var target = numbers[random.Next(numbers.Count)];
        var value = Extremes[random.Next(Extremes.Length)];
        target.ReplaceWith(JsonValue.Create(value));
        return root.ToJsonString();
    }

    [Test]
    public void LoadThenEvaluate_MutatedBuiltInProfiles_EitherProfileErrorOrFiniteResults()
    {
        Prop.ForAll(
                Gen.Choose(0, 1000).ToArbitrary(),
                Gen.Choose(0, int.MaxValue).ToArbitrary(),
                (profile, seed) =>
                {
                    var json = Mutate(profile, seed);
                    var where = string.Create(CultureInfo.InvariantCulture, $"profile #{profile % Profiles.Value.Length}, seed {seed}");
                    EvaluationProfile loaded;
                    try
                    {
                        loaded = ProfileLoader.Parse(json);
                    }
                    catch (ProfileException e)
                    {
                        Assert.That(e.Problems, Is.Not.Empty, where);
                        return true;
                    }

                    Evaluation evaluation;
                    try
                    {
                        evaluation = new Evaluator(loaded).Evaluate(City.Value);
                    }
                    catch (ProfileException)
                    {
                        // Compiling the profile found a problem the loader let through: still a profile error (exit 2), with paths.
                        return true;
                    }
                    catch (Exception e)
                    {
                        Assert.Fail($"{where}: a profile that loads must evaluate, got {e.GetType().Name}: {e.Message}");
                        return false;
                    }

                    Assert.That(evaluation.Results.All(r => r.Total is null || double.IsFinite(r.Total.Value)), Is.True, where);
                    return true;
                })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
