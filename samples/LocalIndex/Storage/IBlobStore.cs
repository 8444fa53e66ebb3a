namespace LocalIndex.Storage;

/// <summary>
/// Where distribution files live. The embedded default is a folder (<see cref="FileSystemBlobStore"/>);
/// object storage implements the same four steps: stage, commit, read, delete.
/// </summary>
internal interface IBlobStore
{
    /// <summary>Opens a new staging area for an upload's bytes; nothing is visible until <see cref="CommitAsync"/>.</summary>
    StagedBlob Stage();

    /// <summary>Makes a staged blob visible under <paramref name="key"/> atomically; false when the key exists already.</summary>
    Task<bool> CommitAsync(StagedBlob staged, string key, CancellationToken cancellationToken = default);

    /// <summary>Opens a committed blob for reading, or null.</summary>
    Stream? OpenRead(string key);

    /// <summary>Deletes a committed blob (used to roll back when the database refuses the upload).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>An upload's bytes being written: a write stream, then a read stream for validation and scanning.</summary>
internal sealed class StagedBlob : IDisposable
{
    private bool committed;

    public StagedBlob(string path)
    {
        Path = path;
    }

    /// <summary>The staging file (private to the host).</summary>
    public string Path { get; }

    public Stream OpenWrite() => new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    internal void MarkCommitted() => committed = true;

    public void Dispose()
    {
        if (!committed)
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Blob keys: the URL path of a file below <c>/files/</c>, which is also its TUF target path.</summary>
internal static class BlobKeys
{
    public static string ForFile(string normalizedProject, string filename) => $"{normalizedProject}/{filename}";
}

/// <summary>Files in <c>DATA/files/&lt;project&gt;/&lt;filename&gt;</c>, staged in <c>DATA/tmp</c> on the same volume so commit is one rename.</summary>
internal sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string root;
    private readonly string staging;

    public FileSystemBlobStore(string dataDirectory)
    {
        root = System.IO.Path.Combine(dataDirectory, "files");
        staging = System.IO.Path.Combine(dataDirectory, "tmp");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(staging);
        foreach (var leftover in Directory.EnumerateFiles(staging))
        {
            File.Delete(leftover);
        }
    }

    public string Root => root;

    public StagedBlob Stage() => new(System.IO.Path.Combine(staging, Guid.NewGuid().ToString("N") + ".part"));

    public Task<bool> CommitAsync(StagedBlob staged, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var target = PathOf(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.Path, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            return Task.FromResult(false);
        }

        staged.MarkCommitted();
        return Task.FromResult(true);
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Maps a key to a path inside the root; keys come from validated names, but a key that escapes is refused anyway.</summary>
    public string PathOf(string key)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, key));
        if (!full.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The blob key leaves the files folder.", nameof(key));
        }

        return full;
    }
}
