using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary><see cref="TextExcerpt"/>: bounded quotations of input text.</summary>
public class TextExcerptTests
{
    [Test]
    public void Of_ShortText_Unchanged() => Assert.That(TextExcerpt.Of("abc", 3), Is.EqualTo("abc"));

    [Test]
    public void Of_LongText_FirstCharactersAndLength() => Assert.That(TextExcerpt.Of("abcdef", 3), Is.EqualTo("abc…(6 chars)"));

    [Test]
    public void Of_CutInsideASurrogatePair_KeepsThePairWhole() =>
        Assert.That(TextExcerpt.Of("ab😀cd", 3), Is.EqualTo("ab…(6 chars)"));

    [Test]
    public void List_ManyItems_FirstItemsAndCount()
    {
        var items = Enumerable.Range(0, 100_000).Select(i => "h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(TextExcerpt.List(items, h => $"'{h}'", 2), Is.EqualTo("'h0', 'h1', … and 99,998 more"));
            Assert.That(TextExcerpt.List(items[..2], h => h, 2), Is.EqualTo("h0, h1"));
            Assert.That(TextExcerpt.List(items[..2], h => h, 0), Is.EqualTo("… and 2 more"));
        });
    }
}
