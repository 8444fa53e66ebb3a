using System.Text;

namespace Bonded.Auth.Macaroons;

/// <summary>
/// One caveat of a macaroon: a first-party predicate the target service checks, or a third-party caveat
/// (identifier, encrypted verification id and location) that a discharge macaroon must satisfy.
/// </summary>
public sealed class Caveat : IEquatable<Caveat>
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    internal Caveat(byte[] identifier, byte[]? verificationId, string? location)
    {
        IdentifierBytes = identifier;
        VerificationIdBytes = verificationId;
        Location = location;
    }

    /// <summary>The caveat identifier: the predicate of a first-party caveat, the discharge id of a third-party one.</summary>
    public ReadOnlyMemory<byte> Identifier => IdentifierBytes;

    /// <summary>The verification id of a third-party caveat (the encrypted caveat key); empty for a first-party caveat.</summary>
    public ReadOnlyMemory<byte> VerificationId => VerificationIdBytes ?? [];

    /// <summary>Where the discharge of a third-party caveat is obtained; null for a first-party caveat.</summary>
    public string? Location { get; }

    /// <summary>Whether this is a first-party caveat (one with no verification id).</summary>
    public bool IsFirstParty => VerificationIdBytes is null;

    internal byte[] IdentifierBytes { get; }

    internal byte[]? VerificationIdBytes { get; }

    /// <summary>Creates a first-party caveat from its predicate bytes.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The caveat.</returns>
    public static Caveat FirstParty(ReadOnlySpan<byte> predicate) => new(predicate.ToArray(), null, null);

    /// <summary>Creates a first-party caveat from its predicate text (UTF-8).</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The caveat.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public static Caveat FirstParty(string predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new(Encoding.UTF8.GetBytes(predicate), null, null);
    }

    /// <summary>The identifier as text when it is valid UTF-8, otherwise null.</summary>
    /// <returns>The text or null.</returns>
    public string? IdentifierText() => TryDecodeUtf8(IdentifierBytes);

    /// <inheritdoc/>
    public bool Equals(Caveat? other) =>
        other is not null
        && IdentifierBytes.AsSpan().SequenceEqual(other.IdentifierBytes)
        && (VerificationIdBytes is null) == (other.VerificationIdBytes is null)
        && VerificationId.Span.SequenceEqual(other.VerificationId.Span)
        && string.Equals(Location, other.Location, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Caveat);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(IdentifierBytes);
        hash.Add(Location, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The predicate of a first-party caveat, or the location and identifier of a third-party one.</summary>
    /// <returns>A description without the verification id.</returns>
    public override string ToString()
    {
        var id = IdentifierText() ?? Convert.ToBase64String(IdentifierBytes);
        return IsFirstParty ? id : $"third-party {Location}: {id}";
    }

    internal static string? TryDecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
