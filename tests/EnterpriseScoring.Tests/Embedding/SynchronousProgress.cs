namespace EnterpriseScoring.Tests.Embedding;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread (<see cref="Progress{T}"/> posts it later).</summary>
internal sealed class SynchronousProgress(Action<long> handler) : IProgress<long>
{
    private readonly Lock gate = new();

    public void Report(long value)
    {
        lock (gate)
        {
            handler(value);
        }
    }
}
