namespace EnterpriseScoring.Benchmarks;

/// <summary>How an <see cref="IndustryMeanBenchmark"/> groups firms by their GB/T 4754 industry code.</summary>
public enum IndustryLevel
{
    /// <summary>门类 (section): the letter, e.g. <c>C</c> 制造业; a code written without its letter gets it from its 2-digit division.</summary>
    Section = 0,

    /// <summary>大类 (division): the section letter and the first 2 digits, e.g. <c>C26</c>.</summary>
    Division = 1,

    /// <summary>The profile's own named groups, each a list of code prefixes (<see cref="IndustryGroup"/>).</summary>
    Groups = 2,
}
