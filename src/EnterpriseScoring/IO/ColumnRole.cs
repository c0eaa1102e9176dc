namespace EnterpriseScoring.IO;

/// <summary>What the reader did with an input column.</summary>
public enum ColumnRole
{
    /// <summary>A firm field: id, name, region, platform, industry, size class or start year.</summary>
    Field = 0,

    /// <summary>A well-known measure (<see cref="KnownMeasures"/>).</summary>
    Measure,

    /// <summary>An unknown all-numeric column, kept as a custom measure.</summary>
    CustomMeasure,

    /// <summary>A yes/no column that sets one tag.</summary>
    Tag,

    /// <summary>The <c>tags</c> column: a list of tags.</summary>
    TagList,

    /// <summary>Ignored: an unknown column with non-numeric values, or one aliased to <c>ignore</c>.</summary>
    Ignored,
}
