using Bonded.Scanning.Archives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Archives;

public sealed class ContentArenaTests
{
    // Blocks never overlap: each keeps what was written to it while others are filled.
    [Property(MaxTest = 100)]
    public Property Blocks_keep_their_own_bytes() => Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 300_000)).ToArbitrary(), sizes =>
    {
        using var arena = new ContentArena();
        var blocks = sizes.Select((size, i) =>
        {
            var block = arena.Allocate(size);
            block.Span.Fill((byte)i);
            return (Block: block, Value: (byte)i);
        }).ToList();
        return blocks.TrueForAll(b => b.Block.Span.IndexOfAnyExcept(b.Value) < 0);
    });

    [Fact]
    public void Allocating_after_the_scan_ended_is_refused()
    {
        var arena = new ContentArena();
        Assert.Equal(10, arena.Allocate(10).Length);
        arena.Dispose();
        arena.Dispose();
        Assert.True(arena.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => arena.Allocate(1));
    }

    // A check that keeps a file past its scan cannot read memory that another scan now uses.
    [Fact]
    public async Task A_file_kept_past_its_scan_refuses_to_decode_its_pooled_bytes()
    {
        var keeper = new KeepingCheck();
        var scanner = new PackageScanner(checks: [keeper]);
        var report = await scanner.ScanAsync(new MemoryStream(Packages.Sdist(("demo_pkg/util.py", "x = 1\n"))), "demo-pkg-1.0.tar.gz");
        Assert.Equal(Verdict.Benign, report.Verdict);
        var file = keeper.Kept!.Files.Single(f => f.RelativePath == "demo_pkg/util.py");
        Assert.Throws<ObjectDisposedException>(() => file.Text);
        Assert.Throws<ObjectDisposedException>(() => file.Sha256);
    }

    private sealed class KeepingCheck : IPackageCheck
    {
        public ScannedPackage? Kept { get; private set; }

        public string Id => "keeping";

        public string Description => "Keeps the package.";

        public Severity Severity => Severity.Low;

        public Confidence Confidence => Confidence.Low;

        public IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
        {
            Kept = package;
            return [];
        }
    }
}
