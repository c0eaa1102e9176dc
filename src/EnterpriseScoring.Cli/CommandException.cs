namespace EnterpriseScoring.Cli;

/// <summary>An expected failure of a command: its message is shown as one line and the process exits with <see cref="ExitCode"/>.</summary>
internal sealed class CommandException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="message">The one-line message for the user.</param>
    /// <param name="innerException">The cause, shown under <c>--verbose</c>.</param>
    public CommandException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
