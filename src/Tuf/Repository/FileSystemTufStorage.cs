namespace Bonded.Tuf;

/// <summary>Keeps files in a folder; each write goes to a temporary file renamed over the target (atomic on one file system).</summary>
public sealed class FileSystemTufStorage : ITufStorage
{
    private readonly string root;

    /// <summary>Creates storage over a folder, creating it if needed.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="durable">Flush each file to the disk before renaming it (survives power loss; slower).</param>
    public FileSystemTufStorage(string directory, bool durable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        root = Path.GetFullPath(directory);
        Durable = durable;
        Directory.CreateDirectory(root);
    }

    /// <summary>The folder.</summary>
    public string RootDirectory => root;

    /// <summary>Whether writes are flushed to the disk before the rename.</summary>
    public bool Durable { get; }

    /// <inheritdoc/>
    public async ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        try
        {
            return await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public async ValueTask WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                if (Durable)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <inheritdoc/>
    public ValueTask DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(Resolve(path));
        return ValueTask.CompletedTask;
    }

    private string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{path}\" leaves the storage folder.", nameof(path));
        }

        return full;
    }
}
