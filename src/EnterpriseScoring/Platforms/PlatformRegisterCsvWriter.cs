using System.Globalization;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Platforms;

/// <summary>
/// Writes a <see cref="PlatformRegister"/> as a CSV file that <see cref="PlatformRegisterReader"/> reads back unchanged:
/// UTF-8 with a byte-order mark, the canonical headers (<see cref="PlatformRegisterColumns.All"/>), levels in Chinese
/// (国家级 …), areas in the shortest round-trip form, dates as <c>yyyy-MM-dd</c>. Text that a spreadsheet would run as a
/// formula is prefixed with <c>'</c> (<see cref="FormulaGuard"/>).
/// </summary>
public static class PlatformRegisterCsvWriter
{
    /// <summary>Writes <paramref name="register"/> to the file <paramref name="path"/> (created or replaced).</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static void Write(PlatformRegister register, string path)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(register, stream);
    }

    /// <summary>Writes <paramref name="register"/> to <paramref name="stream"/> (left open).</summary>
    /// <param name="register">The register.</param>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PlatformRegister register, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = CsvOutput.Create(stream, null, true, ',');
        writer.WriteHeader([.. PlatformRegisterColumns.All]);
        foreach (var platform in register.Platforms)
        {
            writer.WriteField(FormulaGuard.Escape(platform.Id));
            writer.WriteField(FormulaGuard.Escape(platform.Name));
            writer.WriteField(PlatformLevels.ChineseName(platform.Level));
            writer.WriteField(FormulaGuard.Escape(platform.Parent));
            writer.WriteField(FormulaGuard.Escape(platform.County));
            writer.WriteField(Area(platform.PlannedArea));
            writer.WriteField(Area(platform.ApprovedUnsupplied));
            writer.WriteField(Area(platform.SuppliedUnused));
            writer.WriteField(Area(platform.InefficientLand));
            writer.WriteField(Area(platform.ClearedLand));
            writer.WriteField(FormulaGuard.Escape(platform.MergedInto));
            writer.WriteField(platform.MergedFrom is { } from ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
            writer.EndRecord();
        }

        writer.Flush();
    }

    private static string Area(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
