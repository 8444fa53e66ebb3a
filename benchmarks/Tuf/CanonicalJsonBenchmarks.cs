using BenchmarkDotNet.Attributes;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// Canonical JSON throughput (issue 4: at least 300 MB/s) and the cost of signing a bin over the raw Ed25519
/// signature (issue 4: at most +25%). A typical bin: 1,000,000 targets over 16,384 bins is 61 targets.
/// </summary>
[MemoryDiagnoser]
[InProcessShortRun]
public class CanonicalJsonBenchmarks
{
    private Metadata<Targets> bin = null!;
    private Metadata<Snapshot> snapshot = null!;
    private byte[] binSigned = [];
    private Ed25519Signer signer = null!;
    private TufRepository.Bin repositoryBin = null!;

    /// <summary>Bytes of the typical bin's canonical signed form (for MB/s).</summary>
    public int BinBytes => binSigned.Length;

    [GlobalSetup]
    public void Setup()
    {
        var targets = Enumerable.Range(0, 61).Select(TufFixtures.Target).ToDictionary(t => t.Path, StringComparer.Ordinal);
        bin = new Metadata<Targets>(new Targets { Version = 7, Expires = TufFixtures.Now.AddDays(1), TargetFiles = targets });
        binSigned = bin.Signed.ToCanonicalJson();
        var meta = Enumerable.Range(0, 16384).ToDictionary(i => $"bins-{i:x4}.json", i => new MetaFile(1 + (i % 9)), StringComparer.Ordinal);
        snapshot = new Metadata<Snapshot>(new Snapshot { Version = 3, Expires = TufFixtures.Now.AddDays(1), Meta = meta });
        signer = (Ed25519Signer)LocalSigner.Generate(KeyTypes.Ed25519);
        repositoryBin = new TufRepository.Bin("bins-0000");
        foreach (var target in targets.Values)
        {
            repositoryBin.Targets[TargetPath.FromString(target.Path)] = TufRepository.Encode(target);
        }
        Console.WriteLine($"// typical bin: {binSigned.Length} bytes; 16,384-bin snapshot: {snapshot.Signed.ToCanonicalJson().Length} bytes");
    }

    [Benchmark]
    public int SerializeBin() => bin.Signed.ToCanonicalJson().Length;

    [Benchmark]
    public int SerializeSnapshot16384() => snapshot.Signed.ToCanonicalJson().Length;

    [Benchmark(Baseline = true)]
    public byte[] RawEd25519SignBin() => signer.Sign(binSigned);

    /// <summary>Signing a bin from the metadata model: canonical serialization, signature, file envelope.</summary>
    [Benchmark]
    public int ModelSignBin()
    {
        var signed = bin.Signed.ToCanonicalJson();
        var signature = signer.Sign(signed);
        using var file = TufRepository.Envelope(signer.PublicKey.KeyId, signature, signed);
        return file.Length;
    }

    /// <summary>What a publish does per bin: canonical bytes from the pre-encoded targets, signature, file envelope.</summary>
    [Benchmark]
    public int RepositorySignBin()
    {
        using var signed = TufRepository.BuildBinSigned(repositoryBin, 8, "2026-11-26T12:00:00Z");
        var signature = signer.Sign(signed.WrittenSpan);
        using var file = TufRepository.Envelope(signer.PublicKey.KeyId, signature, signed.WrittenSpan);
        return file.Length;
    }

    [Benchmark]
    public int ParseBin()
    {
        using var file = TufRepository.Envelope(signer.PublicKey.KeyId, new byte[64], binSigned);
        return Metadata<Targets>.Parse(file.WrittenSpan).Signed.TargetFiles.Count;
    }
}
