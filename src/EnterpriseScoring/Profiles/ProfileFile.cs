using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace EnterpriseScoring.Profiles;

/// <summary>
/// Reads the text of a profile file, safely: a regular file of 1 to <see cref="ProfileResolver.MaxFileBytes"/> bytes,
/// strict UTF-8. Every refusal is a <see cref="ProfileException"/> that names the file and never quotes its contents.
/// </summary>
internal static class ProfileFile
{
    /// <summary>Reads <paramref name="path"/> (a real path: links already resolved) as UTF-8 profile text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="identity">The file's name in messages.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    /// <exception cref="ProfileException">The file is missing, not a regular file, too large, or not UTF-8.</exception>
    public static string Read(string path, string identity) => Decode(ReadBytes(path, identity, ProfileResolver.MaxFileBytes, "a profile file"), identity);

    /// <summary>Reads the bytes of <paramref name="path"/> (a real path: links already resolved): a regular file of 1 to <paramref name="limit"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="identity">The file's name in messages.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="what">What the file is, for messages (e.g. <c>a profile file</c>).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ProfileException">The file is missing, not a regular file or too large.</exception>
    public static byte[] ReadBytes(string path, string identity, int limit, string what)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw Refused(Directory.Exists(path) ? $"'{identity}' is a folder, not {what}" : $"'{identity}' not found");
        }

        // A pipe, a device, a socket or a /proc file reports size 0: refused before it is opened, so that nothing
        // blocks on a pipe or reads a device without end.
        if (info.Length == 0)
        {
            throw Refused($"'{identity}' is empty or not a regular file (a pipe, a device or a /proc file): not read", $"{what} is a regular file");
        }

        if (info.Length > limit)
        {
            throw TooLarge(identity, info.Length, limit, what);
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                throw Refused($"'{identity}' is not a regular file: not read", $"{what} is a regular file");
            }

            bytes = ReadAtMost(stream, limit + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused($"'{identity}' cannot be read: {e.GetType().Name}", "check that the file exists and may be read");
        }

        if (bytes.Length > limit)
        {
            throw TooLarge(identity, bytes.Length, limit, what); // it grew after it was measured
        }

        return bytes;
    }

    /// <summary>
    /// The UTF-8 text of <paramref name="bytes"/> without its byte-order mark; a UTF-16 or UTF-32 byte-order mark, a NUL
    /// byte or an invalid UTF-8 sequence is an error naming the byte offset, line and column (RFC 8259 §8.1: JSON
    /// exchanged between systems is UTF-8).
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string identity)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Refused($"'{identity}' is UTF-16 or UTF-32 text (it starts with a byte-order mark {bytes[0]:X2} {bytes[1]:X2}); profiles are UTF-8", "save the file as UTF-8 (e.g. in Notepad: Save as → Encoding UTF-8)");
        }

        var nul = bytes.IndexOf((byte)0);
        var invalid = InvalidUtf8At(bytes);
        if (nul >= 0 && (invalid < 0 || nul < invalid))
        {
            throw Refused($"'{identity}' has a NUL byte at {Where(bytes, nul)}: it is UTF-16 without a byte-order mark or a binary file, not a profile", "save the profile as UTF-8 text");
        }

        if (invalid >= 0)
        {
            throw Refused($"'{identity}' is not valid UTF-8: invalid byte at {Where(bytes, invalid)}", "save the profile as UTF-8 (a GB18030/GBK file must be converted; nothing is guessed)");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or −1.</summary>
    private static int InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
                {
                    return offset;
                }

                if (status == System.Buffers.OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>"byte offset 1234 (line 5, byte 7 of the line)", counted from 0 for the offset and 1 for line and column.</summary>
    private static string Where(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"byte offset {offset} (line {line}, byte {column} of the line)");
    }

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        var buffer = new byte[Math.Min(limit, (int)Math.Min(int.MaxValue, Math.Max(stream.Length, 0)) + 1)];
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(limit, buffer.Length * 2));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer[..total];
    }

    private static ProfileException TooLarge(string identity, long length, int limit, string what) =>
        Refused(string.Create(CultureInfo.InvariantCulture, $"'{identity}' is {length} bytes, more than the {limit} bytes ({limit >> 20} MiB) {what} may have: not read"), "is this the right file?");

    private static ProfileException Refused(string message, string? hint = null) => new([new ProfileProblem("$", message, hint)]);
}
