namespace EnterpriseScoring.Cli;

/// <summary>Entry point of the <c>escore</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        Console.Out.WriteLine("escore " + string.Join(' ', args));
        return 0;
    }
}
