using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Bonded.Auth.Macaroons;

/// <summary>
/// A macaroon (Birgisson et al., NDSS 2014) as libmacaroons and pymacaroons build it: a location, an identifier,
/// caveats and an HMAC-SHA256 chain signature. Immutable: adding a caveat returns a new macaroon.
/// </summary>
/// <remarks>
/// The serialized form is a bearer credential; <see cref="ToString"/> shows neither it nor the signature.
/// </remarks>
public sealed class Macaroon : IEquatable<Macaroon>
{
    /// <summary>Size of a macaroon signature in bytes.</summary>
    public const int SignatureSize = MacaroonCrypto.SignatureSize;

    private readonly Caveat[] caveats;

    internal Macaroon(string? location, byte[] identifier, Caveat[] caveats, byte[] signature)
    {
        Location = location;
        IdentifierBytes = identifier;
        this.caveats = caveats;
        SignatureBytes = signature;
    }

    /// <summary>A hint to where the macaroon is used; not covered by the signature.</summary>
    public string? Location { get; }

    /// <summary>The identifier the minting service uses to find the root key.</summary>
    public ReadOnlyMemory<byte> Identifier => IdentifierBytes;

    /// <summary>The caveats in the order they were added (the order the signature covers).</summary>
    public IReadOnlyList<Caveat> Caveats => caveats;

    /// <summary>The 32-byte chained signature.</summary>
    public ReadOnlyMemory<byte> Signature => SignatureBytes;

    internal byte[] IdentifierBytes { get; }

    internal byte[] SignatureBytes { get; }

    internal Caveat[] CaveatArray => caveats;

    /// <summary>Mints a macaroon with no caveats.</summary>
    /// <param name="rootKey">The secret root key (libmacaroons derives the signing key from it).</param>
    /// <param name="identifier">The public identifier that names the root key.</param>
    /// <param name="location">A location hint, or null (an empty location is the same as none).</param>
    /// <returns>The macaroon.</returns>
    public static Macaroon Create(ReadOnlySpan<byte> rootKey, ReadOnlySpan<byte> identifier, string? location)
    {
        Span<byte> key = stackalloc byte[SignatureSize];
        MacaroonCrypto.DeriveKey(rootKey, key);
        var signature = new byte[SignatureSize];
        MacaroonCrypto.Hmac(key, identifier, signature);
        CryptographicOperations.ZeroMemory(key);
        return new Macaroon(string.IsNullOrEmpty(location) ? null : location, identifier.ToArray(), [], signature);
    }

