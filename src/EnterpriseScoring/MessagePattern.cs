using System.Text.RegularExpressions;

namespace EnterpriseScoring;

/// <summary>
/// Matches an English message against a template for its Chinese form (<see cref="ProfileProblemText"/>,
/// <see cref="IO.InputErrorText"/>), bounded in time: a message of hostile length is then kept as it is.
/// </summary>
internal static class MessagePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The match of <paramref name="pattern"/> in <paramref name="text"/>, or none when matching takes too long.</summary>
    public static Match Match(string text, string pattern)
    {
        try
        {
            return Regex.Match(text, pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }
}
