namespace Bonded.Tuf;

/// <summary>Where a repository keeps its metadata files (a folder, object storage, ...). Paths are file names such as <c>3.snapshot.json</c>.</summary>
/// <remarks>
/// <see cref="WriteAsync"/> must replace a file atomically: a reader sees the old or the new content, never a mix.
/// Implementations must be safe to call from several threads at once.
/// </remarks>
public interface ITufStorage
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The content, or null when the file does not exist.</returns>
    ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Creates or atomically replaces a file.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="content">The content.</param>
    /// <param name="cancellationToken">Cancels the write (the old content stays).</param>
    /// <returns>A task that completes once the file is in place.</returns>
    ValueTask WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Deletes a file if it exists.</summary>
    /// <param name="path">The relative path.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes once the file is gone.</returns>
    ValueTask DeleteAsync(string path, CancellationToken cancellationToken = default);
}
