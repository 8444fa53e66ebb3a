namespace Bonded.Tuf;

/// <summary>Counts the distinct trusted keys of a role whose signatures verify.</summary>
internal static class ThresholdVerifier
{
    public static VerificationResult Verify(IReadOnlyDictionary<string, Key> keys, Role role, ReadOnlySpan<byte> payload,
        IReadOnlyDictionary<string, Signature> signatures)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var signed = new HashSet<string>(StringComparer.Ordinal);
        var unsigned = new HashSet<string>(StringComparer.Ordinal);
        var seenPublicKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyId in role.KeyIds)
        {
            if (!keys.TryGetValue(keyId, out var key) || !signatures.TryGetValue(keyId, out var signature)
                || !VerifyOne(key, payload, signature.Value)
                || !seenPublicKeys.Add(key.KeyType + "\n" + key.PublicKey))
            {
                unsigned.Add(keyId);
                continue;
            }

            signed.Add(keyId);
        }

        return new VerificationResult(role.Threshold, signed, unsigned);
    }

    private static bool VerifyOne(Key key, ReadOnlySpan<byte> payload, string hex)
    {
        if (hex.Length % 2 != 0 || hex.Length > 4096)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[hex.Length / 2];
        if (Convert.FromHexString(hex, signature, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        try
        {
            return key.Verify(payload, signature);
        }
        catch (UnsupportedKeyTypeException)
        {
            return false;
        }
    }
}
