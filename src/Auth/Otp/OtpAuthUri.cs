using System.Globalization;
using System.Text;

namespace Bonded.Auth.Otp;

/// <summary>
/// A provisioning URI in the Key Uri Format: <c>otpauth://totp/Issuer:account?secret=BASE32&amp;issuer=Issuer&amp;algorithm=SHA1&amp;digits=6&amp;period=30</c>.
/// The URI carries the secret, so <see cref="ToString"/> hides it; <see cref="ToUriString"/> gives the real URI.
/// </summary>
public sealed class OtpAuthUri
{
    /// <summary>The longest URI accepted by the parser, in characters.</summary>
    public const int MaxLength = 2048;

    /// <summary>The longest issuer or account name, in characters.</summary>
    public const int MaxNameLength = 256;

    private readonly byte[] secret;

    /// <summary>Creates a provisioning URI.</summary>
    /// <param name="type">TOTP or HOTP.</param>
    /// <param name="accountName">The account, for example a user name or e-mail address; no colon.</param>
    /// <param name="issuer">The service, for example the registry's name; no colon; optional.</param>
    /// <param name="secret">The shared secret; copied.</param>
    /// <param name="algorithm">The HMAC hash function.</param>
    /// <param name="digits">Digits per code, 6 to 8.</param>
    /// <param name="period">TOTP period in seconds, 1 to 300.</param>
    /// <param name="counter">HOTP initial counter, not negative.</param>
    /// <exception cref="ArgumentException">A name is empty, too long, contains a colon or is not valid UTF-16; a parameter is out of range.</exception>
    public OtpAuthUri(OtpType type, string accountName, string? issuer, ReadOnlySpan<byte> secret, OtpHashAlgorithm algorithm = OtpHashAlgorithm.Sha1, int digits = 6, int period = 30, long counter = 0)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        if (!Enum.IsDefined(type) || !Enum.IsDefined(algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(type), "Unknown OTP type or algorithm.");
        }

        if (!IsValidName(accountName))
        {
            throw new ArgumentException($"The account name must be 1 to {MaxNameLength} characters of valid text without a colon.", nameof(accountName));
        }

        if (issuer is not null && !IsValidName(issuer))
        {
            throw new ArgumentException($"The issuer must be 1 to {MaxNameLength} characters of valid text without a colon.", nameof(issuer));
        }

