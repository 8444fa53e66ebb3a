using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Bonded.Scanning;
using Bonded.Scanning.Python;

namespace Bonded.Benchmarks.Scanning;

/// <summary>
/// The scanner's hot paths: tokenizing and parsing Python, and scanning a whole sdist in memory. The sdist is a real
/// one from the benign corpus when BONDED_SCAN_SDIST names it (e.g. /work/corpus/debian/requests-2.28.1.tar.gz), else a
/// synthetic 200-module package. Corpus-wide throughput (MB/s per core, median per package) comes from
/// <c>scan-eval</c>, which scans every benign archive once.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PackageScannerBenchmarks
{
    private readonly PackageScanner scanner = new();
    private string module = "";
    private byte[] sdist = [];
    private string sdistName = "";

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            builder.Append("import os\nfrom typing import Any\n\n\nclass Thing").Append(i).Append(":\n    \"\"\"A docstring that mentions exec() and subprocess.\"\"\"\n\n    def run(self, value: Any) -> str:\n        # a comment with 'quotes'\n        path = os.path.join('a', f\"{value!r:>10}\")\n        return rb'\\d+' + b'x' if value else \"\"\"triple\n        quoted\"\"\"\n\n");
        }

        module = builder.ToString();
        var path = Environment.GetEnvironmentVariable("BONDED_SCAN_SDIST");
        if (path is not null && File.Exists(path))
        {
            sdist = File.ReadAllBytes(path);
            sdistName = Path.GetFileName(path);
        }
        else
        {
            sdist = Synthetic(module);
            sdistName = "synthetic-1.0.tar.gz";
        }
    }

    /// <summary>Bytes of Python source per operation of the tokenizer and parser benchmarks.</summary>
    public int ModuleLength => module.Length;

    [Benchmark]
    public int TokenizeModule() => PythonTokenizer.Tokenize(module).Tokens.Count;

    [Benchmark]
    public int ParseModule() => PythonModule.Parse(module).Calls.Count;

    [Benchmark]
    public async Task<Verdict> ScanSdist() => (await scanner.ScanAsync(new MemoryStream(sdist, writable: false), sdistName)).Verdict;

    private static byte[] Synthetic(string module)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            var content = Encoding.UTF8.GetBytes(module[..20_000]);
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "synthetic-1.0/PKG-INFO") { DataStream = new MemoryStream("Metadata-Version: 2.1\nName: synthetic\nVersion: 1.0\nSummary: s\n\nd\n"u8.ToArray()) });
            for (var i = 0; i < 200; i++)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, $"synthetic-1.0/synthetic/m{i}.py") { DataStream = new MemoryStream(content) });
            }
        }

        return output.ToArray();
    }
}
