using System.Collections.Concurrent;
using System.Diagnostics;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>
/// The built escore running as a child process, its stderr lines collected as they come, so that a test can act at a
/// given stage of the run (the plain stage lines: <c>escore: reading FILE</c>, <c>escore: evaluating</c>, <c>escore: writing DIR</c>).
/// </summary>
internal sealed class RunningEscore : IDisposable
{
    /// <summary>The hang guard of every wait: generous, only reached when something is broken.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly ConcurrentQueue<string> stderr = new();
    private readonly ConcurrentQueue<string> stdout = new();

    private RunningEscore(ProcessStartInfo start)
    {
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start escore.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                stderr.Enqueue(e.Data);
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                stdout.Enqueue(e.Data);
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The stderr lines so far.</summary>
    public string Stderr => string.Join("\n", stderr);

    /// <summary>Starts <c>escore ARGS</c>.</summary>
    public static RunningEscore Start(params string[] args) => new(CliRunner.StartInfo(args));

    /// <summary>
    /// Starts <c>escore ARGS</c> from <c>sh</c> with SIGINT ignored, as a shell starts <c>escore … &amp;</c> in a script
    /// (<c>trap '' INT</c>, then <c>exec</c>: the same process id).
    /// </summary>
    public static RunningEscore StartWithSigintIgnored(params string[] args)
    {
        var escore = CliRunner.StartInfo(args);
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = escore.StandardOutputEncoding,
            StandardErrorEncoding = escore.StandardErrorEncoding,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("trap '' INT; exec \"$@\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(escore.FileName);
        foreach (var arg in escore.ArgumentList)
        {
            start.ArgumentList.Add(arg);
        }

        return new RunningEscore(start);
    }

    /// <summary>Waits until a stderr line contains <paramref name="text"/>; false when the process ended first.</summary>
    public bool WaitForStderr(string text) => WaitUntil(() => stderr.Any(l => l.Contains(text, StringComparison.Ordinal)));

    /// <summary>Waits until <paramref name="condition"/> holds; false when the process ended first.</summary>
    public bool WaitUntil(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (condition())
            {
                return true;
            }

            if (process.HasExited)
            {
                return condition();
            }

            Thread.Sleep(2);
        }

        throw new TimeoutException($"escore did not get there within {Patience}: {Stderr}");
    }

    /// <summary>Whether the process has <paramref name="path"/> open (Linux: a link in /proc/PID/fd).</summary>
    public bool HasOpen(string path)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{Id}/fd").Any(fd => new FileInfo(fd).LinkTarget == path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // the process ended or a descriptor closed while listing
        }
    }

    /// <summary>The bytes the process has read from files and pipes so far (Linux: <c>rchar</c> of /proc/PID/io); -1 once it has ended.</summary>
    public long BytesRead()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Id}/io").First(l => l.StartsWith("rchar:", StringComparison.Ordinal));
            return long.Parse(line.AsSpan(6).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return -1;
        }
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. <c>INT</c>, <c>TERM</c>) with <c>kill</c>.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the exit (hang guard: <see cref="Patience"/>) and returns the exit code and the output.</summary>
    public (int Code, string Stdout, string Stderr) WaitForExit()
    {
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"escore did not exit within {Patience}: {Stderr}");
        }

        process.WaitForExit(); // the redirected streams to their end
        return (process.ExitCode, string.Join("\n", stdout), Stderr);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
