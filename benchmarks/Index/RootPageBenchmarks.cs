using System.Buffers;
using BenchmarkDotNet.Attributes;
using Bonded.Index.Names;
using Bonded.Index.Pages;

namespace Bonded.Benchmarks.Index;

/// <summary>The root page for every real PyPI name (about 886,000), HTML and JSON (target: at most 0.5 s each).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RootPageBenchmarks
{
    private readonly SimpleIndexWriter writer = new();
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024 * 1024);
    private ProjectName[] names = [];

    [GlobalSetup]
    public void Setup() => names = Catalogue.Names();

    [Benchmark]
    public int RootHtml()
    {
        buffer.ResetWrittenCount();
        writer.WriteRoot(names, SimpleFormat.Html, buffer);
        return buffer.WrittenCount;
    }

    [Benchmark]
    public int RootJson()
    {
        buffer.ResetWrittenCount();
        writer.WriteRoot(names, SimpleFormat.Json, buffer);
        return buffer.WrittenCount;
    }
}
