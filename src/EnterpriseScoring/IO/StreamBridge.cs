using System.IO.Pipelines;

namespace EnterpriseScoring.IO;

/// <summary>
/// Connects the synchronous readers and writers to asynchronous streams (an ASP.NET Core request or response body, which
/// refuses synchronous I/O): the caller's stream is read or written only with <c>ReadAsync</c>/<c>WriteAsync</c>, through a
/// bounded <see cref="Pipe"/>, while the parser or formatter runs on a dedicated thread on the other end of the pipe.
/// </summary>
/// <remarks>
/// Memory is bounded by <see cref="PauseBytes"/> in the pipe. Cancellation or a failure on either side stops the other:
/// the first error is the one thrown (the caller's <see cref="OperationCanceledException"/> when the token was cancelled).
/// </remarks>
internal static class StreamBridge
{
    /// <summary>Bytes in the pipe at which the producer waits for the consumer.</summary>
    internal const long PauseBytes = 1 << 20;

    private const int ChunkBytes = 1 << 16;

    /// <summary>
    /// Reads <paramref name="source"/> asynchronously to its end while <paramref name="parse"/> reads the same bytes
    /// synchronously on a dedicated thread.
    /// </summary>
    /// <param name="source">The caller's stream (left open).</param>
    /// <param name="parse">Reads its stream to the end (or stops early by failing) and returns the result.</param>
    /// <param name="progress">Receives the number of bytes read from <paramref name="source"/> so far.</param>
    /// <param name="cancellationToken">Cancels the reading and the parsing.</param>
    public static async Task<T> ReadAsync<T>(Stream source, Func<Stream, CancellationToken, T> parse, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseBytes, resumeWriterThreshold: PauseBytes / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parsing = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    using var input = pipe.Reader.AsStream();
                    return parse(input, stop.Token);
                }
                catch
                {
                    stop.Cancel(); // the pump may be waiting for bytes nobody will read
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            long total = 0;
            while (true)
            {
                var read = await source.ReadAsync(pipe.Writer.GetMemory(ChunkBytes), stop.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                pipe.Writer.Advance(read);
                total += read;
                progress?.Report(total);
                if ((await pipe.Writer.FlushAsync(stop.Token).ConfigureAwait(false)).IsCompleted)
                {
                    break; // the parser is done with the input
                }
            }

            await pipe.Writer.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await pipe.Writer.CompleteAsync(e).ConfigureAwait(false); // the parser's next read throws it
        }

        try
        {
            return await parsing.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a dedicated thread into a pipe whose bytes are copied asynchronously to
    /// <paramref name="destination"/> (left open, flushed).
    /// </summary>
    /// <param name="destination">The caller's stream.</param>
    /// <param name="write">Writes everything to its stream.</param>
    /// <param name="cancellationToken">Cancels the formatting and the copying.</param>
    public static async Task WriteAsync(Stream destination, Action<Stream, CancellationToken> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PauseBytes, resumeWriterThreshold: PauseBytes / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    using var output = pipe.Writer.AsStream();
                    write(output, stop.Token);
                }
                catch (Exception e)
                {
                    stop.Cancel();
                    pipe.Writer.Complete(e);
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Exception? copyError = null;
        try
        {
            await pipe.Reader.CopyToAsync(destination, stop.Token).ConfigureAwait(false);
            await destination.FlushAsync(stop.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            copyError = e;
            stop.Cancel(); // the formatter stops at its next check
        }

        await pipe.Reader.CompleteAsync(copyError).ConfigureAwait(false);
        try
        {
            await writing.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (OperationCanceledException) when (copyError is not null)
        {
            // cancelled because the copy failed: the copy's error is the one to report
        }

        if (copyError is not null)
        {
            if (copyError is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(copyError);
        }
    }
}
