namespace Bonded.Auth.Tokens;

/// <summary>Whether a caveat holds for a request, and why not when it does not.</summary>
public readonly record struct CaveatResult
{
    private CaveatResult(string? reason) => Reason = reason;

    /// <summary>The caveat holds.</summary>
    public static CaveatResult Satisfied => default;

    /// <summary>Whether the caveat holds.</summary>
    public bool IsSatisfied => Reason is null;

    /// <summary>Why the caveat does not hold; null when it does.</summary>
    public string? Reason { get; }

    /// <summary>The caveat does not hold.</summary>
    /// <param name="reason">Why, in words fit for the token holder.</param>
    /// <returns>The failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static CaveatResult Failed(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new CaveatResult(reason);
    }
}
