using System.Globalization;

namespace Bonded.Auth.WebAuthn;

/// <summary>A registered public-key credential: what the registry stores per security key or passkey. Holds no secret.</summary>
public sealed class WebAuthnCredential
{
    /// <summary>The credential id chosen by the authenticator.</summary>
    public required byte[] Id { get; init; }

    /// <summary>The registry's user id.</summary>
    public required string UserId { get; init; }

    /// <summary>The opaque WebAuthn user handle (random, the same for all of a user's credentials).</summary>
    public required byte[] UserHandle { get; init; }

    /// <summary>The credential public key, COSE-encoded.</summary>
    public required byte[] PublicKey { get; init; }

    /// <summary>The signature counter last seen.</summary>
    public uint SignCount { get; init; }

    /// <summary>The transports the browser reported (usb, nfc, ble, internal, hybrid).</summary>
    public IReadOnlyList<string> Transports { get; init; } = [];

    /// <summary>Whether the credential may be synced to other devices (a synced passkey).</summary>
    public bool IsBackupEligible { get; init; }

    /// <summary>Whether the credential was backed up at its last use.</summary>
    public bool IsBackedUp { get; init; }

    /// <summary>The authenticator model's AAGUID (all zero for attestation "none" on many platforms).</summary>
    public Guid AaGuid { get; init; }

    /// <summary>A name the user gave it, for example "YubiKey 5".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last used, or null.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>Describes the credential.</summary>
    /// <returns>Its name, user and counter.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"WebAuthnCredential '{Name}' of {UserId}, sign count {SignCount}");
}
