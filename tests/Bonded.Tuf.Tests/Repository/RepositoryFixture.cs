using Microsoft.Extensions.Time.Testing;

namespace Bonded.Tuf.Tests.Repository;

internal static class RepositoryFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TufSigners> SharedSigners = new(() => Signers(KeyTypes.Ed25519));

    public static TufSigners Shared => SharedSigners.Value;

    public static TufSigners Signers(string keyType) => new()
    {
        Root = LocalSigner.Generate(keyType),
        Targets = LocalSigner.Generate(keyType),
        Snapshot = LocalSigner.Generate(keyType),
        Timestamp = LocalSigner.Generate(keyType),
        Bins = LocalSigner.Generate(keyType),
    };

    public static TufSigners OnlineOnly(TufSigners all) => new() { Snapshot = all.Snapshot, Timestamp = all.Timestamp, Bins = all.Bins };

    public static TufRepositoryOptions Options(int bins = 16, bool succinct = true) => new() { BinCount = bins, SuccinctBins = succinct };

    public static async Task<(TufRepository Repository, InMemoryTufStorage Storage, FakeTimeProvider Time)> CreateAsync(int bins = 16, bool succinct = true, TufSigners? signers = null)
    {
        var storage = new InMemoryTufStorage();
        var time = new FakeTimeProvider(Start);
        var repository = await TufRepository.CreateAsync(storage, Options(bins, succinct), signers ?? Shared, time);
        return (repository, storage, time);
    }

    public static TargetFile Target(string path, string content = "x") => TargetFile.FromData(path, System.Text.Encoding.UTF8.GetBytes(content + path));

    public static Task<StoredRepository> VerifyAsync(ITufStorage storage) => StoredRepository.LoadAsync(storage, CancellationToken.None, verify: true);
}
