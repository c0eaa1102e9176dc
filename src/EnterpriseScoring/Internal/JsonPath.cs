using System.Globalization;

namespace EnterpriseScoring.Internal;

/// <summary>JSON paths as profile problems print them (<c>$.pools[0].indicators[1].weight</c>).</summary>
internal static class JsonPath
{
    /// <summary>The path of member <paramref name="key"/> of the object at <paramref name="path"/>: <c>.key</c> for a plain key, <c>['key']</c> otherwise.</summary>
    /// <param name="path">The object's path.</param>
    /// <param name="key">The member's key.</param>
    public static string Child(string path, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? path + "." + key : $"{path}['{key}']";

    /// <summary>
    /// The segment of <paramref name="path"/> at <paramref name="i"/>: <c>.key</c>, <c>['key']</c> or <c>[index]</c>
    /// (<paramref name="key"/> null then), and where the next one starts; false when it is none of these.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="i">Where the segment starts (after <c>$</c> or the previous segment).</param>
    /// <param name="key">The member's key, or null for an index.</param>
    /// <param name="index">The index, or −1 for a key.</param>
    /// <param name="end">Where the next segment starts.</param>
    public static bool TrySegment(string path, int i, out string? key, out int index, out int end)
    {
        key = null;
        index = -1;
        if (path[i] == '.')
        {
            end = i + 1;
            while (end < path.Length && path[end] is not '.' and not '[')
            {
                end++;
            }

            key = path[(i + 1)..end];
            return true;
        }

        if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
        {
            end = path.IndexOf("']", i, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            key = path[(i + 2)..end];
            end += 2;
            return true;
        }

        if (path[i] == '[')
        {
            end = path.IndexOf(']', i);
            if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out index))
            {
                return false;
            }

            end++;
            return true;
        }

        end = i;
        return false;
    }
}
