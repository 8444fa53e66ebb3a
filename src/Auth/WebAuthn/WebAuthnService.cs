using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Bonded.Auth.Policy;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.WebAuthn;

/// <summary>
/// WebAuthn registration and assertion ceremonies (security keys and passkeys) on top of Fido2: options JSON for the
/// browser, verification of the browser's answer (challenge, origin, RP ID, signature, flags), single-use challenges,
/// and signature counters that must increase (a counter that goes backwards marks a possibly cloned authenticator).
/// </summary>
public sealed class WebAuthnService
{
    private readonly WebAuthnOptions options;
    private readonly IWebAuthnCredentialStore credentials;
    private readonly IWebAuthnChallengeStore challenges;
    private readonly IAuditSink audit;
    private readonly TimeProvider timeProvider;
    private readonly Fido2 fido2;

    /// <summary>Creates the service.</summary>
    /// <param name="options">The relying party and ceremony settings.</param>
    /// <param name="credentials">Where credentials live.</param>
    /// <param name="challenges">Where started ceremonies live.</param>
    /// <param name="audit">Where registrations, uses, removals and suspected clones are recorded.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public WebAuthnService(IOptions<WebAuthnOptions> options, IWebAuthnCredentialStore credentials, IWebAuthnChallengeStore challenges, IAuditSink audit, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(challenges);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = MfaOptionsCheck.Validated(options, static (o, prefix) => o.Validate(prefix));

