using Bonded.Auth.Otp;
using LocalIndex.Storage;

namespace LocalIndex.Accounts;

/// <summary>TOTP for accounts: Bonded.Auth's <see cref="TotpAuthenticator"/> over the secret and last step kept in the store.</summary>
internal sealed class AccountTotp(IRegistryStore store, TotpAuthenticator totp)
{
    /// <summary>Checks a code for <paramref name="userId"/>; a code is accepted once (replay protection by compare-and-swap).</summary>
    public async Task<OtpVerificationResult> VerifyAsync(long userId, string code, CancellationToken cancellationToken = default)
    {
        var enrolled = await store.GetTotpAsync(userId, cancellationToken);
        if (enrolled is not { } entry)
        {
            return OtpVerificationResult.Rejected;
        }

        using var key = new OtpKey(entry.Secret);
        return await totp.VerifyAsync(SqliteOtpReplayStore.CredentialId(userId), key, code, cancellationToken);
    }
}

/// <summary>The last accepted TOTP step per account, in the registry database (credential ids are <c>user:ID</c>).</summary>
internal sealed class SqliteOtpReplayStore(IRegistryStore store) : IOtpReplayStore
{
    public static string CredentialId(long userId) => "user:" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask<bool> CompareAndSwapAsync(string credentialId, long? expected, long acceptedStep, CancellationToken cancellationToken = default)
        => await store.TryAdvanceTotpStepAsync(UserId(credentialId), expected ?? -1, acceptedStep, cancellationToken);

    public async ValueTask<long?> GetLastAcceptedStepAsync(string credentialId, CancellationToken cancellationToken = default)
        => await store.GetTotpAsync(UserId(credentialId), cancellationToken) is { LastStep: >= 0 } totp ? totp.LastStep : null;

    public ValueTask RemoveAsync(string credentialId, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    private static long UserId(string credentialId)
        => credentialId.StartsWith("user:", StringComparison.Ordinal) && long.TryParse(credentialId.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("Not an account credential id.", nameof(credentialId));
}
