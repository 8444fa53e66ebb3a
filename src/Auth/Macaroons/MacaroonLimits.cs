namespace Bonded.Auth.Macaroons;

/// <summary>Bounds that parsing enforces on untrusted serialized macaroons.</summary>
public sealed class MacaroonLimits
{
    /// <summary>The defaults: 16 KiB serialized, 64 caveats, 4 KiB per field.</summary>
    public static MacaroonLimits Default { get; } = new();

    /// <summary>Largest accepted serialized macaroon in bytes (after base64 decoding); default 16,384.</summary>
    public int MaxSerializedBytes { get; init; } = 16 * 1024;

    /// <summary>Largest accepted number of caveats; default 64.</summary>
    public int MaxCaveats { get; init; } = 64;

    /// <summary>Largest accepted location, identifier or verification id in bytes; default 4,096.</summary>
    public int MaxFieldBytes { get; init; } = 4096;
}
