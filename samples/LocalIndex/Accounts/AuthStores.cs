using System.Globalization;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;
using LocalIndex.Storage;

namespace LocalIndex.Accounts;

/// <summary>Bonded.Auth's WebAuthn credential store on the registry database (user ids are the account ids).</summary>
internal sealed class SqliteWebAuthnCredentialStore(IRegistryStore store) : IWebAuthnCredentialStore
{
    public async ValueTask<WebAuthnCredential?> FindAsync(ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default)
        => (await store.GetWebAuthnCredentialsAsync(null, credentialId.ToArray(), cancellationToken)).FirstOrDefault();

    public async ValueTask<IReadOnlyList<WebAuthnCredential>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => await store.GetWebAuthnCredentialsAsync(AccountIds.Parse(userId), null, cancellationToken);

    public async ValueTask<bool> RemoveAsync(string userId, ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default)
        => await store.DeleteWebAuthnCredentialAsync(AccountIds.Parse(userId), credentialId.ToArray(), cancellationToken);

    public async ValueTask<bool> TryAddAsync(WebAuthnCredential credential, CancellationToken cancellationToken = default)
        => await store.TryAddWebAuthnCredentialAsync(credential, cancellationToken);

    public async ValueTask<bool> TryUpdateUseAsync(ReadOnlyMemory<byte> credentialId, uint expectedSignCount, uint signCount, bool isBackedUp, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
        => await store.TryUpdateWebAuthnUseAsync(credentialId.ToArray(), expectedSignCount, signCount, isBackedUp, usedAt, cancellationToken);
}

/// <summary>Bonded.Auth's recovery-code store on the registry database (hashes only).</summary>
internal sealed class SqliteRecoveryCodeStore(IRegistryStore store, TimeProvider time) : IRecoveryCodeStore
{
    public async ValueTask<int> CountAsync(string userId, CancellationToken cancellationToken = default)
        => await store.CountRecoveryCodesAsync(AccountIds.Parse(userId), cancellationToken);

    public async ValueTask ReplaceAsync(string userId, IReadOnlyList<byte[]> codeHashes, CancellationToken cancellationToken = default)
        => await store.ReplaceRecoveryCodesAsync(AccountIds.Parse(userId), [.. codeHashes.Select(Convert.ToHexStringLower)], cancellationToken);

    public async ValueTask<bool> TryBurnAsync(string userId, ReadOnlyMemory<byte> codeHash, CancellationToken cancellationToken = default)
        => await store.TryBurnRecoveryCodeAsync(AccountIds.Parse(userId), Convert.ToHexStringLower(codeHash.Span), time.GetUtcNow(), cancellationToken);
}

/// <summary>Bonded.Auth's rate-limit counters in the registry database, so that limits hold across restarts.</summary>
internal sealed class SqliteRateLimitStore(IRegistryStore store, TimeProvider time) : IRateLimitStore
{
    public async ValueTask<(long Current, long Previous)> IncrementAsync(string bucket, long window, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
        => await store.IncrementRateLimitAsync(bucket, window, expiresAt, time.GetUtcNow(), cancellationToken);

    public async ValueTask ResetAsync(string bucket, CancellationToken cancellationToken = default) => await store.ResetRateLimitAsync(bucket, cancellationToken);
}

/// <summary>Bonded.Auth's security events (logins, second factors, rate limits) in the registry's audit log.</summary>
internal sealed class RegistryAuditSink(IRegistryStore store) : IAuditSink
{
    public async ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        long? userId = AccountIds.TryParse(auditEvent.Subject, out var id) ? id : null;
        var name = "auth." + auditEvent.Kind.ToString();
        await store.AuditAsync(userId, name, auditEvent.Detail ?? (userId is null ? auditEvent.Subject : ""), auditEvent.RemoteAddress?.ToString(), auditEvent.Time, cancellationToken);
    }
}

/// <summary>Account ids as Bonded.Auth sees them: the decimal database id (TOTP replay ids add a <c>user:</c> prefix).</summary>
internal static class AccountIds
{
    public static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out long id)
    {
        if (text is not null && text.StartsWith("user:", StringComparison.Ordinal))
        {
            text = text[5..];
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    public static long Parse(string text) => TryParse(text, out var id) ? id : throw new ArgumentException("Not an account id.", nameof(text));
}
