using Bonded.Benchmarks.Scanning.Evaluation;
using BenchmarkDotNet.Running;

// The scanner evaluation is a command of its own, not a BenchmarkDotNet suite:
//   dotnet run -c Release --project benchmarks -- scan-eval --malicious DIR --benign DIR [--json]
if (args.Length > 0 && args[0] == ScanEvaluation.Command)
{
    return await ScanEvaluation.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == Bonded.Benchmarks.Scanning.ScanProfile.Command)
{
    return await Bonded.Benchmarks.Scanning.ScanProfile.RunAsync(args[1..], Console.Out, Console.Error);
}

// Run with: dotnet run -c Release --project benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
