namespace Bonded.Auth.WebAuthn;

/// <summary>What the server remembers of a started ceremony until the browser answers.</summary>
/// <param name="IsRegistration">Registration (true) or assertion (false).</param>
/// <param name="UserId">The user it was started for; null for a passkey sign-in where the user is not yet known.</param>
/// <param name="OptionsJson">The options sent to the browser (with the challenge).</param>
/// <param name="ExpiresAt">When it stops being valid.</param>
public sealed record WebAuthnPendingCeremony(bool IsRegistration, string? UserId, string OptionsJson, DateTimeOffset ExpiresAt);