        if (secret.Length is < OtpKey.MinSecretLength or > OtpKey.MaxSecretLength)
        {
            throw new ArgumentException($"The secret must be {OtpKey.MinSecretLength} to {OtpKey.MaxSecretLength} bytes.", nameof(secret));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, 300);
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        Type = type;
        AccountName = accountName;
        Issuer = issuer;
        this.secret = secret.ToArray();
        Algorithm = algorithm;
        Digits = digits;
        Period = period;
        Counter = counter;
    }

    /// <summary>TOTP or HOTP.</summary>
    public OtpType Type { get; }

    /// <summary>The account name.</summary>
    public string AccountName { get; }

    /// <summary>The issuer, or null.</summary>
    public string? Issuer { get; }

    /// <summary>The HMAC hash function.</summary>
    public OtpHashAlgorithm Algorithm { get; }

    /// <summary>Digits per code.</summary>
    public int Digits { get; }

    /// <summary>TOTP period in seconds.</summary>
    public int Period { get; }

    /// <summary>HOTP initial counter.</summary>
    public long Counter { get; }

    /// <summary>Parses a provisioning URI.</summary>
    /// <param name="uri">The URI.</param>
    /// <returns>The parsed URI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="OtpAuthUriFormatException">The URI is malformed, too long, or names unsupported values.</exception>
    public static OtpAuthUri Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return TryParse(uri, out var result, out var error) ? result : throw new OtpAuthUriFormatException(error);
    }

    /// <summary>Parses a provisioning URI without throwing.</summary>
    /// <param name="uri">The URI.</param>
    /// <param name="result">The parsed URI, or null.</param>
    /// <returns>Whether the URI was well-formed.</returns>
    public static bool TryParse(string? uri, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OtpAuthUri? result) => TryParse(uri, out result, out _);

    /// <summary>Creates a key from the URI's secret and parameters.</summary>
    /// <returns>A new key; dispose it when done.</returns>
    public OtpKey CreateKey() => new(secret, Algorithm, Digits, Period);

    /// <summary>The URI with its secret, canonical: label <c>Issuer:account</c>, then secret, issuer, algorithm, digits and period (or counter).</summary>
    /// <returns>The <c>otpauth://</c> URI.</returns>
    public string ToUriString()
    {
        var builder = new StringBuilder("otpauth://").Append(Type == OtpType.Totp ? "totp/" : "hotp/");
        if (Issuer is not null)
        {
            builder.Append(Uri.EscapeDataString(Issuer)).Append(':');
        }

        builder.Append(Uri.EscapeDataString(AccountName)).Append("?secret=").Append(Base32.Encode(secret));
        if (Issuer is not null)
        {
            builder.Append("&issuer=").Append(Uri.EscapeDataString(Issuer));
        }

        builder.Append("&algorithm=").Append(AlgorithmName(Algorithm))
            .Append("&digits=").Append(Digits.ToString(CultureInfo.InvariantCulture));
        builder.Append(Type == OtpType.Totp ? "&period=" : "&counter=")
            .Append((Type == OtpType.Totp ? Period : Counter).ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>The URI with the secret replaced by <c>REDACTED</c>.</summary>
    /// <returns>A loggable form of the URI.</returns>
    public override string ToString() => ToUriString().Replace(Base32.Encode(secret), "REDACTED", StringComparison.Ordinal);

    internal bool SecretEquals(ReadOnlySpan<byte> other) => secret.AsSpan().SequenceEqual(other);

    private static bool TryParse(string? uri, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OtpAuthUri? result, out string error)
    {
        result = null;
        if (uri is null || uri.Length > MaxLength)
        {
            error = $"The URI is missing or longer than {MaxLength} characters.";
            return false;
        }

        const string Scheme = "otpauth://";
        if (!uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            error = "The URI does not start with 'otpauth://'.";
            return false;
        }

        var rest = uri.AsSpan(Scheme.Length);
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            error = "The URI has no label.";
            return false;
        }

        OtpType type;
        if (rest[..slash].Equals("totp", StringComparison.OrdinalIgnoreCase))
        {
            type = OtpType.Totp;
        }
        else if (rest[..slash].Equals("hotp", StringComparison.OrdinalIgnoreCase))
        {
            type = OtpType.Hotp;
        }
        else
        {
            error = "The OTP type must be 'totp' or 'hotp'.";
            return false;
        }

        rest = rest[(slash + 1)..];
        var question = rest.IndexOf('?');
        var label = question < 0 ? rest : rest[..question];
        var query = question < 0 ? [] : rest[(question + 1)..];

        string? labelIssuer = null;
        string account;
        var colon = FindLabelColon(label, out var colonLength);
        if (colon >= 0)
        {
            if (!TryUnescape(label[..colon], out labelIssuer) || !TryUnescape(label[(colon + colonLength)..].TrimStart(' '), out account))
            {
                error = "The label is not valid percent-encoded UTF-8.";
                return false;
            }
        }
        else if (!TryUnescape(label, out account))
        {
            error = "The label is not valid percent-encoded UTF-8.";
            return false;
        }

        string? secretText = null, issuer = null, algorithmText = null, digitsText = null, periodText = null, counterText = null;
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            if (equals < 0 || !TryUnescape(pair[(equals + 1)..], out var value))
            {
                error = "A query parameter is malformed.";
                return false;
            }

            ref var slot = ref secretText;
            if (name.SequenceEqual("secret"))
            {
                slot = ref secretText;
            }
            else if (name.SequenceEqual("issuer"))
            {
                slot = ref issuer;
            }
            else if (name.SequenceEqual("algorithm"))
            {
                slot = ref algorithmText;
            }
            else if (name.SequenceEqual("digits"))
            {
                slot = ref digitsText;
            }
            else if (name.SequenceEqual("period"))
            {
                slot = ref periodText;
            }
            else if (name.SequenceEqual("counter"))
            {
                slot = ref counterText;
            }
            else
            {
                continue; // Unknown parameters (for example 'image') are ignored, as authenticator apps do.
            }

            if (slot is not null)
            {
                error = "A query parameter appears twice.";
                return false;
            }

            slot = value;
        }

        if (secretText is null || !Base32.TryDecode(secretText, out var secretBytes) || secretBytes.Length is < OtpKey.MinSecretLength or > OtpKey.MaxSecretLength)
        {
            error = $"The secret must be base32 of {OtpKey.MinSecretLength} to {OtpKey.MaxSecretLength} bytes.";
            return false;
        }

        if (labelIssuer is not null && issuer is not null && !string.Equals(labelIssuer, issuer, StringComparison.Ordinal))
        {
            error = "The issuer parameter differs from the label's issuer.";
            return false;
        }

        issuer ??= labelIssuer;
        if (!IsValidName(account) || (issuer is not null && !IsValidName(issuer)))
        {
            error = $"The account name and issuer must be 1 to {MaxNameLength} characters without a colon.";
            return false;
        }

        var algorithm = OtpHashAlgorithm.Sha1;
        if (algorithmText is not null && !TryAlgorithm(algorithmText, out algorithm))
        {
            error = "The algorithm must be SHA1, SHA256 or SHA512.";
            return false;
        }

        var digits = 6;
        if (digitsText is not null && !TryNumber(digitsText, 6, 8, out digits))
        {
            error = "The digits must be 6, 7 or 8.";
            return false;
        }

        var period = 30;
        if (periodText is not null && !TryNumber(periodText, 1, 300, out period))
        {
            error = "The period must be 1 to 300 seconds.";
            return false;
        }

        long counter = 0;
        if (type == OtpType.Hotp)
        {
            if (counterText is null || !long.TryParse(counterText, NumberStyles.None, CultureInfo.InvariantCulture, out counter)
                || (counterText.Length > 1 && counterText[0] == '0'))
            {
                error = "An HOTP URI needs a counter.";
                return false;
            }
        }

        result = new OtpAuthUri(type, account, issuer, secretBytes, algorithm, digits, period, counter);
        error = string.Empty;
        return true;
    }

    private static int FindLabelColon(ReadOnlySpan<char> label, out int length)
    {
        var literal = label.IndexOf(':');
        var encoded = label.IndexOf("%3A", StringComparison.OrdinalIgnoreCase);
        if (literal >= 0 && (encoded < 0 || literal < encoded))
        {
            length = 1;
            return literal;
        }

        length = 3;
        return encoded;
    }

    private static bool TryUnescape(ReadOnlySpan<char> text, out string value)
    {
        value = string.Empty;
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !byte.TryParse(text.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                {
                    return false;
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c > 0x7f || c < 0x20)
            {
                return false;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        try
        {
            value = new UTF8Encoding(false, true).GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool TryAlgorithm(string text, out OtpHashAlgorithm algorithm)
    {
        (var ok, algorithm) = text.ToUpperInvariant() switch
        {
            "SHA1" => (true, OtpHashAlgorithm.Sha1),
            "SHA256" => (true, OtpHashAlgorithm.Sha256),
            "SHA512" => (true, OtpHashAlgorithm.Sha512),
            _ => (false, OtpHashAlgorithm.Sha1),
        };
        return ok;
    }

    private static bool TryNumber(string text, int min, int max, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 3 && text[0] != '0'
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }

    private static string AlgorithmName(OtpHashAlgorithm algorithm) => algorithm switch
    {
        OtpHashAlgorithm.Sha256 => "SHA256",
        OtpHashAlgorithm.Sha512 => "SHA512",
        _ => "SHA1",
    };

    private static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name.Contains(':', StringComparison.Ordinal) || name.Trim().Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]))
            {
                return false;
            }

            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(name[i]))
            {
                return false;
            }
        }

        return true;
    }
}
