namespace Bonded.Auth.Otp;

/// <summary>TOTP settings for new enrolments and for checking codes.</summary>
public sealed class TotpOptions
{
    /// <summary>The issuer shown in authenticator apps (the registry's name); no colon.</summary>
    public string Issuer { get; set; } = "Bonded";

    /// <summary>The hash function of new keys; SHA-1 is what every authenticator app supports.</summary>
    public OtpHashAlgorithm Algorithm { get; set; } = OtpHashAlgorithm.Sha1;

    /// <summary>Digits per code for new keys, 6 to 8.</summary>
    public int Digits { get; set; } = 6;

    /// <summary>Time step in seconds for new keys, 15 to 300.</summary>
    public int Period { get; set; } = 30;

    /// <summary>How many time steps before and after the current one are accepted (clock drift), 0 to 10.</summary>
    public int Window { get; set; } = 1;

    /// <summary>Secret length of new keys in bytes; 0 picks the hash output size.</summary>
    public int SecretLength { get; set; }

    /// <summary>Pixels per QR module in rendered QR codes, 1 to 40.</summary>
    public int QrPixelsPerModule { get; set; } = 5;

    internal IEnumerable<string> Validate(string prefix)
    {
        if (string.IsNullOrWhiteSpace(Issuer) || Issuer.Contains(':', StringComparison.Ordinal) || Issuer.Length > OtpAuthUri.MaxNameLength)
        {
            yield return $"{prefix}{nameof(Issuer)} must be non-empty text of at most {OtpAuthUri.MaxNameLength} characters without a colon.";
        }

        if (!Enum.IsDefined(Algorithm))
        {
            yield return $"{prefix}{nameof(Algorithm)} is not a known hash function.";
        }

        if (Digits is < 6 or > 8)
        {
            yield return $"{prefix}{nameof(Digits)} must be 6, 7 or 8 (was {Digits}).";
        }

        if (Period is < 15 or > 300)
        {
            yield return $"{prefix}{nameof(Period)} must be between 15 and 300 seconds (was {Period}).";
        }

        if (Window is < 0 or > 10)
        {
            yield return $"{prefix}{nameof(Window)} must be between 0 and 10 steps (was {Window}).";
        }

        if (SecretLength != 0 && SecretLength is < OtpKey.MinSecretLength or > OtpKey.MaxSecretLength)
        {
            yield return $"{prefix}{nameof(SecretLength)} must be 0 or between {OtpKey.MinSecretLength} and {OtpKey.MaxSecretLength} bytes (was {SecretLength}).";
        }

        if (QrPixelsPerModule is < 1 or > 40)
        {
            yield return $"{prefix}{nameof(QrPixelsPerModule)} must be between 1 and 40 (was {QrPixelsPerModule}).";
        }
    }
}
