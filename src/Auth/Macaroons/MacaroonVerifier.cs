using System.Security.Cryptography;
using System.Text;

namespace Bonded.Auth.Macaroons;

/// <summary>Decides whether one first-party caveat predicate is satisfied.</summary>
/// <param name="predicate">The caveat identifier bytes.</param>
/// <returns>Whether the predicate holds for the request at hand.</returns>
public delegate bool CaveatPredicate(ReadOnlySpan<byte> predicate);

/// <summary>
/// Verifies a macaroon and its discharges: every first-party caveat must be satisfied by an exact predicate or a
/// general callback, every third-party caveat must be discharged by a bound discharge macaroon, and every
/// signature in the tree must match. Configure once, then reuse; <see cref="Verify"/> is thread-safe.
/// </summary>
public sealed class MacaroonVerifier
{
    private const int MaxDischargeDepth = 16;
    private readonly List<byte[]> exact = [];
    private readonly List<CaveatPredicate> general = [];

    /// <summary>Accepts first-party caveats whose identifier equals <paramref name="predicate"/> exactly.</summary>
    /// <param name="predicate">The predicate (UTF-8).</param>
    /// <returns>This verifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public MacaroonVerifier SatisfyExact(string predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        exact.Add(Encoding.UTF8.GetBytes(predicate));
        return this;
    }

    /// <summary>Accepts first-party caveats for which <paramref name="predicate"/> returns true.</summary>
    /// <param name="predicate">The callback.</param>
    /// <returns>This verifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public MacaroonVerifier SatisfyGeneral(CaveatPredicate predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        general.Add(predicate);
        return this;
    }

    /// <summary>Verifies <paramref name="macaroon"/> against its root key with the given discharges.</summary>
    /// <param name="macaroon">The authorizing macaroon.</param>
    /// <param name="rootKey">The root key it was minted with.</param>
    /// <param name="discharges">Discharge macaroons bound to <paramref name="macaroon"/>, one per third-party caveat.</param>
    /// <returns>Whether every signature matches and every caveat is satisfied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="macaroon"/> is null.</exception>
    public bool Verify(Macaroon macaroon, ReadOnlySpan<byte> rootKey, IReadOnlyList<Macaroon>? discharges = null)
    {
        ArgumentNullException.ThrowIfNull(macaroon);
        Span<byte> key = stackalloc byte[Macaroon.SignatureSize];
        MacaroonCrypto.DeriveKey(rootKey, key);
        var used = discharges is { Count: > 0 } ? new bool[discharges.Count] : [];
        var ok = VerifyCore(macaroon, macaroon, key, discharges ?? [], used, 0);
        CryptographicOperations.ZeroMemory(key);
        return ok;
    }

    private bool VerifyCore(Macaroon root, Macaroon macaroon, ReadOnlySpan<byte> key, IReadOnlyList<Macaroon> discharges, bool[] used, int depth)
    {
        if (depth > MaxDischargeDepth)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[Macaroon.SignatureSize];
        Span<byte> next = stackalloc byte[Macaroon.SignatureSize];
        MacaroonCrypto.Hmac(key, macaroon.IdentifierBytes, signature);
        var satisfied = true;
        foreach (var caveat in macaroon.CaveatArray)
        {
            if (caveat.IsFirstParty)
            {
                satisfied &= IsSatisfied(caveat.IdentifierBytes);
                MacaroonCrypto.Hmac(signature, caveat.IdentifierBytes, next);
            }
            else
            {
                satisfied &= VerifyThirdParty(root, caveat, signature, discharges, used, depth);
                MacaroonCrypto.Hmac2(signature, caveat.VerificationIdBytes, caveat.IdentifierBytes, next);
            }

            next.CopyTo(signature);
        }

        if (!ReferenceEquals(root, macaroon))
        {
            MacaroonCrypto.Bind(root.SignatureBytes, signature, next);
            next.CopyTo(signature);
        }

        return CryptographicOperations.FixedTimeEquals(signature, macaroon.SignatureBytes) & satisfied;
    }

    private bool VerifyThirdParty(Macaroon root, Caveat caveat, ReadOnlySpan<byte> signature, IReadOnlyList<Macaroon> discharges, bool[] used, int depth)
    {
        Span<byte> caveatKey = stackalloc byte[Macaroon.SignatureSize];
        if (!MacaroonCrypto.SecretBoxOpen(signature, caveat.VerificationIdBytes, caveatKey))
        {
            return false;
        }

        for (var i = 0; i < discharges.Count; i++)
        {
            if (used[i] || !discharges[i].IdentifierBytes.AsSpan().SequenceEqual(caveat.IdentifierBytes))
            {
                continue;
            }

            used[i] = true;
            if (VerifyCore(root, discharges[i], caveatKey, discharges, used, depth + 1))
            {
                CryptographicOperations.ZeroMemory(caveatKey);
                return true;
            }

            used[i] = false;
        }

        CryptographicOperations.ZeroMemory(caveatKey);
        return false;
    }

    private bool IsSatisfied(byte[] predicate)
    {
        foreach (var candidate in exact)
        {
            if (candidate.AsSpan().SequenceEqual(predicate))
            {
                return true;
            }
        }

        foreach (var callback in general)
        {
            if (callback(predicate))
            {
                return true;
            }
        }

        return false;
    }
}
