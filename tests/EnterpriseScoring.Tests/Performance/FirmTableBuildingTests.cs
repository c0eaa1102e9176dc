using EnterpriseScoring.Samples;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>The cheap table building (blocks instead of lists, categories encoded while adding) builds the same tables.</summary>
public class FirmTableBuildingTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1_024)]
    [TestCase(1_025)]
    [TestCase(70_000)]
    [TestCase(200_000)]
    public void ColumnBuffer_AnyCountAndCapacity_SameElements(int count)
    {
        foreach (var capacity in new[] { 0, count, Math.Max(1, count / 3) })
        {
            var buffer = new ColumnBuffer<int>(capacity);
            for (var i = 0; i < count; i++)
            {
                buffer.Add(i * 7);
            }

            Assert.That(buffer.Count, Is.EqualTo(count));
            if (count > 0)
            {
                Assert.That(buffer[count - 1], Is.EqualTo((count - 1) * 7));
            }

            Assert.That(buffer.ToArray(), Is.EqualTo(Enumerable.Range(0, count).Select(i => i * 7)), $"capacity {capacity}");
        }
    }

    [Test]
    public void CategoryEncoder_SameAsEncode()
    {
        var random = new Random(4);
        string?[] pool = ["桐乡市", "海宁市", "", null, "A", "a", "南湖区", "Z9", new string('x', 3)];
        var values = Enumerable.Range(0, 5_000).Select(_ => pool[random.Next(pool.Length)]).ToList();
        var encoder = new CategoryEncoder(0);
        foreach (var v in values)
        {
            encoder.Add(v is null ? null : new string(v.AsSpan())); // distinct instances: the lookup path, not only the same-reference shortcut
        }

        var fast = encoder.Build();
        var reference = CategoryColumn.Encode(values);
        Assert.Multiple(() =>
        {
            Assert.That(fast.Categories, Is.EqualTo(reference.Categories));
            Assert.That(fast.Codes.ToArray(), Is.EqualTo(reference.Codes.ToArray()));
        });
    }

    [Test]
    public void Builder_UnknownCapacity_SameTableAsExactCapacity()
    {
        var city = SyntheticCity.Generate(new SyntheticCityOptions { FirmCount = 70_000, Seed = 2, TagRateMultiplier = 3 });
        var unknown = new FirmTableBuilder(city.Measures, 0);
        var small = new FirmTableBuilder(city.Measures, 10);
        Span<double> row = stackalloc double[city.MeasureColumns.Count];
        for (var i = 0; i < city.Count; i++)
        {
            for (var m = 0; m < row.Length; m++)
            {
                row[m] = city.MeasureColumns[m].Values[i];
            }

            var identity = new FirmIdentity(city.Ids[i], city.Names[i], city.Regions[i], city.Platforms[i], city.Industries[i], city.SizeClasses[i], city.StartYearPresence[i] ? city.StartYears[i] : null);
            var tags = city.TagNames.Where(t => city.HasTag(i, t)).ToArray();
            unknown.Add(identity, row, tags, i + 2);
            small.Add(identity, row, tags, i + 2);
        }

        foreach (var built in new[] { unknown.Build(), small.Build() })
        {
            Assert.Multiple(() =>
            {
                Assert.That(built.Ids, Is.EqualTo(city.Ids));
                Assert.That(built.Names, Is.EqualTo(city.Names));
                Assert.That(built.Regions.Codes.ToArray(), Is.EqualTo(city.Regions.Codes.ToArray()));
                Assert.That(built.Platforms.Categories, Is.EqualTo(city.Platforms.Categories));
                Assert.That(built.Industries.Codes.ToArray(), Is.EqualTo(city.Industries.Codes.ToArray()));
                Assert.That(built.SizeClasses.ToArray(), Is.EqualTo(city.SizeClasses.ToArray()));
                Assert.That(built.StartYears.ToArray(), Is.EqualTo(city.StartYears.ToArray()));
                Assert.That(built.StartYearPresence.Rows(), Is.EqualTo(city.StartYearPresence.Rows()));
                Assert.That(built.SourceLines.ToArray(), Is.EqualTo(Enumerable.Range(2, city.Count)));
                Assert.That(built.TagNames, Is.EqualTo(city.TagNames));
                foreach (var tag in city.TagNames)
                {
                    Assert.That(built.GetTag(tag).Rows(), Is.EqualTo(city.GetTag(tag).Rows()), tag);
                }

                for (var m = 0; m < city.MeasureColumns.Count; m++)
                {
                    Assert.That(built.MeasureColumns[m].Values.ToArray(), Is.EqualTo(city.MeasureColumns[m].Values.ToArray()));
                    Assert.That(built.MeasureColumns[m].Presence.Rows(), Is.EqualTo(city.MeasureColumns[m].Presence.Rows()));
                }
            });
        }
    }

    [Test]
    public void Builder_InfiniteValue_LeavesBuilderUnchanged()
    {
        var builder = new FirmTableBuilder([KnownMeasures.Tax, KnownMeasures.Revenue]);
        var identity = new FirmIdentity("x", "n", "r", "p", "C33", SizeClass.AboveDesignatedSize, 2000);
        builder.Add(identity, [1, 2]);
        Assert.That(() => builder.Add(identity, [3, double.NegativeInfinity]), Throws.ArgumentException);
        builder.Add(identity, [5, 6]);
        var table = builder.Build();
        Assert.That(table.GetMeasure(KnownMeasures.Tax).Values.ToArray(), Is.EqualTo(new[] { 1.0, 5.0 }));
    }

    [TestCase(0)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(130)]
    public void RowMaskUniform_Set_EveryRow(int length) =>
        Assert.That(RowMask.Uniform(length, true).Rows(), Is.EqualTo(Enumerable.Range(0, length)));
}
