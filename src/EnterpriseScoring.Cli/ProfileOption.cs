using System.CommandLine;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Cli;

/// <summary><c>--profile NAME|FILE</c>: a built-in profile (<c>escore profiles list</c>) or a profile JSON file.</summary>
internal static class ProfileOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="required">Whether the command needs it.</param>
    public static Option<string> Create(bool required = true) => new("--profile", "-p")
    {
        Description = Descriptions.Profile,
        HelpName = "NAME|FILE",
        Required = required,
    };

    /// <summary>Loads the profile; an invalid one throws <see cref="ProfileException"/> (exit code 2).</summary>
    public static EvaluationProfile Load(string nameOrPath) => ProfileLoader.Load(nameOrPath);

    /// <summary>The canonical JSON of the loaded profile (extends resolved, defaults explicit).</summary>
    public static string CanonicalJson(EvaluationProfile profile) => ProfileWriter.ToJson(profile, ProfileMetadata.Of(profile));

    /// <summary>SHA-256 (lower-case hex) of <see cref="CanonicalJson"/>.</summary>
    public static string Sha256(EvaluationProfile profile) => ProfileWriter.Sha256(profile);
}
