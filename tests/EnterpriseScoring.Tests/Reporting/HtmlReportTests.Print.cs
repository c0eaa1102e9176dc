using System.Text;
using System.Text.RegularExpressions;
using EnterpriseScoring.IO;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Reporting;

namespace EnterpriseScoring.Tests.Reporting;

public partial class HtmlReportTests
{
    /// <summary>
    /// The report printed to PDF in a real browser (Save as PDF, A4): the sample city's summary — overview, D list, tier
    /// tables, charts — is a few pages (it was 54 when the A list came first and every list printed; 6 now), every list opened
    /// prints far more, and a Chinese font is embedded (with fonts-noto-cjk installed, as .ci/run does).
    /// </summary>
    [Test]
    public void Chromium_PrintsTheSampleCitySummaryOnAFewA4Pages_WithAChineseFont()
    {
        var chromium = Chromium();
        var read = FirmCsvReader.Read(TestPaths.Seeds("data", "sample-city.csv"));
        var evaluation = new Evaluator(ProfileCatalog.Get("zhejiang-six-indicators")).Evaluate(read.Table);
        var dir = Directory.CreateTempSubdirectory("escore-print-");
        try
        {
            int Pages(HtmlReportOptions options, string name, out string pdfText)
            {
                var page = Path.Combine(dir.FullName, name + ".html");
                var pdf = Path.Combine(dir.FullName, name + ".pdf");
                HtmlReport.Write(evaluation, page, options);
                RunChromium(chromium, dir.FullName, "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri);
                Assert.That(File.Exists(pdf), Is.True, $"chromium wrote no {name}.pdf");
                pdfText = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
                return Regex.Count(pdfText, @"/Type\s*/Page[^s]");
            }

            var summary = Pages(HtmlReportOptions.Default, "summary", out var summaryPdf);
            var everything = Pages(new HtmlReportOptions { ExpandLists = true }, "expanded", out _);
            TestContext.Out.WriteLine($"printed: {summary} pages (summary), {everything} pages (every list open)");

            Assert.Multiple(() =>
            {
                Assert.That(summary, Is.InRange(2, 10), "the printed summary of the 2,000-firm city is a few pages");
                Assert.That(everything, Is.GreaterThan(summary + 5), "opening every list prints them");
                if (Environment.GetEnvironmentVariable("CI") == "true" || Directory.Exists("/usr/share/fonts/opentype/noto"))
                {
                    Assert.That(summaryPdf, Does.Match(@"/FontName\s*/[A-Z]{6}\+\w*CJK"), "a CJK font is embedded (fonts-noto-cjk)");
                }
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
