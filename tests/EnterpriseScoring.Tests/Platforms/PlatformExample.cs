using EnterpriseScoring.IO;
using EnterpriseScoring.Platforms;
using EnterpriseScoring.Profiles;

namespace EnterpriseScoring.Tests.Platforms;

/// <summary>The hand-checkable platform example of seeds/data (derived in seeds/README.md).</summary>
internal static class PlatformExample
{
    public static FirmTable Firms => FirmCsvReader.Read(TestPaths.Seeds("data", "platform-example.csv")).Table;

    public static FirmTable PriorFirms => FirmCsvReader.Read(TestPaths.Seeds("data", "platform-example-2024.csv")).Table;

    public static PlatformRegister Register => PlatformRegisterReader.Read(TestPaths.Seeds("data", "platform-example.register.csv")).Register;

    public static Evaluation Evaluate(FirmTable firms) => new Evaluator(ProfileLoader.Load(TestPaths.Seeds("data", "platform-example.profile.json"))).Evaluate(firms);

    public static PlatformFigures Figures(int year, FirmTable? firms = null, PlatformRegister? register = null)
    {
        var table = firms ?? Firms;
        var evaluation = Evaluate(table);
        return PlatformFigures.Compute(evaluation, PlatformMembership.Create(table, register ?? Register, year), KnownPlatformIndicators.All, PriorFirms);
    }
}
