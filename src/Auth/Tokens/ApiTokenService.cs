using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Macaroons;

namespace Bonded.Auth.Tokens;

/// <summary>
/// Issues, verifies, attenuates, lists and revokes registry API tokens: macaroons (libmacaroons v2 binary,
/// base64url) behind a configurable prefix, each with its own random root key held by an <see cref="IApiTokenStore"/>.
/// </summary>
/// <remarks>
/// Verification checks, in order: prefix and form, that the token is stored (not revoked), the HMAC chain (so a
/// removed, reordered or altered caveat fails), then every caveat in the token and every caveat stored with it.
/// Caveat contents are parsed only after the signature holds.
/// </remarks>
public sealed class ApiTokenService
{
    private readonly IApiTokenStore store;
    private readonly ApiTokenOptions options;
    private readonly TimeProvider timeProvider;
    private readonly CaveatTypeRegistry caveatTypes;
    private readonly MacaroonLimits limits;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ApiTokenRecord.MintedChain> mintedChains = new(StringComparer.Ordinal);

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where tokens live.</param>
    /// <param name="options">The options (validated here).</param>
    /// <param name="timeProvider">The clock for expiry and last-used times.</param>
    /// <param name="caveatTypes">The caveat kinds understood; the built-in ones plus <see cref="ApiTokenOptions.CaveatTypes"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ApiTokenService(IApiTokenStore store, ApiTokenOptions options, TimeProvider timeProvider, CaveatTypeRegistry? caveatTypes = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        this.store = store;
        this.options = options;
        this.timeProvider = timeProvider;
        if (caveatTypes is null)
        {
            caveatTypes = new CaveatTypeRegistry();
            foreach (var type in options.CaveatTypes)
            {
                caveatTypes.Register(type);
            }
        }

