namespace Bonded.Tuf;

/// <summary>
/// The client's local trusted metadata: one unversioned file per role (<c>root.json</c>, <c>timestamp.json</c>, ...),
/// role names percent-encoded as in URLs so that no name escapes the folder, each write atomic (temporary file, rename).
/// </summary>
internal sealed class MetadataCache(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>The file name of a role: its name percent-encoded (RFC 3986 unreserved characters kept) plus <c>.json</c>.</summary>
    public static string FileName(string role) => Uri.EscapeDataString(role) + ".json";

    public async Task<byte[]?> TryReadAsync(string role, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(Path.Combine(Directory, FileName(role)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task WriteAsync(string role, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(Path.Combine(Directory, FileName(role)), data, cancellationToken);

    /// <summary>Writes a file through a temporary sibling and a rename, so readers see the old or the new bytes, never a mix.</summary>
    public static async Task WriteAtomicallyAsync(string path, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var temporary = TemporarySibling(path);
        try
        {
            await File.WriteAllBytesAsync(temporary, data, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A unique temporary file name beside <paramref name="path"/> (never ending in <c>.json</c>).</summary>
    public static string TemporarySibling(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", "." + Guid.NewGuid().ToString("N") + ".partial");
}
