namespace Bonded.Tuf;

/// <summary>Opens files of a TUF repository for <see cref="TufUpdater"/>; the updater enforces lengths, timeouts and verification.</summary>
/// <remarks>
/// Implementations only transport bytes: <see cref="HttpTufFetcher"/> over HTTP and <see cref="FileSystemTufFetcher"/> for
/// <c>file:</c> URIs. Plug in another (object storage, a mirror list) by implementing this interface.
/// </remarks>
public interface ITufFetcher
{
    /// <summary>Opens a repository file for reading.</summary>
    /// <param name="uri">The absolute URI of the file.</param>
    /// <param name="cancellationToken">Cancels the request; the updater cancels it when its timeouts expire.</param>
    /// <returns>A stream of the file's bytes, which the caller disposes.</returns>
    /// <exception cref="DownloadHttpException">The repository answered with an error status; a missing file is 404.</exception>
    /// <exception cref="DownloadException">The file could not be fetched.</exception>
    Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken);
}
