namespace EnterpriseScoring;

/// <summary>
/// A numeric quantity reported per firm: land area, tax paid, value added, energy use, or a custom column.
/// </summary>
/// <remarks>
/// Measures are identified by <see cref="Id"/> (canonical snake_case, compared ordinally). Two measures with the
/// same id are equal whatever their labels. Well-known measures are in <see cref="KnownMeasures"/>; any other
/// numeric input column becomes a custom measure created with <see cref="Custom"/>.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Measure : IEquatable<Measure>
{
    private readonly string[] aliases;

    /// <summary>Creates a measure.</summary>
    /// <param name="id">Canonical snake_case id, e.g. <c>tax</c>.</param>
    /// <param name="chineseName">The usual Chinese header, e.g. <c>实缴税金</c>.</param>
    /// <param name="englishName">A short English label.</param>
    /// <param name="unit">The unit values are expressed in, e.g. <c>万元</c>.</param>
    /// <param name="aliases">Further header names that mean this measure (Chinese or English).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or not snake_case.</exception>
    public Measure(string id, string chineseName, string englishName, string unit, params string[] aliases)
    {
        Preconditions.CheckIdentifier(id, nameof(id));
        ArgumentNullException.ThrowIfNull(chineseName);
        ArgumentNullException.ThrowIfNull(englishName);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(aliases);
        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
        Unit = unit;
        this.aliases = (string[])aliases.Clone();
        Aliases = ValueList<string>.Own(this.aliases);
    }

    /// <summary>Canonical snake_case id, used in profiles and output column names.</summary>
    public string Id { get; }

    /// <summary>The Chinese name, as it appears in government spreadsheets.</summary>
    public string ChineseName { get; }

    /// <summary>A short English label.</summary>
    public string EnglishName { get; }

    /// <summary>The unit of the values, e.g. 亩, 万元, 吨标准煤.</summary>
    public string Unit { get; }

    /// <summary>Further header names recognised for this measure.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether this measure is one of <see cref="KnownMeasures"/>.</summary>
    public bool IsKnown => KnownMeasures.TryGet(Id, out var known) && ReferenceEquals(known, this);

    /// <summary>Creates a custom measure kept by name (no unit, no Chinese label).</summary>
    /// <param name="id">The column's id; kept as given.</param>
    public static Measure Custom(string id) => new(id, id, id, string.Empty);

    /// <inheritdoc />
    public bool Equals(Measure? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns <c>id (中文名, unit)</c>.</summary>
    public override string ToString() => Unit.Length == 0 ? Id : $"{Id} ({ChineseName}, {Unit})";
}
