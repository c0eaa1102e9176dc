namespace EnterpriseScoring.Cli.Input;

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class CallbackProgress(Action<long> report) : IProgress<long>
{
    /// <inheritdoc/>
    public void Report(long value) => report(value);
}
