namespace EnterpriseScoring.Results;

/// <summary>The type of a <see cref="FlatResultColumn"/>'s values.</summary>
public enum FlatColumnKind
{
    /// <summary>Text (<see cref="string"/>; null where results.csv has an empty cell, except the identity columns, which are never null).</summary>
    Text = 0,

    /// <summary>A 64-bit floating-point number (<see cref="double"/>; null when missing, never NaN or infinite).</summary>
    Number = 1,

    /// <summary>A 32-bit integer (<see cref="int"/>; null when missing).</summary>
    Integer = 2,
}
