namespace Bonded.Auth.WebAuthn;

/// <summary>The outcome of completing a registration or an assertion.</summary>
public sealed class WebAuthnResult
{
    private WebAuthnResult(WebAuthnFailure failure, WebAuthnCredential? credential)
    {
        Failure = failure;
        Credential = credential;
    }

    /// <summary>Whether the ceremony succeeded.</summary>
    public bool Succeeded => Failure == WebAuthnFailure.None;

    /// <summary>Why it failed, or <see cref="WebAuthnFailure.None"/>.</summary>
    public WebAuthnFailure Failure { get; }

    /// <summary>On success, the registered or used credential (its <see cref="WebAuthnCredential.UserId"/> is the signed-in user).</summary>
    public WebAuthnCredential? Credential { get; }

    internal static WebAuthnResult Success(WebAuthnCredential credential) => new(WebAuthnFailure.None, credential);

    internal static WebAuthnResult Fail(WebAuthnFailure failure) => new(failure, null);

    /// <summary>Describes the outcome.</summary>
    /// <returns>"Succeeded" or the failure.</returns>
    public override string ToString() => Succeeded ? "Succeeded" : Failure.ToString();
}
