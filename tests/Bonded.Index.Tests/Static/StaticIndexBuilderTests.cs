using Bonded.Index.Files;
using Bonded.Index.Static;
using Bonded.Index.Tests.Files;

namespace Bonded.Index.Tests.Static;

public sealed class StaticIndexBuilderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "bonded-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Builds_pages_metadata_files_and_reports_every_bad_file()
    {
        var dists = Directory.CreateDirectory(Path.Combine(root, "dists")).FullName;
        var output = Path.Combine(root, "out");
        File.WriteAllBytes(Path.Combine(dists, "demo-1.0-py3-none-any.whl"), Archives.Wheel());
        File.WriteAllBytes(Path.Combine(dists, "demo-1.0.tar.gz"), Archives.TarGz(("demo-1.0/PKG-INFO", Archives.Metadata())));
        File.WriteAllText(Path.Combine(dists, "demo-1.0.tar.gz.yanked"), "");
        File.WriteAllBytes(Path.Combine(dists, "other-1.0-py3-none-any.whl"), Archives.Wheel());
        File.WriteAllBytes(Path.Combine(dists, "bomb-1.0-py3-none-any.whl"), Archives.Zip(("bomb-1.0.dist-info/METADATA", new byte[30 * 1024 * 1024])));
        File.WriteAllBytes(Path.Combine(dists, "evil-1.0-py3-none-any.whl"), Archives.Zip(("../x", [1]), ("evil-1.0.dist-info/METADATA", Archives.Metadata("evil"))));
        File.WriteAllText(Path.Combine(dists, "orphan.whl.yanked"), "x");

        var result = new StaticIndexBuilder(new ArchiveLimits { MaxMetadataBytes = 1024 * 1024 }).Build(dists, output, new Uri("https://example.org/index/"));
        Assert.Equal(2, result.FilesIndexed);
        Assert.Equal(1, result.Projects);
        Assert.Equal(4, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("other-1.0-py3-none-any.whl", StringComparison.Ordinal) && p.Message.Contains("Name", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path.EndsWith("bomb-1.0-py3-none-any.whl", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path.EndsWith("evil-1.0-py3-none-any.whl", StringComparison.Ordinal) && p.Message.Contains("unsafe", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path.EndsWith("orphan.whl.yanked", StringComparison.Ordinal));

        var html = File.ReadAllText(Path.Combine(output, "simple", "demo", "index.html"));
        Assert.Contains("href=\"https://example.org/index/files/demo-1.0.tar.gz#sha256=", html, StringComparison.Ordinal);
        Assert.Contains("data-yanked=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(Archives.Metadata(), File.ReadAllBytes(Path.Combine(output, "files", "demo-1.0-py3-none-any.whl.metadata")));

        var again = new StaticIndexBuilder().Build(dists, output, new Uri("https://example.org/index/"));
        Assert.Equal(0, again.PagesWritten);
        Assert.Equal(4, again.PagesUnchanged);
    }

    [Fact]
    public void A_missing_folder_throws() => Assert.Throws<DirectoryNotFoundException>(() => new StaticIndexBuilder().Build(Path.Combine(root, "none"), Path.Combine(root, "out")));
}
