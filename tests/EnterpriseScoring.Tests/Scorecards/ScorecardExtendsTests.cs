using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Tests.Scorecards;

/// <summary>Scorecard profiles that <c>extends</c> a built-in scorecard or another file of their folder.</summary>
public class ScorecardExtendsTests
{
    private const string Base = """
        { "kind": "scorecard", "id": "base", "name": "基础", "year": 2025, "firm_profile": "zhejiang-six-indicators", "top_list": 3,
          "sources": [ { "document": "base doc" } ],
          "event_classes": [ { "id": "accident", "points_per_event": 1 }, { "id": "illegal_land", "disqualify": true } ],
          "indicators": [
            { "id": "above_tax_per_mu", "weight": 30, "targets": [ { "value": 30 } ] },
            { "id": "listed_firms", "weight": 10, "method": { "kind": "per_item", "points_per_item": 5 } },
            { "id": "revenue", "weight": 10, "targets": [ { "value": 500 } ] }
          ] }
        """;

    private static DirectoryInfo Folder(params (string Name, string Json)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("scorecard-extends-");
        foreach (var (name, json) in files)
        {
            var path = Path.Combine(dir.FullName, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json);
        }

        return dir;
    }

    private static IReadOnlyList<ProfileProblem> Problems(Func<ScorecardProfile> load) => Assert.Throws<ProfileException>(() => load())!.Problems;

