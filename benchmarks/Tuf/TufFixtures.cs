using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>Synthetic registry content: PyPI-like target paths with SHA-256 digests.</summary>
internal static class TufFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static TargetFile Target(int i)
    {
        var name = "pkg" + (i % 250_000).ToString(CultureInfo.InvariantCulture);
        var path = "packages/" + name[..Math.Min(5, name.Length)] + "/" + name + "-" + (i / 250_000).ToString(CultureInfo.InvariantCulture) + ".0.tar.gz";
        Span<byte> seed = stackalloc byte[4];
        BitConverter.TryWriteBytes(seed, i);
        var hashes = new Dictionary<string, string>(1, StringComparer.Ordinal) { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(seed)) };
        return new TargetFile(path, 10_000 + (i % 5_000_000), hashes);
    }

    public static TargetFile[] Targets(int count)
    {
        var targets = new TargetFile[count];
        Parallel.For(0, count, i => targets[i] = Target(i));
        return targets;
    }

    public static byte[] Manifest(TargetFile[] targets)
    {
        using var stream = new MemoryStream();
        foreach (var target in targets)
        {
            stream.Write(TargetManifest.FormatLine(target));
            stream.WriteByte((byte)'\n');
        }

        return stream.ToArray();
    }

    public static TufSigners Signers()
    {
        var online = LocalSigner.Generate(KeyTypes.Ed25519);
        return new TufSigners
        {
            Root = LocalSigner.Generate(KeyTypes.Ed25519),
            Targets = LocalSigner.Generate(KeyTypes.Ed25519),
            Snapshot = online,
            Timestamp = online,
            Bins = online,
        };
    }

    public static string TempDirectory() => Path.Combine(Path.GetTempPath(), "bonded-bench-" + Guid.NewGuid().ToString("N")[..12]);

    public static Encoding Utf8 { get; } = new UTF8Encoding(false);
}
