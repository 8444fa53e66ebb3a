namespace Bonded.Tuf;

/// <summary>Limits the strict JSON reader enforces on untrusted input.</summary>
public sealed class JsonReadLimits
{
    /// <summary>The defaults: 64 MiB and 32 levels of nesting.</summary>
    public static JsonReadLimits Default { get; } = new();

    /// <summary>The largest document accepted, in bytes.</summary>
    public int MaxBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = 32;
}
