using BenchmarkDotNet.Attributes;
using Bonded.Index.Versions;

namespace Bonded.Benchmarks.Index;

/// <summary>PEP 440 parsing and comparison of typical versions (targets: 5M parses/s, 50M comparisons/s without allocation).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PythonVersionBenchmarks
{
    private const int Count = 1024;

    private static readonly string[] Typical =
    [
        "1.0", "1.2.3", "2.31.0", "0.9.10", "1.26.4", "2024.2.2", "3.0.0rc1", "1.0.post1", "2.0.0b3", "0.1.dev5",
        "4.12.3", "1!2.0", "10.2.0", "0.0.1", "5.4.1", "1.0.0a1", "22.3.1", "3.11.7", "1.16.0", "69.0.3",
    ];

    private string[] texts = [];
    private PythonVersion[] left = [];
    private PythonVersion[] right = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = Enumerable.Range(0, Count).Select(i => Typical[i % Typical.Length]).ToArray();
        var versions = texts.Select(PythonVersion.Parse).ToArray();
        left = versions;
        right = versions.Skip(7).Concat(versions.Take(7)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Parse()
    {
        var sum = 0;
        foreach (var text in texts)
        {
            sum += PythonVersion.Parse(text).Release.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Compare()
    {
        var sum = 0;
        var a = left;
        var b = right;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i].CompareTo(b[i]);
        }

        return sum;
    }
}
