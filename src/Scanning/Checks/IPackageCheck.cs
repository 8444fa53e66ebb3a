namespace Bonded.Scanning;

/// <summary>One detection technique: looks at a read package and reports findings with their evidence.</summary>
public interface IPackageCheck
{
    /// <summary>The stable identifier of the check, used in findings, weights and the allowlist (kebab-case).</summary>
    string Id { get; }

    /// <summary>What the check looks for, in one sentence.</summary>
    string Description { get; }

    /// <summary>The gravest severity the check reports.</summary>
    Severity Severity { get; }

    /// <summary>The usual confidence of the check's findings.</summary>
    Confidence Confidence { get; }

    /// <summary>Examines a package and returns what it found (nothing when the package is clean).</summary>
    /// <param name="package">The package, read safely and bounded.</param>
    /// <param name="cancellationToken">Stops a long check.</param>
    /// <returns>The findings, each with its evidence.</returns>
    IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken);
}
