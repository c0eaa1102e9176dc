using System.Globalization;
using System.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Tests.IO;

/// <summary>The fast paths of <see cref="CellParser"/> give exactly what the general parser gives.</summary>
internal sealed class CellParserTests
{
    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("+0.0")]
    [TestCase("26.58")]
    [TestCase("-3.5")]
    [TestCase(".5")]
    [TestCase("5.")]
    [TestCase("+7")]
    [TestCase("0.1")]
    [TestCase("0.3")]
    [TestCase("123456789012345")]
    [TestCase("0.000000000000000000001234")]
    [TestCase("999999999999999.9")]
    [TestCase("1234567.123456789")]
    [TestCase("00000000000000000000000012.5")]
    public void ParseNumber_PlainDecimals_SameBitsAsDoubleParse(string text)
    {
        var status = CellParser.ParseNumber(Encoding.UTF8.GetBytes(text), out var value);
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(CellStatus.Value));
            Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), text);
        });
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase("+")]
    [TestCase(".")]
    [TestCase("-.")]
    [TestCase("1.2.3")]
    [TestCase("1e3")]
    [TestCase("1,234")]
    [TestCase("12亩")]
    [TestCase("--1")]
    [TestCase("1234567890123456")]
    [TestCase("0.00000000000000000000001")]
    public void TryParsePlainDecimal_OtherText_IsLeftToTheGeneralParser(string text) =>
        Assert.That(CellParser.TryParsePlainDecimal(Encoding.UTF8.GetBytes(text), out _), Is.False);

    [Test]
    public void ParseNumber_RandomDecimals_SameBitsAsDoubleParse()
    {
        var random = new Random(20251123);
        for (var i = 0; i < 200_000; i++)
        {
            var sb = new StringBuilder();
            switch (random.Next(4))
            {
                case 0:
                    sb.Append('-');
                    break;
                case 1:
                    sb.Append('+');
                    break;
            }

            var digits = random.Next(0, 20);
            var point = random.Next(-1, digits + 1);
            for (var d = 0; d <= digits; d++)
            {
                if (d == point)
                {
                    sb.Append('.');
                }

                sb.Append((char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10))));
            }

            var text = sb.ToString();
            var expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            var status = CellParser.ParseNumber(Encoding.UTF8.GetBytes(text), out var value);
            Assert.That(expectedOk, Is.True, text);
            Assert.That(status, Is.EqualTo(CellStatus.Value), text);
            Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), text);
        }
    }

    [TestCase("2015", CellStatus.Value, 2015)]
    [TestCase("2015.0", CellStatus.Value, 2015)]
    [TestCase(" 2015年 ", CellStatus.Value, 2015)]
    [TestCase("2015.5", CellStatus.Unparsable, 0)]
    [TestCase("-", CellStatus.Missing, 0)]
    [TestCase("1e3", CellStatus.Value, 1000)]
    [TestCase("99999999999", CellStatus.Unparsable, 0)]
    public void ParseYear_FastAndGeneralPaths(string text, CellStatus status, int year)
    {
        var actual = CellParser.ParseYear(Encoding.UTF8.GetBytes(text), out var parsed);
        Assert.That((actual, parsed), Is.EqualTo((status, year)));
    }

    [TestCase("abc", "abc")]
    [TestCase(" abc\t", "abc")]
    [TestCase("\u3000甲\u00A0", "甲")]
    [TestCase("\u00A0 \u3000", "")]
    [TestCase("a", "a")]
    [TestCase("", "")]
    public void Trim_RemovesAsciiNbspAndIdeographicSpace(string text, string expected) =>
        Assert.That(Encoding.UTF8.GetString(CellParser.Trim(Encoding.UTF8.GetBytes(text))), Is.EqualTo(expected));
}
