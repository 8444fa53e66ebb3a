using Bonded.Index.Names;
using Bonded.Index.Pages;
using Bonded.Index.Static;

namespace Bonded.Index.Tests.Static;

public sealed class StaticIndexWriterTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "bonded-static-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IndexProject Project(string name, params string[] files)
        => new(ProjectName.Parse(name), files.Select(f => new IndexFile(f, "../../files/" + f, 10)).ToArray());

    [Fact]
    public void Writes_every_page_then_rewrites_only_what_changed()
    {
        var writer = new StaticIndexWriter();
        IndexProject[] projects = [Project("Alpha", "alpha-1.0.tar.gz"), Project("beta", "beta-1.0-py3-none-any.whl")];
        var first = writer.WriteAll(projects, directory);
        Assert.Equal(new StaticWriteResult(6, 0, 0), first);
        Assert.True(File.Exists(Path.Combine(directory, "alpha", "index.html")));
        Assert.True(File.Exists(Path.Combine(directory, "alpha", "index.v1_json")));
        Assert.Contains("href=\"alpha/\"", File.ReadAllText(Path.Combine(directory, "index.html")), StringComparison.Ordinal);

        Assert.Equal(new StaticWriteResult(0, 6, 0), writer.WriteAll(projects, directory));

        var updated = Project("beta", "beta-1.0-py3-none-any.whl", "beta-2.0-py3-none-any.whl");
        Assert.Equal(new StaticWriteResult(2, 0, 0), writer.WriteProject(updated, directory));
        Assert.Contains("beta-2.0", File.ReadAllText(Path.Combine(directory, "beta", "index.html")), StringComparison.Ordinal);

        var removed = writer.WriteAll([projects[0]], directory);
        Assert.Equal(new StaticWriteResult(2, 2, 2), removed);
        Assert.False(Directory.Exists(Path.Combine(directory, "beta")));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Removing_refuses_names_that_could_escape_the_folder()
    {
        Assert.Throws<ArgumentException>(() => StaticIndexWriter.RemoveProject("../x", directory));
        Assert.Throws<ArgumentException>(() => StaticIndexWriter.RemoveProject("/etc", directory));
    }
}
