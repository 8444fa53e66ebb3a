namespace Bonded.Tuf;

/// <summary>
/// The keys of a repository's roles. Day-to-day publishing needs only the online keys (snapshot, timestamp, bins);
/// root and targets are offline keys, needed to create the repository, rotate keys and refresh targets.
/// </summary>
public sealed class TufSigners
{
    /// <summary>The root key (offline), or null.</summary>
    public ISigner? Root { get; init; }

    /// <summary>The targets key (offline), or null.</summary>
    public ISigner? Targets { get; init; }

    /// <summary>The snapshot key (online).</summary>
    public required ISigner Snapshot { get; init; }

    /// <summary>The timestamp key (online).</summary>
    public required ISigner Timestamp { get; init; }

    /// <summary>The key of every hash bin (online).</summary>
    public required ISigner Bins { get; init; }

    /// <summary>The signer for a role name: root, targets, snapshot, timestamp or bins.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The signer, or null when absent.</returns>
    public ISigner? For(string role) => role switch
    {
        "root" => Root,
        "targets" => Targets,
        "snapshot" => Snapshot,
        "timestamp" => Timestamp,
        "bins" => Bins,
        _ => null,
    };

    internal TufSigners With(string role, ISigner signer) => new()
    {
        Root = role == "root" ? signer : Root,
        Targets = role == "targets" ? signer : Targets,
        Snapshot = role == "snapshot" ? signer : Snapshot,
        Timestamp = role == "timestamp" ? signer : Timestamp,
        Bins = role == "bins" ? signer : Bins,
    };
}
