using System.Text;

namespace Bonded.Auth.Tokens;

/// <summary>
/// A registry token as its store keeps it: the per-token root key (secret), the identity it belongs to and the
/// caveats the server applies on top of those in the token. Deleting the record revokes the token.
/// </summary>
public sealed class ApiTokenRecord
{
    private byte[]? memoKey;
    private byte[]? memoSignature;
    private MintedChain? minted;

    /// <summary>Creates a record.</summary>
    /// <param name="id">The token id (the macaroon identifier).</param>
    /// <param name="rootKey">The secret root key.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="rootKey"/> is shorter than 16 bytes.</exception>
    public ApiTokenRecord(string id, byte[] rootKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(rootKey);
        if (rootKey.Length < 16)
        {
            throw new ArgumentException("A token root key has at least 16 bytes.", nameof(rootKey));
        }

        Id = id;
        RootKey = rootKey;
    }

    /// <summary>The token id: the identifier of the token's macaroon.</summary>
    public string Id { get; }

    /// <summary>The secret root key; never log or show it.</summary>
    public byte[] RootKey { get; }

    /// <summary>The user the token belongs to, or null for a trusted-publisher token.</summary>
    public string? UserId { get; init; }

    /// <summary>The trusted publisher the token belongs to, or null for a user token.</summary>
    public string? PublisherId { get; init; }

    /// <summary>What the owner called the token.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>When the token was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the token last verified successfully, or null if never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>The caveats the token was minted with (their predicates): for listing, and, kept byte-exact, to let verification continue the HMAC chain from them.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>Caveats held only by the server and applied at every verification (their predicates).</summary>
    public IReadOnlyList<string> StoredCaveats { get; init; } = [];

    /// <summary>A copy with another last-used time (stores use it to record use).</summary>
    /// <param name="lastUsedAt">The time of use.</param>
    /// <returns>The copy.</returns>
    public ApiTokenRecord WithLastUsed(DateTimeOffset lastUsedAt) => new(Id, RootKey)
    {
        UserId = UserId,
        PublisherId = PublisherId,
        Description = Description,
        CreatedAt = CreatedAt,
        LastUsedAt = lastUsedAt,
        Caveats = Caveats,
        StoredCaveats = StoredCaveats,
        memoKey = memoKey,
        memoSignature = memoSignature,
        minted = minted,
    };

    /// <summary>The id, owner and description; never the key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ApiToken({Id}, user: {UserId ?? PublisherId}, \"{Description}\")";

    /// <summary>The signature over the identifier (HMAC(derived root key, id)), memoized per key.</summary>
    internal void InitialSignature(Span<byte> destination, bool memoize = true)
    {
        var memo = memoize ? memoSignature : null;
        if (memo is not null && ReferenceEquals(memoKey, RootKey))
        {
            memo.CopyTo(destination);
            return;
        }

        Span<byte> derived = stackalloc byte[Macaroons.Macaroon.SignatureSize];
        Macaroons.MacaroonCrypto.DeriveKey(RootKey, derived);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(Id.Length);
        var identifier = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        identifier = identifier[..Encoding.UTF8.GetBytes(Id, identifier)];
        Macaroons.MacaroonCrypto.Hmac(derived, identifier, destination);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(derived);
        if (memoize)
        {
            memoSignature = destination[..Macaroons.Macaroon.SignatureSize].ToArray();
            memoKey = RootKey;
        }
    }

    /// <summary>
    /// The chain signature after the identifier and the caveats this record says the token was minted with, with
    /// those caveats' bytes; memoized per key. A token whose caveats start with exactly these bytes has exactly
    /// this signature at that point of its chain, so verification continues from here.
    /// </summary>
    internal MintedChain MintedSignature()
    {
        var chain = minted;
        if (chain is not null && ReferenceEquals(chain.Key, RootKey) && ReferenceEquals(chain.Source, Caveats))
        {
            return chain;
        }

        var caveats = new byte[Caveats.Count][];
        Span<byte> signature = stackalloc byte[Macaroons.Macaroon.SignatureSize];
        Span<byte> next = stackalloc byte[Macaroons.Macaroon.SignatureSize];
        InitialSignature(signature);
        for (var i = 0; i < caveats.Length; i++)
        {
            caveats[i] = Encoding.UTF8.GetBytes(Caveats[i]);
            Macaroons.MacaroonCrypto.Hmac(signature, caveats[i], next);
            next.CopyTo(signature);
        }

        chain = new MintedChain(RootKey, Caveats, caveats, signature.ToArray());
        minted = chain;
        return chain;
    }

    internal sealed record MintedChain(byte[] Key, IReadOnlyList<string> Source, byte[][] Caveats, byte[] Signature)
    {
        /// <summary>Whether this chain was computed from exactly this record's key and minted caveats.</summary>
        public bool Matches(ApiTokenRecord record)
        {
            if (record.Caveats.Count != Caveats.Length || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Key, record.RootKey))
            {
                return false;
            }

            for (var i = 0; i < Caveats.Length; i++)
            {
                if (!string.Equals(record.Caveats[i], Source[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
