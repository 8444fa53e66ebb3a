using Bonded.Index.Names;

namespace Bonded.Index.Pages;

/// <summary>A project as its simple index page shows it.</summary>
/// <param name="Name">The project name.</param>
/// <param name="Files">Its files, in the order to list them.</param>
public sealed record IndexProject(ProjectName Name, IReadOnlyList<IndexFile> Files)
{
    /// <summary>The PEP 792 status; a quarantined project's page lists no files and no versions.</summary>
    public ProjectStatus Status { get; init; } = ProjectStatus.Active;

    /// <summary>Free text explaining the status, or null.</summary>
    public string? StatusReason { get; init; }

    /// <summary>The PEP 700 versions, or null to take them from the file names (sorted by PEP 440).</summary>
    public IReadOnlyList<string>? Versions { get; init; }
}
