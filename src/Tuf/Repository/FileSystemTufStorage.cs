namespace Bonded.Tuf;

/// <summary>
/// Keeps files in a folder. A file that exists is replaced through a temporary file renamed over it (atomic on one file
/// system); a file that does not exist yet (the next versioned metadata file, which nothing refers to before the snapshot
/// and timestamp written after it) is written in place.
/// </summary>
public sealed class FileSystemTufStorage : ITufStorage
{
    private readonly string root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> knownDirectories = new(StringComparer.Ordinal);

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
    public ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = Resolve(path);

        // Synchronous, as the writes: opening a repository reads thousands of small files, and an async read per file
        // costs a thread-pool hop and a buffer each (file I/O is synchronous on Linux anyway).
        try
        {
            return ValueTask.FromResult<byte[]?>(File.ReadAllBytes(full));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return ValueTask.FromResult<byte[]?>(null);
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!knownDirectories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            knownDirectories.TryAdd(directory, 0);
        }

        // A file that does not exist yet (a new versioned file: nothing refers to it until a later snapshot or timestamp
        // does) is written in place, saving the temporary file and the rename; a file being replaced goes through a
        // temporary file renamed over it. A write interrupted in place leaves an unreferenced file that the retry replaces.
        if (TryWriteNew(full, directory, content.Span))
        {
            return ValueTask.CompletedTask;
        }

        // Synchronous writes through a handle: a publish writes thousands of small files, and an async file stream per
        // file costs a buffer, a state machine and a thread-pool hop each (file I/O is synchronous on Linux anyway).
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var handle = OpenNew(temporary, directory))
            {
                RandomAccess.Write(handle, content.Span, 0);
                if (Durable)
                {
                    RandomAccess.FlushToDisk(handle);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        File.Delete(Resolve(path));
        return ValueTask.CompletedTask;
    }

    private bool TryWriteNew(string full, string directory, ReadOnlySpan<byte> content)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            handle = OpenNew(full, directory);
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }

        try
        {
            using (handle)
            {
                RandomAccess.Write(handle, content, 0);
                if (Durable)
                {
                    RandomAccess.FlushToDisk(handle);
                }
            }
        }
        catch
        {
            File.Delete(full);
            throw;
        }

        return true;
    }

    private Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string temporary, string directory)
    {
        try
        {
            return File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (DirectoryNotFoundException)
        {
            // The folder was removed since it was first created here.
            Directory.CreateDirectory(directory);
            return File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
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
