using EnterpriseScoring.IO;

using System.Security.Cryptography;

namespace EnterpriseScoring.Excel;

/// <summary>
/// The bytes of a workbook for <see cref="FirmXlsxReader"/>, which reads a zip archive in no particular order: a file is
/// read once into memory through an <see cref="InputFileStream"/> (hashed, and checked not to have changed meanwhile),
/// so the hash is of exactly the bytes parsed; a caller's stream is hashed from its start.
/// </summary>
internal static class WorkbookBytes
{
    /// <summary>Reads the file at <paramref name="path"/> into memory.</summary>
    /// <param name="path">The workbook.</param>
    /// <param name="sha256">The SHA-256 of the bytes read, lower-case hex.</param>
    /// <returns>The bytes, positioned at the start.</returns>
    /// <exception cref="IOException">The file cannot be read, or changed while it was read.</exception>
    public static MemoryStream Read(string path, out string sha256)
    {
        using var file = InputFileStream.Open(path);
        var length = file.File.CanSeek ? file.File.Length : 0;
        var bytes = new MemoryStream(length is > 0 and < int.MaxValue ? (int)length : 0);
        file.CopyTo(bytes, 1 << 16);
        sha256 = file.Complete();
        bytes.Position = 0;
        return bytes;
    }

    /// <summary>The SHA-256 of a seekable <paramref name="stream"/> from its start to its end, lower-case hex; the position is restored.</summary>
    /// <param name="stream">The workbook.</param>
    public static string Sha256(Stream stream)
    {
        var position = stream.Position;
        stream.Position = 0;
        var hash = SHA256.HashData(stream);
        stream.Position = position;
        return Convert.ToHexStringLower(hash);
    }
}
