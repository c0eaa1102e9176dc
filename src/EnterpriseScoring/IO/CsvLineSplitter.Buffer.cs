using System.Buffers;

namespace EnterpriseScoring.IO;

// Part of CsvLineSplitter: the pooled buffer: filling it, and tracking bytes that may not be clean UTF-8.
internal sealed partial class CsvLineSplitter
{
    /// <summary>Moves the unread bytes to the front (growing the buffer when they fill it) and reads more; false at the end of the input.</summary>
    private bool Fill()
    {
        var unread = end - start;
        if (start == 0 && end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, unread).CopyTo(buffer);
        }

        validatedTo = Math.Max(0, validatedTo - start);
        dirtyFrom = dirtyFrom == int.MaxValue ? dirtyFrom : dirtyFrom - start;
        dirtyTo -= start;
        if (dirtyTo <= 0)
        {
            dirtyFrom = int.MaxValue;
            dirtyTo = -1;
        }

        start = 0;
        end = unread;
        var read = input.Read(buffer, end, buffer.Length - end);
        end += read;
        Validate(read == 0);
        return read > 0;
    }

    /// <summary>Checks the bytes read since the last check (up to the last whole character) for invalid UTF-8 and U+FFFD.</summary>
    private void Validate(bool complete)
    {
        var fresh = buffer.AsSpan(validatedTo, end - validatedTo);
        var length = complete ? fresh.Length : WholeCharacters(fresh);
        if (!IsClean(fresh[..length]))
        {
            // Checks start at a character boundary, and U+FFFD is a whole character: nothing straddles them.
            dirtyFrom = Math.Min(dirtyFrom, validatedTo);
            dirtyTo = end;
        }

        validatedTo += length;
    }

    /// <summary>The length of <paramref name="bytes"/> without a multi-byte sequence cut off at its end.</summary>
    private static int WholeCharacters(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        var back = 0;
        while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
            back++;
        }

        if (i < 0)
        {
            return bytes.Length;
        }

        var lead = bytes[i];
        var need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return need > back + 1 ? i : bytes.Length;
    }
}
