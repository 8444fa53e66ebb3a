using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Auth.Tests.Tokens;

/// <summary>Verification with a store that loads a fresh record per lookup, as a database-backed store does.</summary>
public sealed class MintedChainCacheTests
{
    private readonly FreshRecordStore store = new();
    private readonly ApiTokenService service;

    public MintedChainCacheTests() => service = new ApiTokenService(store, new ApiTokenOptions(), TimeProvider.System);

    [Fact]
    public async Task Fresh_records_verify_and_revocation_still_applies_at_once()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        }

        Assert.True(await service.RevokeAsync(created.Record.Id));
        Assert.Equal(ApiTokenFailure.UnknownToken, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).Failure);
    }

    [Fact]
    public async Task A_record_with_a_new_key_under_the_same_id_refuses_the_old_token()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        store.Replace(new ApiTokenRecord(created.Record.Id, new byte[32]) { UserId = "alice", Caveats = created.Record.Caveats });
        Assert.Equal(ApiTokenFailure.InvalidSignature, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).Failure);
    }

    [Fact]
    public async Task A_record_whose_minted_caveats_changed_is_recomputed_not_trusted()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        store.Replace(new ApiTokenRecord(created.Record.Id, created.Record.RootKey) { UserId = "alice", Caveats = ["[1,[\"q\"]]"] });
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        var forged = new Macaroon(m.Location, m.IdentifierBytes, [Caveat.FirstParty("[1,[\"q\"]]")], m.SignatureBytes);
        Assert.Equal(ApiTokenFailure.InvalidSignature, (await service.VerifyAsync("pypi-" + forged.Serialize(), TokenRequest.ForProject("q"))).Failure);
    }

    /// <summary>Returns a deep copy of the record on every lookup.</summary>
    private sealed class FreshRecordStore : IApiTokenStore
    {
        private readonly InMemoryApiTokenStore inner = new();

        public void Replace(ApiTokenRecord record)
        {
            inner.DeleteAsync(record.Id).AsTask().GetAwaiter().GetResult();
            inner.AddAsync(record).AsTask().GetAwaiter().GetResult();
        }

        public ValueTask AddAsync(ApiTokenRecord token, CancellationToken cancellationToken = default) => inner.AddAsync(token, cancellationToken);

        public async ValueTask<ApiTokenRecord?> FindAsync(string tokenId, CancellationToken cancellationToken = default)
        {
            var record = await inner.FindAsync(tokenId, cancellationToken);
            return record is null ? null : new ApiTokenRecord(record.Id, [.. record.RootKey])
            {
                UserId = record.UserId,
                PublisherId = record.PublisherId,
                Description = record.Description,
                CreatedAt = record.CreatedAt,
                LastUsedAt = record.LastUsedAt,
                Caveats = [.. record.Caveats],
                StoredCaveats = [.. record.StoredCaveats],
            };
        }

        public ValueTask<IReadOnlyList<ApiTokenRecord>> ListAsync(string ownerId, CancellationToken cancellationToken = default) => inner.ListAsync(ownerId, cancellationToken);

        public ValueTask<bool> DeleteAsync(string tokenId, CancellationToken cancellationToken = default) => inner.DeleteAsync(tokenId, cancellationToken);

        public ValueTask RecordUseAsync(string tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken = default) => inner.RecordUseAsync(tokenId, usedAt, cancellationToken);
    }
}
