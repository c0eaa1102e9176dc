using System.CommandLine;
using System.Globalization;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore profiles list|show|validate</c>: the built-in policy profiles and profile files.</summary>
internal static class ProfilesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var list = new Command("list", "List the built-in profiles: name, jurisdiction, year, description.");
        list.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var rows = ProfileCatalog.List()
                .Select(p => new[] { p.Name, p.Jurisdiction, p.EvaluationYear.ToString(CultureInfo.InvariantCulture), p.Extends ?? string.Empty, p.Description })
                .ToList();
            context.Output.WriteLine(TierTable.Text(["name", "jurisdiction", "year", "extends", "description"], rows));
            return ExitCodes.Success;
        });

        var nameOrFile = new Argument<string>("profile") { Description = "A built-in name or a profile JSON file.", HelpName = "NAME|FILE" };
        var canonical = new Option<bool>("--canonical")
        {
            Description = "Print the compiled profile with every default explicit, instead of the resolved source JSON.",
        };
        var show = new Command("show", "Print a profile as JSON with 'extends' resolved.") { nameOrFile, canonical };
        show.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var argument = parseResult.GetRequiredValue(nameOrFile);
            var profile = ProfileOption.Load(argument); // validates; exit 2 when invalid
            string json;
            if (parseResult.GetValue(canonical))
            {
                json = ProfileOption.CanonicalJson(profile);
            }
            else if (ProfileCatalog.TryGetJson(argument, out var text) && !File.Exists(argument))
            {
                json = ProfileLoader.Resolve(text);
            }
            else
            {
                json = ProfileLoader.ResolveFile(argument); // read as --profile reads it: confined, size-capped, UTF-8
            }

            context.Output.WriteLine(json);
            return ExitCodes.Success;
        });

        var file = new Argument<string>("file") { Description = "The profile JSON file (or a built-in name).", HelpName = "FILE" };
        var validate = new Command("validate", "Check a profile: exit 0 when valid, 2 with every problem (JSON path and hint) on stderr.") { file };
        validate.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var profile = ProfileOption.Load(parseResult.GetRequiredValue(file));
            context.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{profile.Name}: valid ({profile.Jurisdiction}, {profile.EvaluationYear}; {profile.Pools.Count} pools; sha256 {ProfileOption.Sha256(profile)})"));
            return ExitCodes.Success;
        });

        return new Command("profiles", "List, show and validate policy profiles.") { list, show, validate };
    }
}
