using System.Text;
using EnterpriseScoring.Corrections;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Validation;

namespace EnterpriseScoring.Tests.Corrections;

/// <summary>
/// Corrections (更正) over the hand-checkable example (seeds/README.md, "Objections and corrections"): applied before
/// evaluation, they give exactly the results of a hand-edited input; every correction is audited, and every correction
/// that cannot be applied is a problem with its line, column, value and reason.
/// </summary>
public class FirmCorrectionsTests
{
    private const string Firm4 = "913304027100000484"; // 嘉兴丁电子: tax 40 in the input
    private const string Header = "统一社会信用代码,更正字段,更正值,更正原因,审批人,日期\n";

    private static string Input => TestPaths.Seeds("data", "hand-checkable.csv");

    private static Evaluator Evaluator { get; } = new(ProfileLoader.Load(TestPaths.Seeds("data", "hand-checkable.profile.json")));

    internal static FirmCorrections Corrections(string csv, Encoding? encoding = null) =>
        FirmCorrections.ReadCsv(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(csv)), encoding is null ? null : new FirmCsvReaderOptions { Encoding = encoding });

    [Test]
    public void Correction_GivesTheResultsOfAHandEditedInput_AndMovesTheBenchmarkForEveryone()
    {
        var read = FirmCsvReader.Read(Input);
        var corrected = Corrections(Header + $"{Firm4},实缴税金(万元),140,完税证明,经信局,2025-03-12\n").ApplyTo(read);
        var edited = File.ReadAllLines(Input).Select(l => l.StartsWith(Firm4, StringComparison.Ordinal) ? l.Replace(",8,40,", ",8,140,", StringComparison.Ordinal) : l);
        var editedRead = FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", edited) + "\n")));
        Assert.That(editedRead.Table.GetMeasure("tax")[editedRead.Table.Ids.ToList().IndexOf(Firm4)], Is.EqualTo(140), "the hand edit");

        var viaCorrection = Evaluator.Evaluate(corrected.Table);
        var viaEdit = Evaluator.Evaluate(editedRead.Table);
        var before = Evaluator.Evaluate(read.Table);

        Assert.That(corrected.IsComplete, Is.True, string.Join("; ", corrected.Problems));
        Assert.That(Csv(viaCorrection), Is.EqualTo(Csv(viaEdit)));
        var benchmark = (Evaluation e) => e.Pools.Single(p => p.Id == "above").Indicators.Single(i => i.IndicatorId == "tax_per_mu").Benchmark!.Value.Value;
        var rated = before.Results.Where(r => r.PoolId == "above" && r.Status == FirmStatus.Rated).Select(r => r.Row).ToList();
        var land = rated.Sum(r => read.Table.GetMeasure("land_area")[r]!.Value);
        Assert.That(benchmark(before), Is.EqualTo(rated.Sum(r => read.Table.GetMeasure("tax")[r]!.Value) / land).Within(1e-12));
        Assert.That(benchmark(viaCorrection), Is.EqualTo(benchmark(before) + (140 - 40) / land).Within(1e-12), "Σtax grows by 100 over the same land");
        Assert.That(viaCorrection.Results.Count(r => r.Id != Firm4 && r.Total != before.Results[r.Row].Total), Is.GreaterThan(0), "other firms' scores move");
    }

    [Test]
    public void AppliedCorrection_IsAudited_InTheResultTheTableTheFirmAndItsExplanation()
    {
        var read = FirmCsvReader.Read(Input);

        var result = Corrections(Header + $"{Firm4},tax,140,完税证明,经信局 张三,2025/3/12\n").ApplyTo(read);
        var evaluation = Evaluator.Evaluate(result.Table);

        var expected = new AppliedCorrection(2, Firm4, "tax", "tax", "万元", 40, 140, "140", "完税证明", "经信局 张三", new DateOnly(2025, 3, 12));
        Assert.That(result.Applied, Is.EqualTo(new[] { expected }));
        Assert.That(result.Table.Corrections, Is.EqualTo(new[] { expected }));
        Assert.That(evaluation.Find(Firm4)!.Corrections, Is.EqualTo(new[] { expected }));
        Assert.That(evaluation.Results.Where(r => r.Id != Firm4).All(r => r.Corrections.Count == 0), Is.True);
        Assert.That(evaluation.Explain(Firm4), Does.Contain("更正 Correction: tax 40 → 140 万元 (完税证明; 审批 approved by 经信局 张三, 2025-03-12)"));
        Assert.That(read.Table.GetMeasure("tax")[read.Table.Ids.ToList().IndexOf(Firm4)], Is.EqualTo(40), "the table read is unchanged");
    }

    [Test]
    public void Correction_InAnotherUnit_IsConverted_AndAMissingMarkClearsTheValue()
    {
        var read = FirmCsvReader.Read(Input);

        var result = Corrections(Header + $"{Firm4},实缴税金(元),1400000,r,a,2025-03-12\n{Firm4},工业增加值,—,r,a,2025-03-12\n").ApplyTo(read);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Applied.Select(a => (a.MeasureId, a.NewValue)), Is.EqualTo(new (string, double?)[] { ("tax", 140), ("value_added", null) }));
        var row = result.Table.Ids.ToList().IndexOf(Firm4);
        Assert.That((result.Table.GetMeasure("tax")[row], result.Table.GetMeasure("value_added")[row]), Is.EqualTo(((double?)140, (double?)null)));
    }

    [Test]
    public void Correction_WithEnglishHeadersInGb18030_IsRead()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var read = FirmCsvReader.Read(Input);

        var result = Corrections($"id,column,new_value,reason,approved_by,date\n{Firm4},实缴税金,140,漏报,经信局,20250312\n", gb18030).ApplyTo(read);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Applied.Single().ApprovedBy, Is.EqualTo("经信局"));
    }

    [TestCase("99999999999999999X,tax,140,r,a,2025-03-12", "统一社会信用代码", "no firm of the input has this id")]
    [TestCase(Firm4 + ",营业收入,140,r,a,2025-03-12", "更正字段", "the input has no column for 'revenue'")]
    [TestCase(Firm4 + ",no_such_measure,140,r,a,2025-03-12", "更正字段", "the input has no column for 'no_such_measure'")]
    [TestCase(Firm4 + ",行业代码,5,r,a,2025-03-12", "更正字段", "not a measure")]
    [TestCase(Firm4 + ",用地面积,-3,r,a,2025-03-12", "更正值", "must not be negative")]
    [TestCase(Firm4 + ",tax,abc,r,a,2025-03-12", "更正值", "not a number")]
    [TestCase(Firm4 + ",tax,,r,a,2025-03-12", "更正值", "no new value")]
    [TestCase(Firm4 + ",tax,140,,a,2025-03-12", "更正原因", "no reason")]
    [TestCase(Firm4 + ",tax,140,r,,2025-03-12", "审批人", "no approver")]
    [TestCase(Firm4 + ",tax,140,r,a,12/03/2025", "日期", "not a date")]
    [TestCase(Firm4 + ",实缴税金(平方米),140,r,a,2025-03-12", "更正字段", "unit '平方米'")]
    public void BadCorrection_IsAProblemWithItsLineColumnValueAndReason(string row, string column, string reason)
    {
        var read = FirmCsvReader.Read(Input);

        var result = Corrections(Header + $"{Firm4},tax,140,ok,ok,2025-03-12\n" + row + "\n").ApplyTo(read);

        Assert.That(result.IsComplete, Is.False);
        var problem = result.Problems.Single();
        Assert.That((problem.Line, problem.Column, problem.Severity), Is.EqualTo((3, column, IssueSeverity.Error)));
        Assert.That(problem.Reason, Does.Contain(reason));
        Assert.That(result.Applied, Has.Count.EqualTo(1), "the good correction is applied; the caller must not publish");
    }

    [Test]
    public void TwoCorrectionsOfOneMeasure_InTwoSpellings_AreADuplicate()
    {
        var read = FirmCsvReader.Read(Input);

        var result = Corrections(Header + $"{Firm4},tax,140,r,a,2025-03-12\n{Firm4},实缴税金(万元),150,r,a,2025-03-12\n").ApplyTo(read);

        var problem = result.Problems.Single();
        Assert.That((problem.Line, problem.Code), Is.EqualTo((3, RowIssueCode.DuplicateId)));
        Assert.That(problem.Reason, Does.Contain("first on line 2"));
    }

    [Test]
    public void CorrectionOfARowRejectedOnInput_IsAProblem()
    {
        var input = "统一社会信用代码,企业名称,规模,用地面积,实缴税金\n91330402710000013H,甲,规上,20,200\n91330402710000021C,乙,规上,abc,150\n";
        var read = FirmCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(input)));
        Assert.That(read.RejectedRowCount, Is.EqualTo(1));

        var result = Corrections(Header + "91330402710000021C,用地面积,10,r,a,2025-03-12\n").ApplyTo(read);

        Assert.That(result.Problems.Single().Reason, Does.Contain("input row (line 3) was rejected"));
    }

    [Test]
    public void MissingRequiredColumn_CannotBeRead()
    {
        var ex = Assert.Throws<FirmDataException>(() => Corrections("id,column,value,reason,date\nx,tax,1,r,2025-01-01\n"));

        Assert.That(ex!.Message, Does.Contain("'approved_by'"));
    }

    [Test]
    public void ApplyingTwice_GivesIdenticalResults()
    {
        var corrections = Corrections(Header + $"{Firm4},tax,140,r,a,2025-03-12\n91330402710000013H,工业增加值,2100,r,a,2025-03-12\n");

        var first = Csv(Evaluator.Evaluate(corrections.ApplyTo(FirmCsvReader.Read(Input)).Table));
        var second = Csv(Evaluator.Evaluate(corrections.ApplyTo(FirmCsvReader.Read(Input)).Table));

        Assert.That(first, Is.EqualTo(second));
    }

    internal static string Csv(Evaluation evaluation)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(evaluation, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
