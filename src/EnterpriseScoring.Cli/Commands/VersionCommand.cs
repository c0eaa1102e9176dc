using System.CommandLine;
using EnterpriseScoring.Cli.Text;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore version</c>: prints the tool, library and runtime versions.</summary>
internal static class VersionCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("version", Descriptions.Version);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"{EscoreApplication.ToolName} {EscoreApplication.Version}");
            if (!parseResult.GetValue(globals.Quiet))
            {
                var library = typeof(FirmTable).Assembly.GetName().Version;
                output.WriteLine($"EnterpriseScoring {library?.ToString(3)}, .NET {Environment.Version.ToString(3)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
