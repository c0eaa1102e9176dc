namespace EnterpriseScoring.IO;

/// <summary>A record <see cref="CsvLineSplitter"/> skipped because it is over a limit.</summary>
/// <param name="Limit">The limit.</param>
/// <param name="LastLine">The last physical line skipped: reading goes on with the next.</param>
/// <param name="Field">The 0-based field where the limit was reached (inside a quote: the field the quote opened).</param>
/// <param name="Value">The start of that field as written (at most 60 characters, then "…").</param>
/// <param name="Head">The start of the record's first line (at most 4 KiB), to tell the id.</param>
/// <param name="InQuote">Whether the limit was reached inside a quoted field.</param>
/// <param name="StrayQuote">Whether that quote was taken as stray: only the record's first line is skipped.</param>
/// <param name="EndOfInput">Whether the skipped record runs to the end of the input.</param>
internal readonly record struct SplitRejection(SplitLimit Limit, int LastLine, int Field, string Value, byte[] Head, bool InQuote, bool StrayQuote, bool EndOfInput);
