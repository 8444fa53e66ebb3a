using Bonded.Auth.Tokens;
using LocalIndex.Storage;

namespace LocalIndex.Accounts;

/// <summary>The outcome of checking a token: the account it belongs to, or why it was refused.</summary>
internal sealed record TokenCheck(UserRecord? User, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static TokenCheck Fail(string reason) => new(null, reason);
}

/// <summary>API tokens as the host uses them: created for an account with project scope and expiry, verified per request.</summary>
internal interface IApiTokens
{
    Task<string> CreateAsync(UserRecord user, string description, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default);

    /// <summary>Verifies a token for an action on <paramref name="normalizedProject"/>, or only its signature when null.</summary>
    Task<TokenCheck> VerifyAsync(string token, string? normalizedProject, CancellationToken cancellationToken = default);
}

/// <summary>
/// Bonded.Auth's macaroon tokens: a per-token root key in the registry database (revocation deletes it), project
/// names and expiry as first-party caveats, unknown or malformed caveats failing closed.
/// </summary>
internal sealed class MacaroonApiTokens(ApiTokenService tokens, IRegistryStore store, TimeProvider time) : IApiTokens
{
    public async Task<string> CreateAsync(UserRecord user, string description, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var caveats = new List<TokenCaveat>();
        if (projects.Count > 0)
        {
            caveats.Add(new ProjectNamesCaveat(projects));
        }

        if (expires is { } until)
        {
            caveats.Add(new ExpiryCaveat(until, time.GetUtcNow()));
        }

        var created = await tokens.CreateAsync(new ApiTokenSpec { UserId = AccountIds.Format(user.Id), Description = description, Caveats = caveats }, cancellationToken);
        await store.SetTokenScopeAsync(created.Record.Id, projects, expires, cancellationToken);
        return created.Token;
    }

    public async Task<TokenCheck> VerifyAsync(string token, string? normalizedProject, CancellationToken cancellationToken = default)
    {
        string? userId;
        if (normalizedProject is null)
        {
            userId = (await tokens.FindAuthenticAsync(token, cancellationToken))?.UserId;
            if (userId is null)
            {
                return TokenCheck.Fail("Invalid API Token: unknown, revoked or not signed by this index.");
            }
        }
        else
        {
            var verification = await tokens.VerifyAsync(token, TokenRequest.ForProject(normalizedProject), cancellationToken);
            if (!verification.IsValid)
            {
                return TokenCheck.Fail("Invalid API Token: " + (verification.Reason ?? verification.Failure.ToString()));
            }

            userId = verification.UserId;
        }

        var user = AccountIds.TryParse(userId, out var id) ? await store.GetUserAsync(id, cancellationToken) : null;
        return user is null ? TokenCheck.Fail("Invalid API Token: the account no longer exists.") : new TokenCheck(user, null);
    }
}

/// <summary>Bonded.Auth's token store on the registry database.</summary>
internal sealed class SqliteApiTokenStore(IRegistryStore store) : IApiTokenStore
{
    public async ValueTask AddAsync(ApiTokenRecord token, CancellationToken cancellationToken = default) => await store.AddApiTokenAsync(token, cancellationToken);

    public async ValueTask<bool> DeleteAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        var found = await store.FindApiTokenAsync(tokenId, cancellationToken);
        return found?.UserId is { } owner && await store.DeleteTokenAsync(tokenId, AccountIds.Parse(owner), cancellationToken);
    }

    public async ValueTask<ApiTokenRecord?> FindAsync(string tokenId, CancellationToken cancellationToken = default) => await store.FindApiTokenAsync(tokenId, cancellationToken);

    public async ValueTask<IReadOnlyList<ApiTokenRecord>> ListAsync(string ownerId, CancellationToken cancellationToken = default)
        => AccountIds.TryParse(ownerId, out var id) ? await store.ListApiTokensAsync(id, cancellationToken) : [];

    public async ValueTask RecordUseAsync(string tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken = default) => await store.TouchTokenAsync(tokenId, usedAt, cancellationToken);
}
