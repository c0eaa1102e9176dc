using System.CommandLine;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Output;

/// <summary>
/// <c>--raw-text</c>: write the text cells of the CSV outputs as they are. By default a text cell that a spreadsheet would
/// run as a formula (a firm named <c>=HYPERLINK(…)</c>, <c>+cmd|…</c>, <c>@SUM(1)</c>) gets a leading <c>'</c>
/// (<see cref="FormulaEscaping.QuotePrefix"/>), because results.csv, rejects.csv and summary.csv are made to be opened in Excel.
/// </summary>
internal static class RawTextOption
{
    /// <summary>Creates the option.</summary>
    public static Option<bool> Create() => new("--raw-text")
    {
        Description = Descriptions.RawText,
    };

    /// <summary>The escaping of the CSV writers for the option's value.</summary>
    /// <param name="raw">Whether <c>--raw-text</c> was given.</param>
    public static FormulaEscaping Escaping(bool raw) => raw ? FormulaEscaping.None : FormulaEscaping.QuotePrefix;
}
