namespace Bonded.Tuf;

/// <summary>The key types and signature schemes Bonded.Tuf signs and verifies.</summary>
public static class KeyTypes
{
    /// <summary>Key type and scheme <c>ed25519</c>.</summary>
    public const string Ed25519 = "ed25519";

    /// <summary>Key type <c>ecdsa</c> (securesystemslib's current name for P-256 keys).</summary>
    public const string Ecdsa = "ecdsa";

    /// <summary>Key type and scheme <c>ecdsa-sha2-nistp256</c>.</summary>
    public const string EcdsaSha2Nistp256 = "ecdsa-sha2-nistp256";

    /// <summary>Key type <c>rsa</c>.</summary>
    public const string Rsa = "rsa";

    /// <summary>Scheme <c>rsassa-pss-sha256</c>.</summary>
    public const string RsassaPssSha256 = "rsassa-pss-sha256";
}
