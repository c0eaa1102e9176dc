namespace EnterpriseScoring.Validation;

/// <summary>Options of <see cref="FirmValidator"/> and of the CSV reader's row checks.</summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>); collections are copied on initialisation. Nothing in it can be invalid.</remarks>
public sealed record FirmValidationOptions
{
    /// <summary>The default options: strict ids.</summary>
    public static FirmValidationOptions Default { get; } = new();

    /// <summary>
    /// Whether an id that is not a valid 统一社会信用代码 is only a warning (for legacy ids such as old
    /// organisation codes or local registration numbers). An empty id is always an error.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool LenientIds { get; init; }
}
