namespace Bonded.Index.Pages;

/// <summary>One distribution file as a project page lists it.</summary>
/// <param name="FileName">The file name, e.g. <c>frob-1.0-py3-none-any.whl</c>.</param>
/// <param name="Url">The URL of the file, absolute or relative to the project page (already percent-encoded as needed).</param>
/// <param name="Size">The size in bytes (PEP 700).</param>
public sealed record IndexFile(string FileName, string Url, long Size)
{
    /// <summary>Hex digests by hash name (e.g. <c>sha256</c>); sha256 is the one put in the HTML URL fragment.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; init; } = new Dictionary<string, string>();

    /// <summary>When the file was uploaded (PEP 700), or null.</summary>
    public DateTimeOffset? UploadTime { get; init; }

    /// <summary>The file's Requires-Python, as written in its metadata, or null.</summary>
    public string? RequiresPython { get; init; }

    /// <summary>Whether the file is yanked (PEP 592).</summary>
    public bool Yanked { get; init; }

    /// <summary>Why the file was yanked, or null; a non-null reason implies <see cref="Yanked"/>.</summary>
    public string? YankedReason { get; init; }

    /// <summary>Hex digests of the PEP 658 <c>.metadata</c> file by hash name, or null when the index serves none.</summary>
    public IReadOnlyDictionary<string, string>? CoreMetadataHashes { get; init; }

    /// <summary>The URL of the PEP 740 provenance file, or null when there is none.</summary>
    public string? ProvenanceUrl { get; init; }

    internal bool IsYanked => Yanked || YankedReason is not null;
}
