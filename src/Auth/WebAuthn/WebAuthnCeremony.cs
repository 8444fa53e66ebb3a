namespace Bonded.Auth.WebAuthn;

/// <summary>A started registration or sign-in: the options for the browser and the id under which the server remembers them.</summary>
/// <param name="Id">The ceremony id; keep it in the user's session and pass it back to complete the ceremony (single use).</param>
/// <param name="OptionsJson">The <c>PublicKeyCredentialCreationOptions</c> or <c>PublicKeyCredentialRequestOptions</c> as JSON (binary fields base64url), for <c>navigator.credentials.create/get</c>.</param>
public sealed record WebAuthnCeremony(string Id, string OptionsJson);