        this.credentials = credentials;
        this.challenges = challenges;
        this.audit = audit;
        this.timeProvider = timeProvider;
        fido2 = new Fido2(
            new Fido2Configuration
            {
                RPID = this.options.RelyingPartyId,
                RPName = this.options.RelyingPartyName,
                Origins = this.options.EffectiveOrigins(),
                Timeout = (uint)this.options.Timeout.TotalMilliseconds,
                AllowCrossOriginRequests = false,
            },
            null);
    }

    /// <summary>Starts registering a security key or passkey for a signed-in user.</summary>
    /// <param name="userId">The registry's user id.</param>
    /// <param name="userName">The account name shown by the authenticator.</param>
    /// <param name="displayName">The display name shown by the authenticator.</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>The ceremony: options JSON for <c>navigator.credentials.create</c> and the id to complete it with.</returns>
    public async ValueTask<WebAuthnCeremony> BeginRegistrationAsync(string userId, string userName, string displayName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(displayName);
        var existing = await credentials.ListAsync(userId, cancellationToken).ConfigureAwait(false);
        var handle = existing.Count > 0 ? existing[0].UserHandle : RandomNumberGenerator.GetBytes(32);
        var creation = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = handle, Name = userName, DisplayName = displayName },
            ExcludeCredentials = existing.Select(Descriptor).ToList(),
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = (ResidentKeyRequirement)(int)options.ResidentKey,
                UserVerification = (UserVerificationRequirement)(int)options.UserVerification,
            },
            AttestationPreference = AttestationConveyancePreference.None,
            PubKeyCredParams = [PubKeyCredParam.ES256, PubKeyCredParam.Ed25519, PubKeyCredParam.PS256, PubKeyCredParam.RS256],
        });
        return await StartAsync(true, userId, creation.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a registration with the browser's answer and stores the new credential.</summary>
    /// <param name="ceremonyId">The id from <see cref="BeginRegistrationAsync"/>.</param>
    /// <param name="userId">The signed-in user (must be the one the ceremony was started for).</param>
    /// <param name="responseJson">The <c>PublicKeyCredential</c> as JSON (<c>credential.toJSON()</c>).</param>
    /// <param name="credentialName">A name for the credential, for example "YubiKey"; cut to 64 characters.</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>Success with the credential, or the failure.</returns>
    public async ValueTask<WebAuthnResult> CompleteRegistrationAsync(string ceremonyId, string userId, string responseJson, string credentialName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ceremonyId);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(responseJson);
        ArgumentNullException.ThrowIfNull(credentialName);
        var pending = await TakeAsync(ceremonyId, true, cancellationToken).ConfigureAwait(false);
        if (pending is null || !string.Equals(pending.UserId, userId, StringComparison.Ordinal))
        {
            return WebAuthnResult.Fail(WebAuthnFailure.UnknownCeremony);
        }

        if (!TryDeserialize<AuthenticatorAttestationRawResponse>(responseJson, out var response))
        {
            return await FailAsync(userId, WebAuthnFailure.Malformed, cancellationToken).ConfigureAwait(false);
        }

        var existing = await credentials.ListAsync(userId, cancellationToken).ConfigureAwait(false);
        if (existing.Count >= options.MaxCredentialsPerUser)
        {
            return WebAuthnResult.Fail(WebAuthnFailure.TooManyCredentials);
        }

        RegisteredPublicKeyCredential registered;
        try
        {
            registered = await fido2.MakeNewCredentialAsync(
                new MakeNewCredentialParams
                {
                    AttestationResponse = response,
                    OriginalOptions = CredentialCreateOptions.FromJson(pending.OptionsJson),
                    IsCredentialIdUniqueToUserCallback = async (p, ct) => await credentials.FindAsync(p.CredentialId, ct).ConfigureAwait(false) is null,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Fido2VerificationException e)
        {
            return await FailAsync(userId, Map(e.Code), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformedInput(e))
        {
            return await FailAsync(userId, WebAuthnFailure.Malformed, cancellationToken).ConfigureAwait(false);
        }

        var now = timeProvider.GetUtcNow();
        var credential = new WebAuthnCredential
        {
            Id = registered.Id,
            UserId = userId,
            UserHandle = registered.User.Id,
            PublicKey = registered.PublicKey,
            SignCount = registered.SignCount,
            Transports = registered.Transports?.Select(t => JsonNamingPolicy.CamelCase.ConvertName(t.ToString())).ToList() ?? [],
            IsBackupEligible = registered.IsBackupEligible,
            IsBackedUp = registered.IsBackedUp,
            AaGuid = registered.AaGuid,
            Name = credentialName.Length <= 64 ? credentialName : credentialName[..64],
            CreatedAt = now,
        };
        if (!await credentials.TryAddAsync(credential, cancellationToken).ConfigureAwait(false))
        {
            return await FailAsync(userId, WebAuthnFailure.DuplicateCredential, cancellationToken).ConfigureAwait(false);
        }

        await audit.WriteAsync(new AuditEvent(AuditEventKind.WebAuthnRegistered, userId, now, detail: IdText(credential.Id)), cancellationToken).ConfigureAwait(false);
        return WebAuthnResult.Success(credential);
    }

    /// <summary>Starts a sign-in: as a second factor for a known user, or with a passkey when <paramref name="userId"/> is null.</summary>
    /// <param name="userId">The user who passed the first factor, or null for a username-less passkey sign-in (which requires user verification).</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>The ceremony: options JSON for <c>navigator.credentials.get</c> and the id to complete it with.</returns>
    public async ValueTask<WebAuthnCeremony> BeginAssertionAsync(string? userId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<PublicKeyCredentialDescriptor> allowed = userId is null
            ? []
            : (await credentials.ListAsync(userId, cancellationToken).ConfigureAwait(false)).Select(Descriptor).ToList();
        var request = fido2.GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = allowed,
            UserVerification = userId is null ? UserVerificationRequirement.Required : (UserVerificationRequirement)(int)options.UserVerification,
        });
        return await StartAsync(false, userId, request.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a sign-in with the browser's answer.</summary>
    /// <param name="ceremonyId">The id from <see cref="BeginAssertionAsync"/>.</param>
    /// <param name="responseJson">The <c>PublicKeyCredential</c> as JSON (<c>credential.toJSON()</c>).</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>Success with the credential (whose user is now signed in), or the failure.</returns>
    public async ValueTask<WebAuthnResult> CompleteAssertionAsync(string ceremonyId, string responseJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ceremonyId);
        ArgumentNullException.ThrowIfNull(responseJson);
        var pending = await TakeAsync(ceremonyId, false, cancellationToken).ConfigureAwait(false);
        if (pending is null)
        {
            return WebAuthnResult.Fail(WebAuthnFailure.UnknownCeremony);
        }

        var subject = pending.UserId ?? "(passkey)";
        if (!TryDeserialize<AuthenticatorAssertionRawResponse>(responseJson, out var response) || response.RawId is null)
        {
            return await FailAsync(subject, WebAuthnFailure.Malformed, cancellationToken).ConfigureAwait(false);
        }

        var credential = await credentials.FindAsync(response.RawId, cancellationToken).ConfigureAwait(false);
        if (credential is null || (pending.UserId is not null && !string.Equals(credential.UserId, pending.UserId, StringComparison.Ordinal)))
        {
            return await FailAsync(subject, WebAuthnFailure.UnknownCredential, cancellationToken).ConfigureAwait(false);
        }

        // Fido2 reads an ECDSA signature leniently (a changed DER tag, bytes after the sequence); only the one DER encoding
        // of the signature is accepted here, so a signed assertion has exactly one valid form.
        if (!IsCanonicalSignature(credential.PublicKey, response.Response?.Signature))
        {
            return await FailAsync(credential.UserId, WebAuthnFailure.InvalidSignature, cancellationToken, credential.Id).ConfigureAwait(false);
        }

        VerifyAssertionResult verified;
        try
        {
            verified = await fido2.MakeAssertionAsync(
                new MakeAssertionParams
                {
                    AssertionResponse = response,
                    OriginalOptions = AssertionOptions.FromJson(pending.OptionsJson),
                    StoredPublicKey = credential.PublicKey,
                    StoredSignatureCounter = credential.SignCount,
                    IsUserHandleOwnerOfCredentialIdCallback = (p, _) => Task.FromResult(
                        CryptographicOperations.FixedTimeEquals(p.UserHandle, credential.UserHandle) && p.CredentialId.AsSpan().SequenceEqual(credential.Id)),
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Fido2VerificationException e)
        {
            return await FailAsync(credential.UserId, Map(e.Code), cancellationToken, credential.Id).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformedInput(e))
        {
            return await FailAsync(credential.UserId, WebAuthnFailure.Malformed, cancellationToken, credential.Id).ConfigureAwait(false);
        }

        // Record the new counter by compare-and-swap; if another sign-in moved it meanwhile, ours must still be ahead.
        var now = timeProvider.GetUtcNow();
        var expected = credential.SignCount;
        while (!await credentials.TryUpdateUseAsync(credential.Id, expected, verified.SignCount, verified.IsBackedUp, now, cancellationToken).ConfigureAwait(false))
        {
            var current = await credentials.FindAsync(credential.Id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return await FailAsync(credential.UserId, WebAuthnFailure.UnknownCredential, cancellationToken).ConfigureAwait(false);
            }

            if ((verified.SignCount != 0 || current.SignCount != 0) && verified.SignCount <= current.SignCount)
            {
                return await FailAsync(credential.UserId, WebAuthnFailure.CloneSuspected, cancellationToken, credential.Id).ConfigureAwait(false);
            }

            expected = current.SignCount;
        }

        await audit.WriteAsync(new AuditEvent(AuditEventKind.WebAuthnAsserted, credential.UserId, now, detail: IdText(credential.Id)), cancellationToken).ConfigureAwait(false);
        return WebAuthnResult.Success((await credentials.FindAsync(credential.Id, cancellationToken).ConfigureAwait(false)) ?? credential);
    }

    /// <summary>Lists a user's credentials.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The credentials.</returns>
    public ValueTask<IReadOnlyList<WebAuthnCredential>> ListCredentialsAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return credentials.ListAsync(userId, cancellationToken);
    }

    /// <summary>Removes one of a user's credentials.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="credentialId">The credential id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it existed and belonged to the user.</returns>
    public async ValueTask<bool> RemoveCredentialAsync(string userId, ReadOnlyMemory<byte> credentialId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var removed = await credentials.RemoveAsync(userId, credentialId, cancellationToken).ConfigureAwait(false);
        if (removed)
        {
            await audit.WriteAsync(new AuditEvent(AuditEventKind.WebAuthnRemoved, userId, timeProvider.GetUtcNow(), detail: IdText(credentialId.Span)), cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }

    private static PublicKeyCredentialDescriptor Descriptor(WebAuthnCredential credential) => new(
        PublicKeyCredentialType.PublicKey,
        credential.Id,
        credential.Transports.Select(t => Enum.TryParse<AuthenticatorTransport>(t, true, out var parsed) ? (AuthenticatorTransport?)parsed : null)
            .OfType<AuthenticatorTransport>().ToArray());

    private static WebAuthnFailure Map(Fido2ErrorCode code) => code switch
    {
        Fido2ErrorCode.InvalidAuthenticatorResponseOrigin or Fido2ErrorCode.MissingAuthenticatorResponseOrigin
            or Fido2ErrorCode.InvalidRpidHash or Fido2ErrorCode.CrossOriginRequestNotAllowed
            or Fido2ErrorCode.InvalidAuthenticatorResponseTopOrigin => WebAuthnFailure.WrongOrigin,
        Fido2ErrorCode.InvalidSignature => WebAuthnFailure.InvalidSignature,
        Fido2ErrorCode.InvalidSignCount => WebAuthnFailure.CloneSuspected,
        Fido2ErrorCode.NonUniqueCredentialId => WebAuthnFailure.DuplicateCredential,
        Fido2ErrorCode.UserVerificationRequirementNotMet => WebAuthnFailure.UserVerificationRequired,
        Fido2ErrorCode.MalformedAttestationObject or Fido2ErrorCode.MalformedAuthenticatorResponse
            or Fido2ErrorCode.MalformedExtensionsDetected or Fido2ErrorCode.InvalidAttestationObject => WebAuthnFailure.Malformed,
        _ => WebAuthnFailure.InvalidResponse,
    };

    /// <summary>Parsing failures of hostile input that Fido2 lets through as other exception types.</summary>
    /// <summary>
    /// Whether an assertion signature is in the only encoding its key allows: for an EC2 key (ECDSA), a DER SEQUENCE of
    /// two INTEGERs and nothing after it. Other key types' signatures are fixed-size and left to Fido2.
    /// </summary>
    internal static bool IsCanonicalSignature(byte[] coseKey, byte[]? signature)
    {
        if (signature is null || !IsEc2Key(coseKey))
        {
            return true;
        }

        try
        {
            var reader = new System.Formats.Asn1.AsnReader(signature, System.Formats.Asn1.AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            sequence.ReadIntegerBytes();
            sequence.ReadIntegerBytes();
            return !sequence.HasData && !reader.HasData;
        }
        catch (System.Formats.Asn1.AsnContentException)
        {
            return false;
        }
    }

    private static bool SkipLabel(System.Formats.Cbor.CborReader reader)
    {
        reader.SkipValue();
        return false;
    }

    /// <summary>Whether a COSE_Key (RFC 9052) has key type 2, EC2.</summary>
    private static bool IsEc2Key(byte[] coseKey)
    {
        try
        {
            var reader = new System.Formats.Cbor.CborReader(coseKey, System.Formats.Cbor.CborConformanceMode.Lax);
            var entries = reader.ReadStartMap();
            for (var i = 0; entries is null || i < entries; i++)
            {
                if (reader.PeekState() == System.Formats.Cbor.CborReaderState.EndMap)
                {
                    break;
                }

                // Each entry: a label (kty is label 1), then its value.
                var isKeyType = reader.PeekState() is System.Formats.Cbor.CborReaderState.UnsignedInteger or System.Formats.Cbor.CborReaderState.NegativeInteger
                    ? reader.ReadInt64() == 1
                    : SkipLabel(reader);
                if (isKeyType)
                {
                    return reader.PeekState() == System.Formats.Cbor.CborReaderState.UnsignedInteger && reader.ReadInt64() == 2;
                }

                reader.SkipValue();
            }
        }
        catch (Exception e) when (e is System.Formats.Cbor.CborContentException or InvalidOperationException or OverflowException)
        {
            return false;
        }

        return false;
    }

    private static bool IsMalformedInput(Exception e) => e is System.Formats.Cbor.CborContentException or FormatException or JsonException;

    private static string IdText(ReadOnlySpan<byte> id) => Base64Url.EncodeToString(id);

    private bool TryDeserialize<T>(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (json.Length > options.MaxResponseBytes)
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>(json);
            return value is not null;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private async ValueTask<WebAuthnCeremony> StartAsync(bool isRegistration, string? userId, string optionsJson, CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var pending = new WebAuthnPendingCeremony(isRegistration, userId, optionsJson, timeProvider.GetUtcNow() + options.Timeout);
        await challenges.StoreAsync(id, pending, cancellationToken).ConfigureAwait(false);
        return new WebAuthnCeremony(id, optionsJson);
    }

    private async ValueTask<WebAuthnPendingCeremony?> TakeAsync(string ceremonyId, bool isRegistration, CancellationToken cancellationToken)
    {
        if (ceremonyId.Length > 128)
        {
            return null;
        }

        var pending = await challenges.TakeAsync(ceremonyId, cancellationToken).ConfigureAwait(false);
        return pending is not null && pending.IsRegistration == isRegistration && timeProvider.GetUtcNow() <= pending.ExpiresAt ? pending : null;
    }

    private async ValueTask<WebAuthnResult> FailAsync(string subject, WebAuthnFailure failure, CancellationToken cancellationToken, byte[]? credentialId = null)
    {
        var kind = failure == WebAuthnFailure.CloneSuspected ? AuditEventKind.WebAuthnCloneSuspected : AuditEventKind.WebAuthnRejected;
        var detail = credentialId is null ? failure.ToString() : failure + " " + IdText(credentialId);
        await audit.WriteAsync(new AuditEvent(kind, subject, timeProvider.GetUtcNow(), detail: detail), cancellationToken).ConfigureAwait(false);
        return WebAuthnResult.Fail(failure);
    }
}
