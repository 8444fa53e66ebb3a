namespace Bonded.Scanning;

/// <summary>How a <see cref="PackageScanner"/> reads archives and turns findings into verdicts.</summary>
public sealed class ScanOptions
{
    /// <summary>Bounds on reading one archive.</summary>
    public ArchiveLimits Limits { get; set; } = new();

    /// <summary>
    /// Multipliers by check id for the default weight of a finding (severity × confidence): 0 mutes a check, 2 doubles it.
    /// The score adds the heaviest finding of each check.
    /// </summary>
    public IDictionary<string, double> Weights { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The score from which a package is <see cref="Verdict.Indeterminate"/> (default 0.5).</summary>
    public double IndeterminateThreshold { get; set; } = 0.5;

    /// <summary>The score from which a package is a <see cref="Verdict.Threat"/> (default 1.0).</summary>
    public double ThreatThreshold { get; set; } = 1.0;

    /// <summary>Reviewed false positives, suppressed from verdicts (still listed as suppressed).</summary>
    public IList<AllowlistEntry> Allowlist { get; } = [];

    /// <summary>Check ids that are not run.</summary>
    public ISet<string> DisabledChecks { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every problem with these options, empty when they are valid.</summary>
    /// <returns>One message per invalid option.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Limits is null)
        {
            errors.Add("Limits must be set.");
        }
        else
        {
            errors.AddRange(Limits.Validate());
        }

        if (!(IndeterminateThreshold > 0))
        {
            errors.Add("IndeterminateThreshold must be positive.");
        }

        if (!(ThreatThreshold >= IndeterminateThreshold))
        {
            errors.Add("ThreatThreshold must be at least IndeterminateThreshold.");
        }

        foreach (var (id, weight) in Weights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                errors.Add($"Weight of '{id}' must be a finite, non-negative number.");
            }
        }

        return errors;
    }
}

/// <summary>What the caller knows about an upload: the claimed project and the previous release to diff against.</summary>
public sealed class ScanContext
{
    /// <summary>The project the upload claims to belong to.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The previous release's distribution bytes, to report what the new one adds.</summary>
    public ReadOnlyMemory<byte>? PreviousRelease { get; init; }

    /// <summary>The previous release's file name (for its format), used with <see cref="PreviousRelease"/>.</summary>
    public string? PreviousReleaseFileName { get; init; }

    /// <summary>A path to the previous release's distribution, when it is on disk.</summary>
    public string? PreviousReleasePath { get; init; }
}
