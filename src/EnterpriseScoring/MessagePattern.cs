using System.Text.RegularExpressions;

namespace EnterpriseScoring;

/// <summary>
/// Matches an English message against a template for its Chinese form (<see cref="ProfileProblemText"/>,
/// <see cref="IO.InputErrorText"/>), bounded in time: a message of hostile length is then kept as it is.
/// </summary>
internal static class MessagePattern
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The match of <paramref name="pattern"/> in <paramref name="text"/>, or none when matching takes too long.</summary>
    public static Match Match(string text, string pattern)
    {
        try
        {
            return Regex.Match(text, pattern, Options, Timeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary><paramref name="pattern"/> as a regex with the options and time limit of <see cref="Match(string, string)"/>, to be kept and reused.</summary>
    public static Regex Compile(string pattern) => new(pattern, Options, Timeout);

    /// <summary>The match of <paramref name="regex"/> (made by <see cref="Compile"/>) in <paramref name="text"/>, or none when matching takes too long.</summary>
    public static Match Match(string text, Regex regex)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }
}
