using System.Text.RegularExpressions;

namespace EnterpriseScoring;

/// <summary>
/// One form of an English message and its Chinese (<see cref="ProfileProblemText"/>): a pattern, compiled once, and the
/// Chinese made from a match — or null when the parts of the match have no Chinese (a nested message of an unknown form),
/// so that the next form is tried. Matching is bounded in time as <see cref="MessagePattern"/>'s. Thread-safe.
/// </summary>
/// <param name="pattern">The pattern of the English form (anchored, with named groups for the particulars it keeps).</param>
/// <param name="chinese">The Chinese of a match, or null.</param>
internal sealed class MessageForm(string pattern, Func<Match, string?> chinese)
{
    private readonly Regex regex = MessagePattern.Compile(pattern);

    /// <summary>The Chinese of the first of <paramref name="forms"/> that matches <paramref name="text"/> and has one; null when none has.</summary>
    public static string? FirstOf(IReadOnlyList<MessageForm> forms, string text)
    {
        foreach (var form in forms)
        {
            if (form.Translate(text) is { } translated)
            {
                return translated;
            }
        }

        return null;
    }

    /// <summary>The Chinese of <paramref name="text"/> when it has this form; else null.</summary>
    public string? Translate(string text) => MessagePattern.Match(text, regex) is { Success: true } m ? chinese(m) : null;
}
