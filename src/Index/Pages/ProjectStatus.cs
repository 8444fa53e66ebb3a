namespace Bonded.Index.Pages;

/// <summary>A PEP 792 project status marker.</summary>
public enum ProjectStatus
{
    /// <summary>The default: uploads allowed, files offered.</summary>
    Active,

    /// <summary>No further uploads expected; files still offered.</summary>
    Archived,

    /// <summary>Unsafe (e.g. malware): no uploads, and no files offered; the project page lists none.</summary>
    Quarantined,

    /// <summary>Obsolete, perhaps superseded; otherwise like active.</summary>
    Deprecated,
}
