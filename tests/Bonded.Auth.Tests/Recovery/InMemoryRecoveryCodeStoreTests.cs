using Bonded.Auth.Recovery;

namespace Bonded.Auth.Tests.Recovery;

public sealed class InMemoryRecoveryCodeStoreTests
{
    [Fact]
    public async Task Burns_a_hash_once_and_keeps_only_hashes()
    {
        var store = new InMemoryRecoveryCodeStore();
        byte[] a = [1, 2, 3], b = [4, 5, 6];
        await store.ReplaceAsync("u", [a, b]);
        Assert.True(await store.TryBurnAsync("u", a));
        Assert.False(await store.TryBurnAsync("u", a));
        Assert.False(await store.TryBurnAsync("other", b));
        Assert.Equal(1, await store.CountAsync("u"));
    }
}
