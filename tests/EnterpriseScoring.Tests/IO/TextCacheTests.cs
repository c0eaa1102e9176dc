using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

public class TextCacheTests
{
    [Test]
    public void TryGet_AfterAdd_GivesTheSameInstance()
    {
        var cache = new TextCache<string>();
        var text = "桐乡市";
        cache.Add(Encoding.UTF8.GetBytes(text), text);
        Assert.Multiple(() =>
        {
            Assert.That(cache.TryGet(Encoding.UTF8.GetBytes("桐乡市"), out var found), Is.True);
            Assert.That(found, Is.SameAs(text));
            Assert.That(cache.TryGet(Encoding.UTF8.GetBytes("桐乡"), out _), Is.False);
            Assert.That(cache.TryGet([], out _), Is.False);
        });
    }

    [Test]
    public void Add_ManyValues_AllFoundThroughGrowth()
    {
        var cache = new TextCache<int>();
        for (var i = 0; i < 3000; i++)
        {
            cache.Add(Encoding.UTF8.GetBytes("v" + i), i);
        }

        for (var i = 0; i < 3000; i++)
        {
            Assert.That(cache.TryGet(Encoding.UTF8.GetBytes("v" + i), out var value) ? value : -1, Is.EqualTo(i));
        }
    }

    [Test]
    public void Add_BeyondMaxEntries_IsNotKept()
    {
        var cache = new TextCache<int>(maxEntries: 2);
        cache.Add("a"u8, 1);
        cache.Add("b"u8, 2);
        cache.Add("c"u8, 3);
        Assert.Multiple(() =>
        {
            Assert.That(cache.TryGet("b"u8, out var b) ? b : -1, Is.EqualTo(2));
            Assert.That(cache.TryGet("c"u8, out _), Is.False);
        });
    }
}
