namespace Bonded.Auth.Policy;

/// <summary>At most <see cref="PermitLimit"/> attempts per <see cref="Window"/> (a sliding window, approximated from two fixed ones).</summary>
public sealed class RateLimitRule
{
    /// <summary>Attempts allowed per window, 1 to 1,000,000.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window, one second to one day.</summary>
    public TimeSpan Window { get; set; }

    internal IEnumerable<string> Validate(string name)
    {
        if (PermitLimit is < 1 or > 1_000_000)
        {
            yield return $"{name}.{nameof(PermitLimit)} must be between 1 and 1000000 (was {PermitLimit}).";
        }

        if (Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1))
        {
            yield return $"{name}.{nameof(Window)} must be between one second and one day (was {Window}).";
        }
    }
}