        this.caveatTypes = caveatTypes;
        limits = new MacaroonLimits { MaxSerializedBytes = options.MaxTokenLength, MaxCaveats = options.MaxCaveats, MaxFieldBytes = options.MaxTokenLength };
    }

    /// <summary>
    /// Whether verification continues the HMAC chain from the signature the record's minted caveats produce
    /// (memoized per record) when the token starts with exactly those caveats; false recomputes the whole chain.
    /// </summary>
    internal bool ReuseMintedChain { get; set; } = true;

    /// <summary>Raised on every security-relevant token event (creation, revocation, an invalid signature), for audit logs; carries ids, never tokens.</summary>
    public event EventHandler<ApiTokenEvent>? TokenEvent;

    /// <summary>The caveat kinds this service understands.</summary>
    public CaveatTypeRegistry CaveatTypes => caveatTypes;

    /// <summary>Issues a token. A user token always carries a <see cref="UserCaveat"/>, a publisher token a <see cref="TrustedPublisherCaveat"/>.</summary>
    /// <param name="spec">Owner, description and caveats.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The token (shown once) and its record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> is null.</exception>
    /// <exception cref="ArgumentException">The spec names no owner or both kinds of owner.</exception>
    public async ValueTask<CreatedApiToken> CreateAsync(ApiTokenSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (string.IsNullOrEmpty(spec.UserId) == string.IsNullOrEmpty(spec.PublisherId))
        {
            throw new ArgumentException("A token belongs to exactly one user or one trusted publisher.", nameof(spec));
        }

        var id = Guid.NewGuid().ToString("D");
        var rootKey = RandomNumberGenerator.GetBytes(options.RootKeyBytes);
        TokenCaveat owner = spec.UserId is not null ? new UserCaveat(spec.UserId) : new TrustedPublisherCaveat(spec.PublisherId!);
        var caveats = new List<string>(spec.Caveats.Count + 1);
        var macaroon = Macaroon.Create(rootKey, id, options.Location);
        foreach (var caveat in spec.Caveats.Append(owner))
        {
            ArgumentNullException.ThrowIfNull(caveat);
            var predicate = caveat.ToPredicate();
            macaroon = macaroon.AddFirstPartyCaveat(predicate);
            caveats.Add(Encoding.UTF8.GetString(predicate));
        }

        var record = new ApiTokenRecord(id, rootKey)
        {
            UserId = spec.UserId,
            PublisherId = spec.PublisherId,
            Description = spec.Description,
            CreatedAt = timeProvider.GetUtcNow(),
            Caveats = caveats,
            StoredCaveats = [.. spec.StoredCaveats.Select(c => c.ToString())],
        };
        await store.AddAsync(record, cancellationToken).ConfigureAwait(false);
        Raise(ApiTokenEventKind.Created, id, spec.UserId ?? spec.PublisherId);
        return new CreatedApiToken(options.Prefix + macaroon.Serialize(MacaroonFormat.V2), record);
    }

    /// <summary>Verifies a token for a request; records its use when valid.</summary>
    /// <param name="token">The token as presented (untrusted).</param>
    /// <param name="request">What the token is used for.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The identity the token authenticates, or why it was refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public async ValueTask<ApiTokenVerification> VerifyAsync(string? token, TokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = PeekIdentifier(token, out var macaroon, out var error);
        if (id is null)
        {
            return ApiTokenVerification.Refused(ApiTokenFailure.Malformed, error!);
        }

        var record = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return ApiTokenVerification.Refused(ApiTokenFailure.UnknownToken, "token is revoked or unknown");
        }

        var now = timeProvider.GetUtcNow();
        var result = Check(macaroon!, record, request, now);
        if (result.IsValid && (record.LastUsedAt is not { } last || now - last >= options.LastUsedResolution))
        {
            await store.RecordUseAsync(record.Id, now, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Whether the token's own signature is valid for a stored token, ignoring its caveats (for leak reports).</summary>
    /// <param name="token">The token, untrusted.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored record when the token is authentic, otherwise null.</returns>
    public async ValueTask<ApiTokenRecord?> FindAuthenticAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (macaroon, id, _) = Read(token);
        if (macaroon is null)
        {
            return null;
        }

        var record = await store.FindAsync(id!, cancellationToken).ConfigureAwait(false);
        return record is not null && SignatureMatches(macaroon, record, ReuseMintedChain) ? record : null;
    }

    /// <summary>Attenuates a token as its holder may: adds caveats without any key. The result is never broader than the input.</summary>
    /// <param name="token">The token.</param>
    /// <param name="caveats">The caveats to add.</param>
    /// <returns>The attenuated token.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MacaroonFormatException">The token is not a well-formed token of this registry.</exception>
    public string Attenuate(string token, IEnumerable<TokenCaveat> caveats)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(caveats);
        var (macaroon, _, error) = Read(token);
        if (macaroon is null)
        {
            throw new MacaroonFormatException(error!);
        }

        foreach (var caveat in caveats)
        {
            ArgumentNullException.ThrowIfNull(caveat);
            macaroon = macaroon.AddFirstPartyCaveat(caveat.ToPredicate());
        }

        return options.Prefix + macaroon.Serialize(MacaroonFormat.V2);
    }

    /// <summary>Reads a token's macaroon (without verifying it), for inspection.</summary>
    /// <param name="token">The token, untrusted.</param>
    /// <param name="macaroon">The macaroon when the token is well formed.</param>
    /// <returns>Whether the token is a well-formed token of this registry.</returns>
    public bool TryReadToken([NotNullWhen(true)] string? token, [NotNullWhen(true)] out Macaroon? macaroon)
    {
        (macaroon, _, _) = Read(token);
        return macaroon is not null;
    }

    /// <summary>Lists the tokens of a user or trusted publisher.</summary>
    /// <param name="ownerId">The user id or publisher id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records (they hold root keys: show only ids, descriptions, caveats and times).</returns>
    public ValueTask<IReadOnlyList<ApiTokenRecord>> ListAsync(string ownerId, CancellationToken cancellationToken = default) =>
        store.ListAsync(ownerId, cancellationToken);

    /// <summary>Revokes a token by deleting it; false when there was none. It does not check who asks: check first that the id is among the caller's tokens.</summary>
    /// <param name="tokenId">The token id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether a token was revoked.</returns>
    public async ValueTask<bool> RevokeAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        var revoked = await store.DeleteAsync(tokenId, cancellationToken).ConfigureAwait(false);
        if (revoked)
        {
            Raise(ApiTokenEventKind.Revoked, tokenId, null);
        }

        return revoked;
    }

    private void Raise(ApiTokenEventKind kind, string tokenId, string? owner) =>
        TokenEvent?.Invoke(this, new ApiTokenEvent(kind, tokenId, owner, timeProvider.GetUtcNow()));

    private string? PeekIdentifier(string? token, out Macaroon? macaroon, out string? error)
    {
        (macaroon, var id, error) = Read(token);
        return id;
    }

    private (Macaroon? Macaroon, string? Id, string? Error) Read(string? token)
    {
        if (token is null || token.Length > options.MaxTokenLength)
        {
            return (null, null, "token is missing or too long");
        }

        if (!token.StartsWith(options.Prefix, StringComparison.Ordinal))
        {
            return (null, null, "token does not have the expected prefix");
        }

        var body = token.AsSpan(options.Prefix.Length);
        if (body.IsEmpty || body[0] == '{')
        {
            return (null, null, "token is not a serialized macaroon");
        }

        if (!Macaroon.TryParse(body, limits, out var macaroon))
        {
            return (null, null, "token is not a well-formed macaroon");
        }

        var id = Caveat.TryDecodeUtf8(macaroon.IdentifierBytes);
        return id is null or { Length: 0 or > 128 } ? (null, null, "token identifier is malformed") : (macaroon, id, null);
    }

    /// <summary>Most minted chains remembered across record instances (a store that loads fresh records per request).</summary>
    internal const int MintedChainCacheSize = 8192;

    /// <summary>
    /// The record's minted chain, reused across record instances: a store backed by a database returns a fresh
    /// record per lookup, so the chain is also kept here by token id and reused only when the stored key and
    /// minted caveats are byte-for-byte those it was computed from. Lookups still go to the store every time, so
    /// deleting a record still revokes its token at once.
    /// </summary>
    private ApiTokenRecord.MintedChain MintedChain(ApiTokenRecord record)
    {
        if (mintedChains.TryGetValue(record.Id, out var cached) && cached.Matches(record))
        {
            return cached;
        }

        var chain = record.MintedSignature();
        if (mintedChains.Count >= MintedChainCacheSize)
        {
            mintedChains.Clear();
        }

        mintedChains[record.Id] = chain;
        return chain;
    }

    private bool SignatureMatches(Macaroon macaroon, ApiTokenRecord record, bool reuseMintedChain)
    {
        Span<byte> signature = stackalloc byte[Macaroon.SignatureSize];
        Span<byte> next = stackalloc byte[Macaroon.SignatureSize];
        var caveats = macaroon.CaveatArray;
        var start = 0;
        var minted = reuseMintedChain ? MintedChain(record) : null;
        if (minted is not null && StartsWith(caveats, minted.Caveats))
        {
            minted.Signature.CopyTo(signature);
            start = minted.Caveats.Length;
        }
        else
        {
            record.InitialSignature(signature, memoize: reuseMintedChain);
        }

        for (var i = start; i < caveats.Length; i++)
        {
            MacaroonCrypto.Hmac(signature, caveats[i].IdentifierBytes, next);
            next.CopyTo(signature);
        }

        return CryptographicOperations.FixedTimeEquals(signature, macaroon.SignatureBytes);
    }

    private static bool StartsWith(Caveat[] caveats, byte[][] prefix)
    {
        if (caveats.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!caveats[i].IdentifierBytes.AsSpan().SequenceEqual(prefix[i]))
            {
                return false;
            }
        }

        return true;
    }

    private ApiTokenVerification Check(Macaroon macaroon, ApiTokenRecord record, TokenRequest request, DateTimeOffset now)
    {
        foreach (var caveat in macaroon.CaveatArray)
        {
            if (!caveat.IsFirstParty)
            {
                return ApiTokenVerification.Refused(ApiTokenFailure.InvalidCaveat, "token has a third-party caveat, which registry tokens do not support", record);
            }
        }

        if (!SignatureMatches(macaroon, record, ReuseMintedChain))
        {
            Raise(ApiTokenEventKind.InvalidSignature, record.Id, record.UserId ?? record.PublisherId);
            return ApiTokenVerification.Refused(ApiTokenFailure.InvalidSignature, "signatures do not match", record);
        }

        var context = new CaveatContext(request, now, record.UserId, record.PublisherId);
        foreach (var caveat in macaroon.CaveatArray)
        {
            var refusal = CheckCaveat(caveat.IdentifierBytes, context, record);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        foreach (var stored in record.StoredCaveats)
        {
            var refusal = CheckCaveat(Encoding.UTF8.GetBytes(stored), context, record);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return ApiTokenVerification.Valid(record);
    }

    private ApiTokenVerification? CheckCaveat(ReadOnlySpan<byte> predicate, CaveatContext context, ApiTokenRecord record)
    {
        if (!caveatTypes.TryRead(predicate, out var typed, out var error))
        {
            return ApiTokenVerification.Refused(ApiTokenFailure.InvalidCaveat, error, record);
        }

        var result = typed.Verify(context);
        return result.IsSatisfied ? null : ApiTokenVerification.Refused(ApiTokenFailure.CaveatNotSatisfied, result.Reason!, record);
    }
}
