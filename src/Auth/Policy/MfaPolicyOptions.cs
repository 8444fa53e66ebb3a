namespace Bonded.Auth.Policy;

/// <summary>Who must use a second factor, since when, and how many attempts are allowed.</summary>
public sealed class MfaPolicyOptions
{
    /// <summary>Which users must use a second factor.</summary>
    public MfaRequirement Requirement { get; set; } = MfaRequirement.None;

    /// <summary>From when the requirement is enforced; before it, the policy answers <see cref="MfaRequirementLevel.Recommended"/>. Null: enforced now.</summary>
    public DateTimeOffset? EnforcedFrom { get; set; }

    /// <summary>The critical projects (normalized names, compared case-insensitively).</summary>
    public ISet<string> CriticalProjects { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Password logins per user.</summary>
    public RateLimitRule LoginPerUser { get; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Password logins per client address (IPv6 counted per /64).</summary>
    public RateLimitRule LoginPerAddress { get; } = new() { PermitLimit = 50, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Second-factor attempts per user; keep it well below the guessing odds of a code (a 6-digit code with a window of 1 is 3 in a million per attempt).</summary>
    public RateLimitRule SecondFactorPerUser { get; } = new() { PermitLimit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Second-factor attempts per client address (IPv6 counted per /64).</summary>
    public RateLimitRule SecondFactorPerAddress { get; } = new() { PermitLimit = 25, Window = TimeSpan.FromMinutes(15) };

    internal IEnumerable<string> Validate(string prefix)
    {
        if (!Enum.IsDefined(Requirement))
        {
            yield return $"{prefix}{nameof(Requirement)} is not a known requirement.";
        }

        if (CriticalProjects.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{prefix}{nameof(CriticalProjects)} must not contain empty names.";
        }

        foreach (var error in LoginPerUser.Validate(prefix + nameof(LoginPerUser))
            .Concat(LoginPerAddress.Validate(prefix + nameof(LoginPerAddress)))
            .Concat(SecondFactorPerUser.Validate(prefix + nameof(SecondFactorPerUser)))
            .Concat(SecondFactorPerAddress.Validate(prefix + nameof(SecondFactorPerAddress))))
        {
            yield return error;
        }
    }
}
