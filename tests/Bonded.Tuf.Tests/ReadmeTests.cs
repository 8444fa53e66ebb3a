using Bonded.Tuf.Tests.Repository;

namespace Bonded.Tuf.Tests;

/// <summary>The examples of src/Tuf/README.md, run.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public async Task Readme_examples_run()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bonded-tuf-readme-" + Guid.NewGuid().ToString("N"));
        try
        {
            var page = "<html>demo</html>"u8.ToArray();
            var signers = TufKeyFiles.Generate(Path.Combine(directory, "keys"), KeyTypes.Ed25519);
            var repository = await TufRepository.CreateAsync(
                new FileSystemTufStorage(Path.Combine(directory, "metadata")),
                new TufRepositoryOptions { BinCount = 16, SuccinctBins = true },
                signers);
            repository.AddTargets([TargetFile.FromData("simple/demo/index.html", page)]);
            repository.RemoveTargets(["files/demo-0.9.tar.gz"]);
            await repository.PublishAsync();

            var root = Metadata<Root>.Parse(File.ReadAllBytes(Path.Combine(directory, "metadata", "1.root.json")));
            root.Signed.VerifyDelegate("root", root);
            var result = root.Signed.GetVerificationResult("root", root.GetSignedBytes(), root.Signatures);
            Assert.Single(result.SignedKeyIds);
            Assert.Empty(result.UnsignedKeyIds);
            var stored = await RepositoryFixture.VerifyAsync(repository.Storage);
            Assert.Contains(stored.Bins, b => b!.TargetFiles.ContainsKey("simple/demo/index.html"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
