using System.CommandLine;
using System.Globalization;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Profiles;
using EnterpriseScoring.Scorecards;

namespace EnterpriseScoring.Cli.Commands;

/// <summary><c>escore profiles list|show|validate</c>: the built-in policy profiles and profile files.</summary>
internal static class ProfilesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The global options.</param>
    public static Command Create(GlobalOptions globals)
    {
        var list = new Command("list", Descriptions.ProfilesList);
        list.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var profiles = ProfileCatalog.List();
            var table = TierTable.Text(
                Messages.ProfileListHeader,
                [.. profiles.Select(p => new[] { p.Name, p.Jurisdiction, p.EvaluationYear.ToString(CultureInfo.InvariantCulture), p.Extends ?? string.Empty })],
                leftAligned: 4).Split('\n');
            context.Output.WriteLine(table[0]);
            context.Output.WriteLine(table[1]);
            for (var i = 0; i < profiles.Count; i++)
            {
                context.Output.WriteLine(table[i + 2]);
                context.Output.WriteLine("    " + Shorten(profiles[i].Description, ListWidth - 4));
            }

            var scorecards = ScorecardCatalog.Names.Select(ScorecardLoader.Load).ToList();
            context.Output.WriteLine();
            context.Output.WriteLine(Messages.ScorecardListHeading);
            context.Output.WriteLine(TierTable.Text(
                Messages.ScorecardListHeader,
                [.. scorecards.Select(s => new[] { s.Id, s.Jurisdiction, s.Year.ToString(CultureInfo.InvariantCulture), s.FirmProfileReference })],
                leftAligned: 4));
            return ExitCodes.Success;
        });

        var nameOrFile = new Argument<string>("profile") { Description = Descriptions.ProfileArgument, HelpName = "NAME|FILE" };
        var canonical = new Option<bool>("--canonical")
        {
            Description = Descriptions.Canonical,
        };
        var show = new Command("show", Descriptions.ProfilesShow) { nameOrFile, canonical };
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

        var file = new Argument<string>("file") { Description = Descriptions.ProfileFileArgument, HelpName = "FILE" };
        var validate = new Command("validate", Descriptions.ProfilesValidate) { file };
        validate.SetAction(parseResult =>
        {
            var context = CommandContext.From(parseResult, globals);
            var profile = ProfileOption.Load(parseResult.GetRequiredValue(file));
            context.WriteLine(Messages.ProfileValidLine(profile.Name, profile.Jurisdiction, profile.EvaluationYear, profile.Pools.Count, ProfileOption.Sha256(profile)));
            return ExitCodes.Success;
        });

        return new Command("profiles", Descriptions.Profiles) { list, show, validate };
    }

    /// <summary>The width <c>profiles list</c> keeps to (display columns; CJK characters count double).</summary>
    internal const int ListWidth = 100;

    /// <summary>The text cut to <paramref name="width"/> display columns, ending in … when cut.</summary>
    private static string Shorten(string text, int width)
    {
        if (ValidateCommand.DisplayWidth(text) <= width)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (ValidateCommand.DisplayWidth(sb + rune.ToString()) > width - 1)
            {
                break;
            }

            sb.Append(rune.ToString());
        }

        return sb.Append('…').ToString();
    }
}
