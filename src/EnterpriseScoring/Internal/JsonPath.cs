namespace EnterpriseScoring.Internal;

/// <summary>JSON paths as profile problems print them (<c>$.pools[0].indicators[1].weight</c>).</summary>
internal static class JsonPath
{
    /// <summary>The path of member <paramref name="key"/> of the object at <paramref name="path"/>: <c>.key</c> for a plain key, <c>['key']</c> otherwise.</summary>
    /// <param name="path">The object's path.</param>
    /// <param name="key">The member's key.</param>
    public static string Child(string path, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? path + "." + key : $"{path}['{key}']";
}
