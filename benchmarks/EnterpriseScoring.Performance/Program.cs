using BenchmarkDotNet.Running;
using EnterpriseScoring.Performance;

if (args.Length > 0 && args[0] == "cli")
{
    return CliTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scorecard-phases")
{
    return ScorecardPhaseTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CliTiming).Assembly).Run(args);
return 0;
