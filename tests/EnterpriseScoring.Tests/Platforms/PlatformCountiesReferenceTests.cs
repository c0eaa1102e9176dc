using EnterpriseScoring.Platforms;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>
/// Each platform's county and the membership's warnings about it (one pass in row order finds the platforms whose firms
/// all name one region; only the others are counted over their rows) against the plain computation written here: each
/// platform's firms found through <see cref="PlatformMembership.PlatformOf"/>, counted per trimmed region, most firms first
/// (ties: ordinal). Random cities of platforms of one region, of several, without firms, with blank regions, registered with
/// and without a county, unregistered; with a register and without.
/// </summary>
public class PlatformCountiesReferenceTests
{
    private static readonly string[] Regions = ["南湖区", "秀洲区", "嘉善县", " 海盐县 ", "   ", string.Empty];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Counties_AreThoseOfThePlainCount(int seed)
    {
        var random = new Random(seed);
        var register = PlatformRegister.Create(Enumerable.Range(0, 30).Select(p => new Platform
        {
            Id = $"P{p:D2}",
            County = random.NextDouble() < 0.3 ? string.Empty : Regions[random.Next(3)],
        }));

        // Each platform: all its firms in one region (most), or spread over several; some platforms get no firms.
        var names = Enumerable.Range(0, 36).Select(p => p < 30 ? $"P{p:D2}" : $"未登记{p}").ToArray();
        var home = names.ToDictionary(n => n, _ => random.NextDouble() < 0.6 ? Regions[random.Next(Regions.Length)] : null);
        var firms = new List<Firm>();
        for (var i = 0; i < 2_000; i++)
        {
            var platform = names[random.Next(names.Length - 3)];
            firms.Add(new Firm { Id = $"F{i}", Name = $"F{i}", Platform = platform, Region = home[platform] ?? Regions[random.Next(Regions.Length)] });
        }

        var table = FirmTable.FromFirms(firms);
        Assert.Multiple(() =>
        {
            foreach (var withRegister in new[] { true, false })
            {
                var membership = PlatformMembership.Create(table, withRegister ? register : PlatformRegister.Empty, 2025);
                var single = 0;
                foreach (var unit in membership.Units.Where(u => u.Kind == PlatformUnitKind.Platform))
                {
                    var regions = Enumerable.Range(0, table.Count)
                        .Where(r => membership.PlatformOf(r)?.Id == unit.Id)
                        .Select(r => table.Regions[r].Trim())
                        .Where(r => r.Length > 0)
                        .GroupBy(r => r, StringComparer.Ordinal)
                        .Select(g => (Region: g.Key, Firms: g.Count()))
                        .OrderByDescending(g => g.Firms).ThenBy(g => g.Region, StringComparer.Ordinal)
                        .ToArray();
                    single += regions.Length == 1 ? 1 : 0;
                    var registered = register.TryGet(unit.Id, out var entry) && withRegister;
                    var county = registered && entry!.County.Length > 0 ? entry.County : regions.Length > 0 ? regions[0].Region : string.Empty;
                    var where = $"{unit.Id} (seed {seed}, register {withRegister})";
                    Assert.That(unit.County, Is.EqualTo(county), where);

                    var warned = membership.Warnings.Where(w => w.StartsWith($"平台 '{unit.Id}' ", StringComparison.Ordinal)).ToArray();
                    var elsewhere = registered ? regions.Where(r => r.Region != county).ToArray() : !withRegister && regions.Length > 1 ? regions : [];
                    if (!registered && withRegister)
                    {
                        Assert.That(warned, Has.Length.EqualTo(1).And.One.Contain("不在平台名录中"), where);
                    }
                    else if (elsewhere.Length > 0)
                    {
                        Assert.That(warned, Has.Length.EqualTo(1), where);
                        Assert.That(warned[0], Does.Contain("(" + string.Join(", ", elsewhere.Select(r => $"{r.Region} {r.Firms}")) + ")"), where);
                    }
                    else
                    {
                        Assert.That(warned, Is.Empty, where);
                    }
                }

                Assert.That(single, Is.GreaterThan(5), "platforms of one region");
            }
        });
    }
}
