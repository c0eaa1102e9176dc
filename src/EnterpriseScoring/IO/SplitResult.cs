namespace EnterpriseScoring.IO;

/// <summary>What <see cref="CsvLineSplitter.Read"/> found.</summary>
internal enum SplitResult
{
    /// <summary>A well-formed record: its fields are available until the next read.</summary>
    Record,

    /// <summary>The end of the input.</summary>
    End,

    /// <summary>
    /// A record with a quote out of place — a quote inside an unquoted field, text after a closing quote, or a quote still
    /// open at the end of the input: framed, but its fields are left to CsvHelper (<see cref="CsvLineSplitter.RawRecord"/>).
    /// </summary>
    Irregular,

    /// <summary>A record over a limit, skipped: <see cref="CsvLineSplitter.Rejection"/> says why and where reading goes on.</summary>
    Rejected,
}
