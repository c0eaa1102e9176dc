namespace EnterpriseScoring.Profiles;

/// <summary>The <see cref="IProfileResolver"/>s that ship with the library, and the limits of profile files.</summary>
/// <remarks>
/// <para>
/// <see cref="BuiltIn"/> resolves the built-in profiles (<see cref="ProfileCatalog"/>) and refuses every file path: it
/// never touches the file system, so a service that loads profile JSON from its users with
/// <see cref="ProfileLoader.Parse(string, IProfileResolver?, ComponentRegistry?)"/> is safe by default.
/// </para>
/// <para>
/// <see cref="Directory"/> also reads profile files, confined: a reference must be a relative path that stays inside
/// the folder of the profile naming it (the root folder for the text handed to the loader) — no absolute paths, no
/// escape by <c>..</c>, no escape by a symbolic link (the real path of every component is checked). Only regular files
/// of 1 to <see cref="MaxFileBytes"/> bytes are read: a pipe, a device or a <c>/proc</c> file reports size 0 and is
/// refused before it is opened. A file must be UTF-8 (a UTF-8 byte-order mark is allowed; UTF-16 and invalid bytes are
/// errors naming the byte offset), and a JSON file whose top-level keys are not those of a profile is reported as
/// "not a profile" without its keys or values. <see cref="ProfileLoader.Load"/> and <c>escore</c> read profile files
/// this way.
/// </para>
/// </remarks>
public static class ProfileResolver
{
    /// <summary>The largest profile file read, in bytes: 1 MiB (the largest built-in profile is about 12 KB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>
    /// The largest data file a profile may name (<c>standard_table.file</c>, a CSV of standard values), in bytes: 16 MiB
    /// (a published table of every 大类 × size is a few hundred rows, some 50 KB). Read by <see cref="Directory"/> only,
    /// confined as base profiles are; <see cref="BuiltIn"/> refuses every data file.
    /// </summary>
    public const int MaxDataFileBytes = 16 << 20;

    /// <summary>Resolves built-in profile names only; any file path is refused. Reads no file.</summary>
    public static IProfileResolver BuiltIn { get; } = new BuiltInProfileResolver();

    /// <summary>
    /// Resolves built-in profile names, and relative paths to profile files inside <paramref name="root"/>: each file
    /// may name files in its own folder or below it, never outside.
    /// </summary>
    /// <param name="root">The folder of the profile the loader starts from; relative to the current directory when relative.</param>
    /// <returns>The resolver.</returns>
    /// <exception cref="ArgumentException"><paramref name="root"/> is empty.</exception>
    public static IProfileResolver Directory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        return new DirectoryProfileResolver(root);
    }

    /// <summary>Whether an <c>extends</c> value names a file rather than a built-in profile: it contains <c>/</c> or <c>\</c>, or ends in <c>.json</c>.</summary>
    internal static bool IsPath(string reference) =>
        reference.Contains('/', StringComparison.Ordinal) || reference.Contains('\\', StringComparison.Ordinal)
        || reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
