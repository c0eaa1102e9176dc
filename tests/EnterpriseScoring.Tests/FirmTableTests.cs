namespace EnterpriseScoring.Tests;

public class FirmTableTests
{
    private static Firm MakeFirm(string id, double? land, string region = "A", params string[] tags)
    {
        var measures = new Dictionary<string, double> { ["tax"] = 10 };
        if (land.HasValue)
        {
            measures["land_area"] = land.Value;
        }

        return new Firm { Id = id, Region = region, Measures = measures, Tags = new HashSet<string>(tags) };
    }

    [Test]
    public void FromFirms_MissingMeasure_IsAbsentNotZero()
    {
        var table = FirmTable.FromFirms([MakeFirm("a", 5), MakeFirm("b", null)]);
        var land = table.GetMeasure(KnownMeasures.LandArea);

        Assert.Multiple(() =>
        {
            Assert.That(land[0], Is.EqualTo(5));
            Assert.That(land[1], Is.Null);
            Assert.That(double.IsNaN(land.Values[1]), Is.True);
            Assert.That(land.MissingCount, Is.EqualTo(1));
            Assert.That(table.GetFirm(1).Get(KnownMeasures.LandArea), Is.Null);
        });
    }

    [Test]
    public void FromFirms_RoundTripsRowsAndTags()
    {
        var firms = new[] { MakeFirm("a", 5, "East", KnownTags.Listed), MakeFirm("b", 7, "West") };
        var table = FirmTable.FromFirms(firms);

        Assert.Multiple(() =>
        {
            Assert.That(table.Count, Is.EqualTo(2));
            Assert.That(table.HasTag(0, KnownTags.Listed), Is.True);
            Assert.That(table.HasTag(1, KnownTags.Listed), Is.False);
            Assert.That(table.GetTag("nobody").Count, Is.Zero);
            Assert.That(table.Regions[1], Is.EqualTo("West"));
            Assert.That(table.Regions.Categories, Is.EqualTo(new[] { "East", "West" }));
            Assert.That(table.GetFirm(0).Tags, Is.EquivalentTo(new[] { KnownTags.Listed }));
        });
    }

    [Test]
    public void CategoryCodes_DoNotDependOnRowOrder()
    {
        var forward = FirmTable.FromFirms([MakeFirm("a", 1, "Z"), MakeFirm("b", 1, "A")]);
        var backward = FirmTable.FromFirms([MakeFirm("b", 1, "A"), MakeFirm("a", 1, "Z")]);

        Assert.That(forward.Regions.Categories, Is.EqualTo(backward.Regions.Categories));
    }

    [Test]
    public void Builder_InfiniteValue_Throws()
    {
        var builder = new FirmTableBuilder([KnownMeasures.Tax]);
        var identity = new FirmIdentity("x", "", "", "", "", SizeClass.Unspecified, null);

        Assert.That(() => builder.Add(identity, [double.PositiveInfinity]), Throws.ArgumentException);
    }

    [Test]
    public void RowMask_Rows_ListsSetBitsAscending()
    {
        var builder = new RowMaskBuilder(130);
        builder.Set(129);
        builder.Set(3);
        builder.Set(64);
        var mask = builder.Build(130);

        Assert.That(mask.Rows(), Is.EqualTo(new[] { 3, 64, 129 }));
        Assert.That(mask.Count, Is.EqualTo(3));
    }
}