    /// <summary>Mints a macaroon with no caveats and a UTF-8 identifier.</summary>
    /// <param name="rootKey">The secret root key.</param>
    /// <param name="identifier">The public identifier that names the root key.</param>
    /// <param name="location">A location hint, or null (an empty location is the same as none).</param>
    /// <returns>The macaroon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public static Macaroon Create(ReadOnlySpan<byte> rootKey, string identifier, string? location)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Create(rootKey, Encoding.UTF8.GetBytes(identifier), location);
    }

    /// <summary>Attenuates: returns a copy with one more first-party caveat.</summary>
    /// <param name="predicate">The predicate the target service must find satisfied.</param>
    /// <returns>The attenuated macaroon.</returns>
    public Macaroon AddFirstPartyCaveat(ReadOnlySpan<byte> predicate)
    {
        var signature = new byte[SignatureSize];
        MacaroonCrypto.Hmac(SignatureBytes, predicate, signature);
        return new Macaroon(Location, IdentifierBytes, [.. caveats, new Caveat(predicate.ToArray(), null, null)], signature);
    }

    /// <summary>Attenuates: returns a copy with one more first-party caveat (UTF-8 predicate).</summary>
    /// <param name="predicate">The predicate the target service must find satisfied.</param>
    /// <returns>The attenuated macaroon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public Macaroon AddFirstPartyCaveat(string predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return AddFirstPartyCaveat(Encoding.UTF8.GetBytes(predicate));
    }

    /// <summary>
    /// Adds a third-party caveat: the holder must present a discharge macaroon minted by the third party with
    /// <paramref name="caveatKey"/> and <paramref name="caveatIdentifier"/>, bound with <see cref="BindForRequest"/>.
    /// </summary>
    /// <param name="caveatKey">The secret the third party mints the discharge with.</param>
    /// <param name="caveatIdentifier">The identifier the third party recognizes (it usually encrypts the key and the condition).</param>
    /// <param name="location">Where the discharge is obtained.</param>
    /// <returns>The attenuated macaroon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Macaroon AddThirdPartyCaveat(ReadOnlySpan<byte> caveatKey, ReadOnlySpan<byte> caveatIdentifier, string location)
    {
        Span<byte> nonce = stackalloc byte[MacaroonCrypto.NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return AddThirdPartyCaveat(caveatKey, caveatIdentifier, location, nonce);
    }

    /// <summary>Binds a discharge macaroon to this macaroon so that it is only valid alongside it.</summary>
    /// <param name="discharge">The discharge of one of this macaroon's third-party caveats.</param>
    /// <returns>The bound discharge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="discharge"/> is null.</exception>
    public Macaroon BindForRequest(Macaroon discharge)
    {
        ArgumentNullException.ThrowIfNull(discharge);
        var signature = new byte[SignatureSize];
        MacaroonCrypto.Bind(SignatureBytes, discharge.SignatureBytes, signature);
        return new Macaroon(discharge.Location, discharge.IdentifierBytes, discharge.caveats, signature);
    }

    /// <summary>Serializes to text: base64url (no padding) for <see cref="MacaroonFormat.V1"/> and <see cref="MacaroonFormat.V2"/>, JSON for the JSON formats.</summary>
    /// <param name="format">The format; libmacaroons v2 binary by default.</param>
    /// <returns>The serialized macaroon (a bearer credential).</returns>
    /// <exception cref="MacaroonFormatException">The macaroon cannot be written in <paramref name="format"/> (a v1 packet over 65,535 bytes, a binary identifier in v1 JSON).</exception>
    public string Serialize(MacaroonFormat format = MacaroonFormat.V2)
    {
        var bytes = SerializeToBytes(format);
        return format is MacaroonFormat.V1 or MacaroonFormat.V2 ? Base64Any.EncodeUrl(bytes) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Serializes to raw bytes: v1 packets, v2 binary, or UTF-8 JSON.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The serialized macaroon (a bearer credential).</returns>
    /// <exception cref="MacaroonFormatException">The macaroon cannot be written in <paramref name="format"/>.</exception>
    public byte[] SerializeToBytes(MacaroonFormat format) => format switch
    {
        MacaroonFormat.V1 => MacaroonSerializer.WriteV1(this),
        MacaroonFormat.V2 => MacaroonSerializer.WriteV2(this),
        MacaroonFormat.V2Json => MacaroonSerializer.WriteV2Json(this),
        MacaroonFormat.V1Json => MacaroonSerializer.WriteV1Json(this),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown macaroon format."),
    };

    /// <summary>
    /// Parses a serialized macaroon in any supported format: base64 (standard or URL-safe, padded or not) of v1 packets
    /// or v2 binary, or v1/v2 JSON text, within <see cref="MacaroonLimits.Default"/>.
    /// </summary>
    /// <param name="text">The serialized macaroon, untrusted.</param>
    /// <returns>The macaroon (its signature is not verified yet).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="MacaroonFormatException">The text is not a well-formed macaroon within the limits.</exception>
    public static Macaroon Parse(string text) => Parse(text, MacaroonLimits.Default);

    /// <summary>Parses a serialized macaroon in any supported format within the given limits.</summary>
    /// <param name="text">The serialized macaroon, untrusted.</param>
    /// <param name="limits">Bounds to enforce.</param>
    /// <returns>The macaroon (its signature is not verified yet).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="MacaroonFormatException">The text is not a well-formed macaroon within the limits.</exception>
    public static Macaroon Parse(string text, MacaroonLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var error = MacaroonSerializer.TryReadText(text, limits, out var macaroon);
        return error is null ? macaroon! : throw new MacaroonFormatException(error);
    }

    /// <summary>Parses a serialized macaroon within <see cref="MacaroonLimits.Default"/>; false instead of an exception when it is malformed.</summary>
    /// <param name="text">The serialized macaroon, untrusted.</param>
    /// <param name="macaroon">The macaroon, when the text is well formed.</param>
    /// <returns>Whether the text is a well-formed macaroon within the limits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Macaroon? macaroon) =>
        TryParse(text, MacaroonLimits.Default, out macaroon);

    /// <summary>Parses a serialized macaroon within the given limits; false instead of an exception when it is malformed.</summary>
    /// <param name="text">The serialized macaroon, untrusted.</param>
    /// <param name="limits">Bounds to enforce.</param>
    /// <param name="macaroon">The macaroon, when the text is well formed.</param>
    /// <returns>Whether the text is a well-formed macaroon within the limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, MacaroonLimits limits, [NotNullWhen(true)] out Macaroon? macaroon)
    {
        ArgumentNullException.ThrowIfNull(limits);
        macaroon = null;
        return text is not null && MacaroonSerializer.TryReadText(text, limits, out macaroon) is null;
    }

    /// <summary>Parses raw serialized bytes: v1 packets, v2 binary or UTF-8 JSON.</summary>
    /// <param name="data">The bytes, untrusted.</param>
    /// <param name="limits">Bounds to enforce.</param>
    /// <returns>The macaroon (its signature is not verified yet).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    /// <exception cref="MacaroonFormatException">The bytes are not a well-formed macaroon within the limits.</exception>
    public static Macaroon Parse(ReadOnlySpan<byte> data, MacaroonLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var error = MacaroonSerializer.TryReadBytes(data, limits, out var macaroon);
        return error is null ? macaroon! : throw new MacaroonFormatException(error);
    }

    /// <summary>Parses raw serialized bytes; false instead of an exception when they are malformed.</summary>
    /// <param name="data">The bytes, untrusted.</param>
    /// <param name="limits">Bounds to enforce.</param>
    /// <param name="macaroon">The macaroon, when the bytes are well formed.</param>
    /// <returns>Whether the bytes are a well-formed macaroon within the limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public static bool TryParse(ReadOnlySpan<byte> data, MacaroonLimits limits, [NotNullWhen(true)] out Macaroon? macaroon)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return MacaroonSerializer.TryReadBytes(data, limits, out macaroon) is null;
    }

    /// <summary>Parses text without copying it; false when malformed (the hot path of token verification).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, MacaroonLimits limits, [NotNullWhen(true)] out Macaroon? macaroon) =>
        MacaroonSerializer.TryReadText(text, limits, out macaroon) is null;

    /// <summary>Structural equality: location, identifier, caveats and signature (the signature in constant time).</summary>
    /// <param name="other">The other macaroon.</param>
    /// <returns>Whether both are the same macaroon.</returns>
    public bool Equals(Macaroon? other)
    {
        if (other is null)
        {
            return false;
        }

        if (!string.Equals(Location, other.Location, StringComparison.Ordinal)
            || !IdentifierBytes.AsSpan().SequenceEqual(other.IdentifierBytes)
            || caveats.Length != other.caveats.Length)
        {
            return false;
        }

        for (var i = 0; i < caveats.Length; i++)
        {
            if (!caveats[i].Equals(other.caveats[i]))
            {
                return false;
            }
        }

        return CryptographicOperations.FixedTimeEquals(SignatureBytes, other.SignatureBytes);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Macaroon);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(IdentifierBytes);
        hash.Add(caveats.Length);
        return hash.ToHashCode();
    }

    /// <summary>The location, identifier and number of caveats; never the signature.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString()
    {
        var id = Caveat.TryDecodeUtf8(IdentifierBytes) ?? Convert.ToBase64String(IdentifierBytes);
        return $"Macaroon(location: {Location}, identifier: {id}, caveats: {caveats.Length})";
    }

    internal Macaroon AddThirdPartyCaveat(ReadOnlySpan<byte> caveatKey, ReadOnlySpan<byte> caveatIdentifier, string location, ReadOnlySpan<byte> nonce)
    {
        ArgumentNullException.ThrowIfNull(location);
        Span<byte> derived = stackalloc byte[SignatureSize];
        MacaroonCrypto.DeriveKey(caveatKey, derived);
        var verificationId = MacaroonCrypto.SecretBoxSeal(SignatureBytes, nonce, derived);
        CryptographicOperations.ZeroMemory(derived);
        var signature = new byte[SignatureSize];
        MacaroonCrypto.Hmac2(SignatureBytes, verificationId, caveatIdentifier, signature);
        var caveat = new Caveat(caveatIdentifier.ToArray(), verificationId, location.Length == 0 ? null : location);
        return new Macaroon(Location, IdentifierBytes, [.. caveats, caveat], signature);
    }
}
