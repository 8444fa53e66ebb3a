namespace Bonded.Tuf;

/// <summary>Fetches repository files from the local file system (<c>file:</c> URIs), for repositories in a folder.</summary>
public sealed class FileSystemTufFetcher : ITufFetcher
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not a <c>file:</c> URI.</exception>
    public Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || !uri.IsFile)
        {
            throw new ArgumentException($"{uri} is not a file: URI.", nameof(uri));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var path = uri.LocalPath;
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16384,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DownloadHttpException($"{path} does not exist.", 404);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DownloadHttpException($"{path} cannot be read: {e.Message}", 403);
        }
        catch (IOException e)
        {
            throw new DownloadException($"{path} cannot be read: {e.Message}", e);
        }
    }
}
