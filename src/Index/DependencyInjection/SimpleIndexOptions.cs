using Bonded.Index.Files;

namespace Bonded.Index;

/// <summary>Options of Bonded.Index.</summary>
public sealed class SimpleIndexOptions
{
    /// <summary>Limits for reading untrusted distribution archives.</summary>
    public ArchiveLimits ArchiveLimits { get; set; } = new();

    internal IEnumerable<string> Validate() => ArchiveLimits is null ? ["SimpleIndexOptions.ArchiveLimits must be set."] : ArchiveLimits.Validate();
}
