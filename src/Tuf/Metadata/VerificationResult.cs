namespace Bonded.Tuf;

/// <summary>The outcome of a threshold check: which trusted keys signed, which did not, and whether the threshold is met.</summary>
public sealed class VerificationResult
{
    internal VerificationResult(int threshold, IReadOnlySet<string> signed, IReadOnlySet<string> unsigned)
    {
        Threshold = threshold;
        SignedKeyIds = signed;
        UnsignedKeyIds = unsigned;
    }

    /// <summary>The role's threshold.</summary>
    public int Threshold { get; }

    /// <summary>Trusted key ids with a valid signature.</summary>
    public IReadOnlySet<string> SignedKeyIds { get; }

    /// <summary>Trusted key ids without a valid signature (missing, invalid, unknown or unsupported key).</summary>
    public IReadOnlySet<string> UnsignedKeyIds { get; }

    /// <summary>Whether at least <see cref="Threshold"/> trusted keys signed.</summary>
    public bool Verified => SignedKeyIds.Count >= Threshold;
}
