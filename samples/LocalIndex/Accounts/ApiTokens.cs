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

    /// <summary>Revokes one of <paramref name="user"/>'s tokens; false when the id is not among them.</summary>
    Task<bool> RevokeAsync(UserRecord user, string tokenId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Bonded.Auth's macaroon tokens: a per-token root key in the registry database (revocation deletes it), project
/// names and expiry as first-party caveats, unknown or malformed caveats failing closed.
/// </summary>
internal sealed class MacaroonApiTokens : IApiTokens
{
    private readonly ApiTokenService tokens;
    private readonly IRegistryStore store;
    private readonly TimeProvider time;
    private readonly ILogger<MacaroonApiTokens> logger;

    public MacaroonApiTokens(ApiTokenService tokens, IRegistryStore store, TimeProvider time, ILogger<MacaroonApiTokens> logger)
    {
        this.tokens = tokens;
        this.store = store;
        this.time = time;
        this.logger = logger;

        // Bonded.Auth's token events in the audit log. Created and revoked are written already by the pages and the admin
        // commands (token.create, token.revoke, with the scope and the client address); a forged or altered signature
        // is known only to Bonded.Auth, so that event is recorded here.
        tokens.TokenEvent += (_, e) =>
        {
            if (e.Kind == ApiTokenEventKind.InvalidSignature)
            {
                _ = AuditAsync(e);
            }
        };
    }

    /// <summary>The audit event of a token presented with a signature that does not match its stored root key.</summary>
    public const string InvalidSignatureEvent = "token.invalid-signature";

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
                // Let Bonded.Auth classify the failure (and raise its invalid-signature event for a known token id).
                var refused = await tokens.VerifyAsync(token, TokenRequest.None, cancellationToken);
                return TokenCheck.Fail("Invalid API Token: " + (refused.Reason ?? "unknown, revoked or not signed by this index."));
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

    public async Task<bool> RevokeAsync(UserRecord user, string tokenId, CancellationToken cancellationToken = default)
    {
        // Check ownership first (Bonded.Auth's RevokeAsync does not know who asks), then revoke through the
        // service so that its Revoked event fires and nothing it remembers about the token outlives it.
        var found = await store.FindApiTokenAsync(tokenId, cancellationToken);
        return string.Equals(found?.UserId, AccountIds.Format(user.Id), StringComparison.Ordinal)
            && await tokens.RevokeAsync(tokenId, cancellationToken);
    }

    private async Task AuditAsync(ApiTokenEvent e)
    {
        try
        {
            long? owner = AccountIds.TryParse(e.OwnerId, out var id) ? id : null;
            await store.AuditAsync(owner, InvalidSignatureEvent, "token " + e.TokenId[..Math.Min(8, e.TokenId.Length)], null, e.At);
        }
        catch (Exception failure) when (failure is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ObjectDisposedException)
        {
            logger.LogError(failure, "Writing the token event {Kind} to the audit log failed", e.Kind);
        }
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
