using EnterpriseScoring.Tests.IO;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Validation;

public class UnifiedSocialCreditCodeTests
{
    [Test]
    public void Check_PublishedExample_IsValid()
    {
        var result = UnifiedSocialCreditCode.Check(CsvTestData.PublishedExample);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True, result.Message);
            Assert.That(result.Error, Is.EqualTo(UsccError.None));
            Assert.That(UnifiedSocialCreditCode.IsValid(CsvTestData.PublishedExample), Is.True);
        });
    }

    [Test]
    public void ComputeCheckCharacter_PublishedExample_Is3()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"), Is.EqualTo('3'));
            Assert.That(UnifiedSocialCreditCode.ComputeOrganizationCheckDigit("M000100Y"), Is.EqualTo('4'));
        });
    }

    [Test]
    public void Check_ComputedCodes_AreValid()
    {
        for (var n = 0; n < 2000; n += 7)
        {
            var code = CsvTestData.Uscc(n);
            Assert.That(UnifiedSocialCreditCode.Check(code).IsValid, Is.True, code);
        }
    }

    [Test]
    public void ComputeOrganizationCheckDigit_SumGivesTen_IsX()
    {
        // Find an organisation code whose check digit is X (11 - sum mod 11 == 10) and one whose is 0 (== 11).
        var sawX = false;
        var saw0 = false;
        for (var n = 0; n < 200 && !(sawX && saw0); n++)
        {
            var code = CsvTestData.Uscc(n);
            sawX |= code[16] == 'X';
            saw0 |= code[16] == '0';
            Assert.That(UnifiedSocialCreditCode.ComputeOrganizationCheckDigit(code.AsSpan(8, 8)), Is.EqualTo(code[16]));
        }

        Assert.That(sawX && saw0, Is.True);
    }

    [Test]
    public void Check_Null_IsEmpty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UnifiedSocialCreditCode.Check(null).Error, Is.EqualTo(UsccError.Empty));
            Assert.That(UnifiedSocialCreditCode.Check(string.Empty).Error, Is.EqualTo(UsccError.Empty));
            Assert.That(UnifiedSocialCreditCode.IsValid(null), Is.False);
        });
    }

    [TestCase("91350100M000100Y4", 17)]
    [TestCase("91350100M000100Y433", 19)]
    public void Check_WrongLength_ReportsLength(string code, int length)
    {
        var result = UnifiedSocialCreditCode.Check(code);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(UsccError.Length));
            Assert.That(result.Position, Is.EqualTo(length));
            Assert.That(result.Message, Does.Contain("18"));
        });
    }

    [TestCase('I')]
    [TestCase('O')]
    [TestCase('Z')]
    [TestCase('S')]
    [TestCase('V')]
    [TestCase('a')]
    [TestCase('-')]
    public void Check_IllegalCharacter_ReportsPosition(char bad)
    {
        var code = "9" + bad + CsvTestData.PublishedExample[2..];
        var result = UnifiedSocialCreditCode.Check(code);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(UsccError.IllegalCharacter));
            Assert.That(result.Position, Is.EqualTo(2));
            Assert.That(result.Actual, Is.EqualTo(bad));
            Assert.That(result.Message, Does.Contain("position 2"));
        });
    }

    [Test]
    public void Check_LetterInRegionCode_ReportsRegionCode()
    {
        var result = UnifiedSocialCreditCode.Check("9135A100M000100Y43");
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(UsccError.RegionCode));
            Assert.That(result.Position, Is.EqualTo(5));
        });
    }

    [Test]
    public void Check_WrongCheckCharacter_ReportsExpectedAndActual()
    {
        var result = UnifiedSocialCreditCode.Check("91350100M000100Y44");
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(UsccError.CheckCharacter));
            Assert.That(result.Expected, Is.EqualTo('3'));
            Assert.That(result.Actual, Is.EqualTo('4'));
            Assert.That(result.Position, Is.EqualTo(18));
            Assert.That(result.Message, Is.EqualTo("bad check character at position 18: expected 3 got 4"));
        });
    }

    [Test]
    public void Check_WrongOrganizationCheckDigit_ReportsDistinctReason()
    {
        // Organisation check digit changed from 4 to 5, and the final check character recomputed so only the GB 11714 digit is wrong.
        var first17 = "91350100M000100Y5";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        var result = UnifiedSocialCreditCode.Check(code);
        Assert.Multiple(() =>
        {
            Assert.That(result.Error, Is.EqualTo(UsccError.OrganizationCodeCheck));
            Assert.That(result.Expected, Is.EqualTo('4'));
            Assert.That(result.Actual, Is.EqualTo('5'));
            Assert.That(result.Position, Is.EqualTo(17));
        });
    }

    [Test]
    public void Check_EverySingleCharacterChange_IsDetected()
    {
        var valid = CsvTestData.PublishedExample;
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var c in UnifiedSocialCreditCode.Alphabet)
            {
                if (c == valid[i])
                {
                    continue;
                }

                var changed = valid[..i] + c + valid[(i + 1)..];
                Assert.That(UnifiedSocialCreditCode.IsValid(changed), Is.False, changed);
            }
        }
    }

    [Test]
    public void ComputeCheckCharacter_TooShort_Throws()
    {
        Assert.That(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9135"), Throws.ArgumentException);
    }
}
