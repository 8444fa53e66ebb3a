namespace LocalIndex.Signing;

/// <summary>A TUF target: its path (the URL path below the host root), length and hashes (hex).</summary>
internal sealed record TufTarget(string Path, long Length, string Sha256, string? Sha512 = null);

/// <summary>The host's TUF repository: targets added or removed in batches, each batch signed with the online key.</summary>
internal interface ITufTargets
{
    /// <summary>The folder whose files are served under <c>/tuf/</c>, or null when TUF is off.</summary>
    string? MetadataDirectory { get; }

    /// <summary>Creates the repository (development keys) on first start; re-signs roles close to expiry.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces <paramref name="upserts"/>, removes <paramref name="removals"/>, and signs bins, snapshot and timestamp.</summary>
    Task PublishAsync(IReadOnlyList<TufTarget> upserts, IReadOnlyList<string> removals, CancellationToken cancellationToken);

    /// <summary>Re-signs roles that expire within the refresh window (called periodically).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
