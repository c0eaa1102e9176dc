using BenchmarkDotNet.Running;
using EnterpriseScoring.Benchmarks;

if (args.Length > 0 && args[0] == "cli")
{
    return CliTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CliTiming).Assembly).Run(args);
return 0;
