using EnterpriseScoring.IO;

namespace EnterpriseScoring;

/// <summary>
/// The table lacks entirely (no column at all) one or more measures the profile reads, and they are not accepted as
/// missing: evaluating would give every firm the same missing value and plausible but wrong results. Thrown by
/// <see cref="Evaluator.Evaluate(FirmTable, EvaluationContext?)"/>; <see cref="Missing"/> lists each measure, what needs it and the headers that look
/// like it.
/// </summary>
/// <remarks>
/// Add or rename the column (or map it with <see cref="FirmCsvReaderOptions.HeaderAliases"/>), or accept the measure as
/// missing: <see cref="EvaluatorOptions.AcceptMissingMeasures"/> or the profile's <see cref="EvaluationProfile.AcceptMissingMeasures"/>
/// (<c>accept_missing_measures</c> in JSON).
/// </remarks>
public sealed class MissingMeasuresException : FirmDataException
{
    /// <summary>What the library suggests doing about it.</summary>
    private const string LibraryRemedy =
        "Add or rename the column (or map it with a header alias), or accept the measure as missing (EvaluatorOptions.AcceptMissingMeasures, or \"accept_missing_measures\" in the profile).";

    /// <summary>Creates an exception.</summary>
    /// <param name="missing">The measures the table lacks that are not accepted (at least one).</param>
    /// <param name="remedy">What to do about it (the message's last sentence), or null for the library's advice.</param>
    public MissingMeasuresException(IReadOnlyList<MissingMeasure> missing, string? remedy = null)
        : base(BuildMessage(missing, remedy))
    {
        Missing = ReadOnlyCopy.List(missing);
    }

    /// <summary>Creates an exception.</summary>
    public MissingMeasuresException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MissingMeasuresException(string message)
        : base(message)
    {
        Missing = [];
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MissingMeasuresException(string message, Exception innerException)
        : base(message, innerException)
    {
        Missing = [];
    }

    /// <summary>The measures the table lacks, in the order of <see cref="Evaluator.RequiredMeasures"/>.</summary>
    public IReadOnlyList<MissingMeasure> Missing { get; }

    private static string BuildMessage(IReadOnlyList<MissingMeasure> missing, string? remedy)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var count = missing.Count == 1 ? "1 measure" : $"{missing.Count} measures";
        var list = string.Join(" | ", missing);
        return $"the input has no column for {count} the profile reads / 输入数据缺少评价所需的列: {list}{(list.EndsWith('?') ? string.Empty : ".")} {remedy ?? LibraryRemedy}";
    }
}