    [Test]
    public void File_ExtendsFileOfItsFolder_MergedById()
    {
        var dir = Folder(("base.json", Base), ("county.json", """
            { "extends": "base.json", "id": "county", "year": 2026, "top_list": null,
              "event_classes": [ { "id": "accident", "max_points": 2 } ],
              "indicators": [
                { "id": "above_tax_per_mu", "targets": [ { "value": 35 } ] },
                { "id": "listed_firms", "remove": true },
                { "id": "firms_over_10_billion", "weight": 5, "targets": [ { "value": 1 } ] }
              ] }
            """));
        try
        {
            var card = ScorecardLoader.Load(Path.Combine(dir.FullName, "county.json"));
            Assert.Multiple(() =>
            {
                Assert.That(card.Id, Is.EqualTo("county"), "a scalar overrides");
                Assert.That(card.Name, Is.EqualTo("基础"), "what the extending file does not give is inherited");
                Assert.That(card.Year, Is.EqualTo(2026));
                Assert.That(card.TopList, Is.EqualTo(0), "null deletes a key");
                Assert.That(card.Sources.Single().Document, Is.EqualTo("base doc"));
                Assert.That(card.Indicators.Select(i => i.Indicator.Id), Is.EqualTo(new[] { "above_tax_per_mu", "revenue", "firms_over_10_billion" }),
                    "indicators merge by id: kept in the base's order, removed, new ones appended");
                Assert.That(card.Indicators[0].Weight, Is.EqualTo(30), "an indicator's keys merge: the weight is inherited");
                Assert.That(card.Indicators[0].Targets.Single().Value, Is.EqualTo(35), "a target list (no ids) replaces the base's");
                Assert.That(card.EventClasses.Select(c => (c.Id, c.PointsPerEvent, c.MaxPoints)), Is.EqualTo(new[] { ("accident", 1.0, (double?)2), ("illegal_land", 0.0, (double?)null) }));
            });
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void ExtendsBuiltIn_AndAMethodOfAnotherKindReplacesTheOld()
    {
        var name = ScorecardCatalog.Names.First(n => n == "jiaxing-platforms-2020");
        var builtIn = ScorecardLoader.Load(name);
        var first = builtIn.Indicators[0].Indicator.Id;
        var card = ScorecardLoader.Parse($$"""
            { "extends": "{{name}}", "id": "mine", "year": 2021,
              "indicators": [ { "id": "{{first}}", "method": { "kind": "base_year_step" }, "targets": [ { "value": 1, "base": 10 } ] } ] }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(card.Id, Is.EqualTo("mine"));
            Assert.That(card.Indicators.Count, Is.EqualTo(builtIn.Indicators.Count));
            Assert.That(card.Indicators[0].Method.Kind, Is.EqualTo(AttainmentMethodKind.BaseYearStep));
            Assert.That(card.Indicators[1].Weight, Is.EqualTo(builtIn.Indicators[1].Weight));
            Assert.That(card.FirmProfile, Is.EqualTo(builtIn.FirmProfile));
        });
    }

    [Test]
    public void UnknownBuiltIn_FileFromText_Cycle_AndEscapes_AreRefusedAtTheExtendsKey()
    {
        var unknown = Problems(() => ScorecardLoader.Parse("""{ "extends": "jiaxing-platforms-2002", "id": "x" }""")).Single();
        Assert.That((unknown.Path, unknown.Message), Is.EqualTo(("$.extends", "unknown built-in scorecard 'jiaxing-platforms-2002'")));
        Assert.That(unknown.Hint, Does.Contain("jiaxing-platforms-2020"));
        Assert.That(Problems(() => ScorecardLoader.Parse("""{ "extends": "base.json" }""")).Single().Message, Does.Contain("is a file path"));
        Assert.That(Problems(() => ScorecardLoader.Parse("""{ "extends": "zhejiang-six-indicators" }""")).Single().Message,
            Does.Contain("unknown built-in scorecard"), "a firm profile's name is not a scorecard");

        var dir = Folder(("a.json", """{ "extends": "b.json" }"""), ("b.json", """{ "extends": "a.json" }"""), ("sub/c.json", """{ "extends": "../a.json" }"""),
            ("d.json", """{ "extends": "/etc/passwd" }"""), ("e.json", """{ "extends": "sub/c.json" }"""));
        try
        {
            var cycle = Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "a.json"))).Single();
            Assert.That((cycle.Path, cycle.Message), Is.EqualTo(("$.extends", "extends cycle: a.json → b.json → a.json")));
            Assert.That(Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "d.json"))).Single().Message, Does.Contain("is an absolute path"));
            Assert.That(Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "e.json"))).Single().Message, Does.Contain("leads out of the folder"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void ProblemsOfTheMergedProfile_AreListedWithTheirPathsInTheExtendingFile()
    {
        var dir = Folder(("base.json", Base), ("bad.json", """
            { "extends": "base.json", "id": "bad",
              "indicators": [ { "id": "revenue", "weight": -1 }, { "id": "no_such_indicator", "weight": 1 } ],
              "event_classes": [ { "id": "accident", "remove": true }, { "id": "nothing", "remove": true } ] }
            """), ("notascorecard.json", """{ "pools": [] }"""), ("uses.json", """{ "extends": "notascorecard.json" }"""));
        try
        {
            var problems = Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "bad.json")));
            var paths = problems.Select(p => p.Path).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(paths, Does.Contain("$.event_classes[1].id"), "removing what the base does not have");
                Assert.That(paths, Does.Contain("$.indicators[0].weight"), "at its place in the extending file");
                Assert.That(paths, Does.Contain("$.indicators[1].id"));
            });
            var notOne = Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "uses.json"))).Single();
            Assert.That(notOne.Message, Does.Contain("is not a profile"));
            Assert.That(notOne.Hint, Does.Contain("docs/scorecard.md"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void FirmProfileFileOfABase_IsResolvedInTheBasesFolder_WithTheSameConfinement()
    {
        var firmProfile = File.ReadAllText(ScorecardExample.Profile.FirmProfile);
        static string Card(string firmProfile) => Base.Replace("\"zhejiang-six-indicators\"", firmProfile, StringComparison.Ordinal);
        var dir = Folder(("p.json", firmProfile), ("sub/p.json", firmProfile), ("sub/b.json", Card("\"p.json\"")),
            ("a.json", """{ "extends": "sub/b.json", "id": "a" }"""),
            ("own.json", """{ "extends": "sub/b.json", "id": "own", "firm_profile": "p.json" }"""),
            ("only-top/p.json", firmProfile), ("only-top/sub/b.json", Card("\"p.json\"")), ("only-top/a.json", """{ "extends": "sub/b.json" }"""),
            ("three/p.json", firmProfile), ("three/sub/b.json", Card("\"p.json\"")), ("three/mid.json", """{ "extends": "sub/b.json", "id": "mid" }"""),
            ("three/a.json", """{ "extends": "mid.json", "id": "a" }"""),
            ("up/sub/b.json", Card("\"../p.json\"")), ("up/p.json", firmProfile), ("up/a.json", """{ "extends": "sub/b.json" }"""),
            ("link/p.json", firmProfile), ("link/sub/b.json", Card("\"linked.json\"")), ("link/a.json", """{ "extends": "sub/b.json" }"""));
        File.CreateSymbolicLink(Path.Combine(dir.FullName, "link", "sub", "linked.json"), Path.Combine(dir.FullName, "link", "p.json"));
        try
        {
            var sep = Path.DirectorySeparatorChar;
            Assert.That(ScorecardLoader.Load(Path.Combine(dir.FullName, "a.json")).FirmProfile, Does.EndWith($"{dir.Name}{sep}sub{sep}p.json"),
                "the base's relative path is resolved in the base's folder");
            Assert.That(ScorecardLoader.Load(Path.Combine(dir.FullName, "own.json")).FirmProfile, Does.EndWith($"{dir.Name}{sep}p.json"),
                "a path the extending file writes is resolved in its own folder");

            var missing = Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "only-top", "a.json"))).Single();
            Assert.That((missing.Path, missing.Message), Is.EqualTo(("$.firm_profile", "no file 'p.json' next to the scorecard (inherited from sub/b.json)")),
                "a file of that name beside the extending file is not the base's");
            var throughMid = Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "three", "a.json"))).Single();
            Assert.That((throughMid.Path, throughMid.Message), Is.EqualTo(("$.firm_profile", "no file 'p.json' next to the scorecard (inherited from sub/b.json)")),
                "a extends mid extends sub/b: the file that wrote firm_profile is named, not the direct base mid.json");
            Assert.That(Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "up", "a.json"))).Single().Message, Does.StartWith("'../p.json' leaves the scorecard's folder"),
                "'..' out of the base's folder is refused, even though the target is inside the extending file's folder");
            Assert.That(Problems(() => ScorecardLoader.Load(Path.Combine(dir.FullName, "link", "a.json"))).Single().Message,
                Does.StartWith("'linked.json' is (or passes through) a symbolic link that leads out of the scorecard's folder"),
                "a link in the base's folder to the extending file's folder leads out of the base's folder");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
