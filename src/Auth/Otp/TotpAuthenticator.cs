using Bonded.Auth.Policy;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.Otp;

/// <summary>
/// Time-based one-time passwords (RFC 6238): enrolment with provisioning URIs and QR codes, and checking codes with
/// replay protection. A code is normalized (white space and hyphens dropped), matched against the time steps within
/// the window, and accepted only if its step is later than the last accepted step, recorded by compare-and-swap, so
/// that of any number of concurrent submissions of one code exactly one is accepted.
/// </summary>
public sealed class TotpAuthenticator
{
    private readonly TotpOptions options;
    private readonly IOtpReplayStore replayStore;
    private readonly TimeProvider timeProvider;
    private readonly IAuditSink? audit;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="options">TOTP settings.</param>
    /// <param name="replayStore">Where the last accepted time steps live.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="audit">Where replayed codes are recorded; optional.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TotpAuthenticator(IOptions<TotpOptions> options, IOtpReplayStore replayStore, TimeProvider timeProvider, IAuditSink? audit = null)
    {
        ArgumentNullException.ThrowIfNull(replayStore);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = MfaOptionsCheck.Validated(options, static (o, prefix) => o.Validate(prefix));

        this.replayStore = replayStore;
        this.timeProvider = timeProvider;
        this.audit = audit;
    }

    /// <summary>Starts an enrolment: a fresh key and its provisioning URI for <paramref name="accountName"/>.</summary>
    /// <param name="accountName">The account shown in the authenticator app; no colon.</param>
    /// <returns>The enrolment; dispose it when done.</returns>
    /// <exception cref="ArgumentException">The account name is empty, too long or contains a colon.</exception>
    public TotpEnrollment Enroll(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        var key = OtpKey.Generate(options.Algorithm, options.Digits, options.Period, options.SecretLength);
        try
        {
            return new TotpEnrollment(key, GetProvisioningUri(key, accountName), options.QrPixelsPerModule);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The provisioning URI of an existing key, with the configured issuer.</summary>
    /// <param name="key">The key.</param>
    /// <param name="accountName">The account; no colon.</param>
    /// <returns>The URI.</returns>
    public OtpAuthUri GetProvisioningUri(OtpKey key, string accountName)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(accountName);
        return new OtpAuthUri(OtpType.Totp, accountName, options.Issuer, key.Secret, key.Algorithm, key.Digits, key.Period);
    }

    /// <summary>Checks a code and, when it matches an unused time step, records that step so that the code cannot be used again.</summary>
    /// <param name="credentialId">Identifies the key in the replay store (for example the user id and device id).</param>
    /// <param name="key">The user's key.</param>
    /// <param name="code">The code as typed; white space and hyphens are ignored.</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>Accepted, Rejected, or Replayed.</returns>
    public async ValueTask<OtpVerificationResult> VerifyAsync(string credentialId, OtpKey key, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(code);
        var step = Match(key, code, CurrentStep(key));
        if (step < 0)
        {
            return OtpVerificationResult.Rejected;
        }

        while (true)
        {
            var last = await replayStore.GetLastAcceptedStepAsync(credentialId, cancellationToken).ConfigureAwait(false);
            if (last is { } used && step <= used)
            {
                if (audit is not null)
                {
                    await audit.WriteAsync(new AuditEvent(AuditEventKind.TotpReplayed, credentialId, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                }

                return OtpVerificationResult.Replayed;
            }

            if (await replayStore.CompareAndSwapAsync(credentialId, last, step, cancellationToken).ConfigureAwait(false))
            {
                return OtpVerificationResult.Accepted;
            }
        }
    }

    /// <summary>Checks a code against the window without touching the replay store.</summary>
    /// <param name="key">The key.</param>
    /// <param name="code">The code as typed.</param>
    /// <returns>Whether the code matches a time step in the window.</returns>
    /// <remarks>Use <see cref="VerifyAsync"/> to log users in; this is for previews such as confirming an enrolment twice.</remarks>
    public bool Matches(OtpKey key, string code)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(code);
        return Match(key, code, CurrentStep(key)) >= 0;
    }

    internal long CurrentStep(OtpKey key) => timeProvider.GetUtcNow().ToUnixTimeSeconds() / key.Period;

    /// <summary>The matched time step, or -1. The current step is tried first, then alternately earlier and later ones.</summary>
    internal long Match(OtpKey key, ReadOnlySpan<char> code, long current)
    {
        if (!OtpCode.TryNormalize(code, key.Digits, out var value))
        {
            return -1;
        }

        // Steps in the order current, current - 1, current + 1, current - 2, ...; in batches of as many as the key's
        // HMAC computes at the cost of one (OtpHmac.BatchSize: four in vector lanes, or one at a time).
        var count = (2 * options.Window) + 1;
        var batch = key.Hmac.BatchSize;
        Span<ulong> counters = stackalloc ulong[4];
        Span<long> steps = stackalloc long[4];
        Span<uint> values = stackalloc uint[4];
        var i = 0;
        while (i < count)
        {
            var n = 0;
            for (; n < batch && i < count; i++)
            {
                var step = current + ((i & 1) == 0 ? i / 2 : -((i + 1) / 2));
                if (step >= 0)
                {
                    steps[n] = step;
                    counters[n] = (ulong)step;
                    n++;
                }
            }

            Hotp.Values(key, counters[..n], values);
            for (var j = 0; j < n; j++)
            {
                if (values[j] == value)
                {
                    return steps[j];
                }
            }
        }

        return -1;
    }
}
