namespace Bonded.Scanning;

/// <summary>A reviewed false positive: findings that match every given part are suppressed.</summary>
public sealed class AllowlistEntry
{
    /// <summary>Creates an entry; at least one part must be given.</summary>
    /// <param name="project">The project name (compared normalised, PEP 503), or null for any project.</param>
    /// <param name="checkId">The check id, or null for any check.</param>
    /// <param name="sha256">The SHA-256 (hex) of the file the finding is in, or of the whole distribution, or null for any content.</param>
    /// <param name="reason">Why the entry exists (who reviewed what).</param>
    /// <exception cref="ArgumentException">No part is given.</exception>
    public AllowlistEntry(string? project, string? checkId, string? sha256, string? reason = null)
    {
        if (string.IsNullOrEmpty(project) && string.IsNullOrEmpty(checkId) && string.IsNullOrEmpty(sha256))
        {
            throw new ArgumentException("An allowlist entry needs a project, a check id or a content hash.");
        }

        Project = string.IsNullOrEmpty(project) ? null : project;
        CheckId = string.IsNullOrEmpty(checkId) ? null : checkId;
        Sha256 = string.IsNullOrEmpty(sha256) ? null : sha256.ToLowerInvariant();
        Reason = reason;
    }

    /// <summary>The project name, or null for any.</summary>
    public string? Project { get; }

    /// <summary>The check id, or null for any.</summary>
    public string? CheckId { get; }

    /// <summary>The content hash (lower-case hex), or null for any.</summary>
    public string? Sha256 { get; }

    /// <summary>Why the entry exists.</summary>
    public string? Reason { get; }

    internal bool Matches(Finding finding, string? project, string archiveSha256) =>
        (CheckId is null || string.Equals(CheckId, finding.CheckId, StringComparison.Ordinal)) &&
        (Project is null || (project is not null && string.Equals(Names.Normalize(Project), Names.Normalize(project), StringComparison.Ordinal))) &&
        (Sha256 is null || string.Equals(Sha256, finding.FileSha256, StringComparison.Ordinal) || string.Equals(Sha256, archiveSha256, StringComparison.Ordinal));
}
