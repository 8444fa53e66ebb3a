using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bonded.Tuf;

namespace Bonded.Benchmarks.Tuf;

/// <summary>
/// A PEP 458 repository written by Bonded.Tuf for the client benchmarks: 16,384 succinct bins, 1,000,000 targets,
/// consistent snapshots, Ed25519 keys. Written once into a folder (<c>metadata/</c>, <c>targets/</c>) and reused.
/// </summary>
internal static class ClientBenchmarkRepository
{
    public const int Bins = 16_384;
    public const int TargetCount = 1_000_000;

    /// <summary>The target every benchmark downloads (its file is the only one written under <c>targets/</c>).</summary>
    public const string TargetPath = "packages/project-123456/project_123456-1.0-py3-none-any.whl";

    /// <summary>The reference time the repository was written at; its bins, snapshot and timestamp expire a day later.</summary>
    public static readonly DateTimeOffset WrittenAt = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "bonded-bench-tuf-client-16384-1000000");

    public static string MetadataDirectory => Path.Combine(Directory, "metadata");

    public static string TargetsDirectory => Path.Combine(Directory, "targets");

    public static byte[] Content(int i) => Encoding.UTF8.GetBytes($"wheel {i.ToString(CultureInfo.InvariantCulture)} contents\n");

    public static string PathOf(int i) => $"packages/project-{i}/project_{i}-1.0-py3-none-any.whl";

    /// <summary>Writes the repository unless a complete one is already there.</summary>
    public static void Ensure()
    {
        var done = Path.Combine(Directory, "complete");
        if (File.Exists(done))
        {
            return;
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(TargetsDirectory);
        var time = new FixedTime(WrittenAt);
        var signers = new TufSigners
        {
            Root = LocalSigner.Generate(KeyTypes.Ed25519),
            Targets = LocalSigner.Generate(KeyTypes.Ed25519),
            Snapshot = LocalSigner.Generate(KeyTypes.Ed25519),
            Timestamp = LocalSigner.Generate(KeyTypes.Ed25519),
            Bins = LocalSigner.Generate(KeyTypes.Ed25519),
        };
        var storage = new FileSystemTufStorage(MetadataDirectory);
        var repository = TufRepository.CreateAsync(storage, new TufRepositoryOptions { BinCount = Bins, SuccinctBins = true }, signers, time)
            .GetAwaiter().GetResult();
        var targets = new TargetFile[TargetCount];
        Span<byte> digest = stackalloc byte[32];
        for (var i = 0; i < TargetCount; i++)
        {
            var content = Content(i);
            SHA256.HashData(content, digest);
            targets[i] = new TargetFile(PathOf(i), content.Length, new Dictionary<string, string>(1, StringComparer.Ordinal) { ["sha256"] = Convert.ToHexStringLower(digest) });
        }

        repository.AddTargets(targets);
        repository.PublishAsync().GetAwaiter().GetResult();

        var target = targets[123_456];
        var file = Path.Combine(TargetsDirectory, "packages", "project-123456", $"{target.Hashes["sha256"]}.project_123456-1.0-py3-none-any.whl");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, Content(123_456));
        File.WriteAllText(done, "ok");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
