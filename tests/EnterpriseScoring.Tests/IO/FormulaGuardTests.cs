using EnterpriseScoring.IO;
using FsCheck;
using FsCheck.Fluent;

namespace EnterpriseScoring.Tests.IO;

/// <summary><see cref="FormulaGuard"/>: what is escaped, and that unescaping gives back exactly the original.</summary>
public class FormulaGuardTests
{
    [TestCase("=1+1", "'=1+1")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(1)", "'@SUM(1)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("\r=1", "'\r=1")]
    [TestCase("\n=1", "'\n=1")]
    [TestCase("\0", "'\0")]
    [TestCase("＝1", "'＝1")]
    [TestCase("＋1", "'＋1")]
    [TestCase("－1", "'－1")]
    [TestCase("＠x", "'＠x")]
    [TestCase("'x", "''x")]
    [TestCase("", "")]
    [TestCase("a=1", "a=1")]
    [TestCase(" =1", " =1")]
    [TestCase("浙江", "浙江")]
    public void Escape_FormulaStartsAndQuotes_GetOneLeadingQuote(string text, string escaped)
    {
        Assert.Multiple(() =>
        {
            Assert.That(FormulaGuard.Escape(text), Is.EqualTo(escaped));
            Assert.That(FormulaGuard.Unescape(escaped), Is.EqualTo(text));
        });
    }

    [TestCase("'abc", "'abc")]
    [TestCase("'", "'")]
    [TestCase("''", "'")]
    [TestCase("'=x", "=x")]
    public void Unescape_OnlyAQuoteBeforeAFormulaCharacterOrAQuote(string text, string original) =>
        Assert.That(FormulaGuard.Unescape(text), Is.EqualTo(original));

    [Test]
    public void UnescapeOfEscape_AnyText_IsTheText()
    {
        var pieces = Gen.Elements("=", "+", "-", "@", "\t", "\r", "\n", "\0", "'", "''", "＝", "＋", "－", "＠", "a", "中", " ", ",", "\"");
        var texts = Gen.ListOf(pieces).Select(p => string.Concat(p));
        Prop.ForAll(texts.ToArbitrary(), t => FormulaGuard.Unescape(FormulaGuard.Escape(t)) == t && !IsLive(FormulaGuard.Escape(t)))
            .QuickCheckThrowOnFailure();
    }

    private static bool IsLive(string cell) => cell.Length > 0 && FormulaGuard.FormulaCharacters.Contains(cell[0], StringComparison.Ordinal);
}
