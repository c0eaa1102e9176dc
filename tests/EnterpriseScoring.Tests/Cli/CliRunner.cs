using System.Diagnostics;
using EnterpriseScoring.Cli;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Tests.Cli;

/// <summary>Runs escore in-process, or as a real process from the build output next to the test assembly.</summary>
internal static class CliRunner
{
    /// <summary>Runs escore in-process with no locale in its environment (English unless <c>--lang</c> says otherwise), whatever the machine's.</summary>
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs escore in-process with <paramref name="environment"/> as its whole environment (for the locale); the process's is not touched.</summary>
    public static (int Code, string Stdout, string Stderr) RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = EscoreApplication.Run(args, stdout, stderr, environment: name => environment.TryGetValue(name, out var value) ? value : null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Starts the built tool as a child process with redirected, discarded output (to kill it mid-run).</summary>
    public static Process StartProcess(params string[] args)
    {
        var start = StartInfo(args);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start escore.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the built tool as a child process in <paramref name="workingDirectory"/>.</summary>
    public static (int Code, string Stdout, string Stderr) RunProcessIn(string workingDirectory, params string[] args) => RunProcess(StartInfo(args, workingDirectory));

    public static ProcessStartInfo StartInfo(string[] args, string? workingDirectory = null)
    {
        var directory = AppContext.BaseDirectory;
        var dll = Path.Combine(directory, "escore.dll");
        var appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? "escore.exe" : "escore");
        var start = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { dll } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var variable in LanguageSelection.LocaleVariables)
        {
            start.Environment.Remove(variable); // English whatever the machine's locale (RunProcessWith may set one)
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = System.Text.Encoding.UTF8;
        start.StandardErrorEncoding = System.Text.Encoding.UTF8;
        return start;
    }

    /// <summary>Runs the built tool as a child process with extra environment variables (e.g. runtime switches).</summary>
    public static (int Code, string Stdout, string Stderr) RunProcessWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return RunProcess(start);
    }

    /// <summary>Runs the built tool as a child process: the apphost when present, else <c>dotnet escore.dll</c>.</summary>
    public static (int Code, string Stdout, string Stderr) RunProcess(params string[] args) => RunProcess(StartInfo(args));

    private static (int Code, string Stdout, string Stderr) RunProcess(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start escore.");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("escore did not exit within 2 minutes.");
        }

        return (process.ExitCode, stdoutTask.GetAwaiter().GetResult(), stderrTask.GetAwaiter().GetResult());
    }
}
