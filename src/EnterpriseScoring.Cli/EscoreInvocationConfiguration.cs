using System.CommandLine;

namespace EnterpriseScoring.Cli;

/// <summary>The invocation configuration of <c>escore</c>: System.CommandLine's, plus what a command needs from the process (its signals).</summary>
internal sealed class EscoreInvocationConfiguration : InvocationConfiguration
{
    /// <summary>The process's termination signals as a cancellation; null in-process.</summary>
    public SignalCancellation? Signals { get; init; }
}
