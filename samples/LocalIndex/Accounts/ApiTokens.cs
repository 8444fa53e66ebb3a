using System.Security.Cryptography;
using System.Text;
using LocalIndex.Storage;

namespace LocalIndex.Accounts;

/// <summary>The outcome of checking a token: the account it belongs to, or why it was refused.</summary>
internal sealed record TokenCheck(UserRecord? User, TokenRecord? Token, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static TokenCheck Fail(string reason) => new(null, null, reason);
}

/// <summary>API tokens: minted with a per-token root key kept server-side (deleting it revokes the token), scoped to projects, with expiry.</summary>
internal interface IApiTokens
{
    Task<string> CreateAsync(UserRecord user, string description, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default);

    /// <summary>Verifies a token for an action on <paramref name="normalizedProject"/> (null: not tied to a project).</summary>
    Task<TokenCheck> VerifyAsync(string token, string? normalizedProject, CancellationToken cancellationToken = default);
}

/// <summary>
/// Interim tokens until Bonded.Auth's macaroon tokens are merged: <c>bonded-ID.MAC</c> where MAC is
/// HMAC-SHA256 over the identifier under the token's own root key; scope and expiry stay server-side.
/// </summary>
internal sealed class InterimApiTokens(IRegistryStore store, TimeProvider time) : IApiTokens
{
    public const string Prefix = "bonded-";

    public async Task<string> CreateAsync(UserRecord user, string description, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var rootKey = RandomNumberGenerator.GetBytes(32);
        await store.AddTokenAsync(new TokenRecord(id, user.Id, description, projects, expires, time.GetUtcNow(), null), rootKey, cancellationToken);
        return Prefix + id + "." + Convert.ToHexStringLower(HMACSHA256.HashData(rootKey, Encoding.ASCII.GetBytes(id)));
    }

    public async Task<TokenCheck> VerifyAsync(string token, string? normalizedProject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 512)
        {
            return TokenCheck.Fail("Invalid API Token: not a token of this index.");
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return TokenCheck.Fail("Invalid API Token: malformed.");
        }

        var id = token[Prefix.Length..dot];
        var found = await store.GetTokenAsync(id, cancellationToken);
        if (found is not { } entry)
        {
            return TokenCheck.Fail("Invalid API Token: unknown or revoked.");
        }

        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(entry.RootKey, Encoding.ASCII.GetBytes(id))));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token[(dot + 1)..])))
        {
            return TokenCheck.Fail("Invalid API Token: signature does not verify.");
        }

        return await TokenScope.CheckAsync(store, entry.Token, normalizedProject, time, cancellationToken);
    }
}

/// <summary>The server-side caveats every token implementation applies: expiry and project scope.</summary>
internal static class TokenScope
{
    public static async Task<TokenCheck> CheckAsync(IRegistryStore store, TokenRecord token, string? normalizedProject, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (token.Expires is { } expires && now >= expires)
        {
            return TokenCheck.Fail("Invalid API Token: token has expired.");
        }

        if (normalizedProject is not null && token.Projects.Count > 0 && !token.Projects.Contains(normalizedProject, StringComparer.Ordinal))
        {
            return TokenCheck.Fail($"Invalid API Token: project-scoped token is not valid for project: '{normalizedProject}'");
        }

        var user = await store.GetUserAsync(token.UserId, cancellationToken);
        if (user is null)
        {
            return TokenCheck.Fail("Invalid API Token: the account no longer exists.");
        }

        await store.TouchTokenAsync(token.Id, now, cancellationToken);
        return new TokenCheck(user, token, null);
    }
}
