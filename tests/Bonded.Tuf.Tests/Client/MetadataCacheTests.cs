using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Client;

public sealed class MetadataCacheTests
{
    [Property]
    public Property A_role_file_name_never_leaves_the_folder_and_names_the_role_uniquely()
    {
        return Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get)), role =>
        {
            var name = MetadataCache.FileName(role);
            return !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal)
                && name.EndsWith(".json", StringComparison.Ordinal)
                && Path.GetFileName(name) == name
                && (role.Any(char.IsSurrogate) || Uri.UnescapeDataString(name[..^5]) == role);
        });
    }

    [Theory]
    [InlineData("targets", "targets.json")]
    [InlineData("../x", "..%2Fx.json")]
    [InlineData("a b?#", "a%20b%3F%23.json")]
    [InlineData("ü", "%C3%BC.json")]
    public void Role_names_are_percent_encoded_like_pythons_quote(string role, string expected) =>
        Assert.Equal(expected, MetadataCache.FileName(role));

    [Fact]
    public async Task Writes_are_atomic_and_leave_no_temporary_files()
    {
        var directory = Directory.CreateTempSubdirectory("bonded-tuf-cache-");
        try
        {
            var cache = new MetadataCache(directory.FullName);
            Assert.Null(await cache.TryReadAsync("timestamp", CancellationToken.None));
            await cache.WriteAsync("timestamp", "one"u8.ToArray(), CancellationToken.None);
            await cache.WriteAsync("timestamp", "two"u8.ToArray(), CancellationToken.None);
            Assert.Equal("two"u8.ToArray(), await cache.TryReadAsync("timestamp", CancellationToken.None));
            Assert.Equal(["timestamp.json"], Directory.GetFiles(directory.FullName).Select(Path.GetFileName));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
