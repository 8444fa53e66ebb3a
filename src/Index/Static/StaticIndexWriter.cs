using System.Buffers;
using Bonded.Index.Names;
using Bonded.Index.Pages;
using Microsoft.Win32.SafeHandles;

namespace Bonded.Index.Static;

/// <summary>Writes simple index pages to a folder (<c>index.html</c> and its PEP 691 twin <c>index.v1_json</c> per page), rewriting only pages whose bytes change.</summary>
/// <remarks>
/// The folder is the <c>simple/</c> directory: the root page at <c>index.html</c>, each project at <c>&lt;normalized-name&gt;/index.html</c>.
/// A page that changes is replaced atomically (written beside and renamed over), so a reader never sees half a page.
/// </remarks>
public sealed class StaticIndexWriter
{
    /// <summary>The file name of an HTML page.</summary>
    public const string HtmlFileName = "index.html";

    /// <summary>The file name of a JSON page.</summary>
    public const string JsonFileName = "index.v1_json";

    private readonly SimpleIndexWriter pages;

    /// <summary>Creates a writer.</summary>
    /// <param name="pages">The page renderer, or null for a new one.</param>
    public StaticIndexWriter(SimpleIndexWriter? pages = null) => this.pages = pages ?? new SimpleIndexWriter();

    /// <summary>Writes every page of an index: the root (projects sorted by normalized name) and each project; removes pages of projects no longer listed.</summary>
    /// <param name="projects">Every project of the index.</param>
    /// <param name="simpleDirectory">The <c>simple/</c> folder.</param>
    /// <param name="cancellationToken">Cancels the write between pages.</param>
    /// <returns>How many page files were written, left unchanged and removed.</returns>
    public StaticWriteResult WriteAll(IReadOnlyCollection<IndexProject> projects, string simpleDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentException.ThrowIfNullOrEmpty(simpleDirectory);
        Directory.CreateDirectory(simpleDirectory);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(simpleDirectory))
        {
            existing.Add(Path.GetFileName(directory));
        }

        var written = 0;
        var unchanged = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(
            projects,
            parallel,
            () => (Written: 0, Unchanged: 0, Buffer: new ArrayBufferWriter<byte>(16 * 1024)),
            (project, _, counts) =>
            {
                var (w, u) = WriteProjectCore(project, simpleDirectory, existing.Contains(project.Name.Normalized), counts.Buffer);
                return (counts.Written + w, counts.Unchanged + u, counts.Buffer);
            },
            counts =>
            {
                Interlocked.Add(ref written, counts.Written);
                Interlocked.Add(ref unchanged, counts.Unchanged);
            });

        var names = projects.Select(p => p.Name).ToArray();
        Array.Sort(names);
        var root = WriteRoot(names, simpleDirectory);
        written += root.PagesWritten;
        unchanged += root.PagesUnchanged;

        var removed = 0;
        var listed = new HashSet<string>(names.Select(n => n.Normalized), StringComparer.Ordinal);
        foreach (var directory in existing)
        {
            if (!listed.Contains(directory))
            {
                removed += RemoveProject(directory, simpleDirectory);
            }
        }

        return new StaticWriteResult(written, unchanged, removed);
    }

    /// <summary>Writes one project's two pages (an incremental update); the root page is not touched.</summary>
    /// <param name="project">The project.</param>
    /// <param name="simpleDirectory">The <c>simple/</c> folder.</param>
    /// <returns>How many page files were written or left unchanged.</returns>
    public StaticWriteResult WriteProject(IndexProject project, string simpleDirectory)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrEmpty(simpleDirectory);
        var (w, u) = WriteProjectCore(project, simpleDirectory, true, new ArrayBufferWriter<byte>(16 * 1024));
        return new StaticWriteResult(w, u, 0);
    }

    /// <summary>Writes the root page from project names in the order given (sort them for a stable page).</summary>
    /// <param name="names">The project names.</param>
    /// <param name="simpleDirectory">The <c>simple/</c> folder.</param>
    /// <returns>How many page files were written or left unchanged.</returns>
    public StaticWriteResult WriteRoot(IReadOnlyCollection<ProjectName> names, string simpleDirectory)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentException.ThrowIfNullOrEmpty(simpleDirectory);
        Directory.CreateDirectory(simpleDirectory);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, names.Count * 48));
        var written = 0;
        foreach (var format in (ReadOnlySpan<SimpleFormat>)[SimpleFormat.Html, SimpleFormat.Json])
        {
            buffer.ResetWrittenCount();
            pages.WriteRoot(names, format, buffer);
            written += WriteIfChanged(Path.Combine(simpleDirectory, format == SimpleFormat.Html ? HtmlFileName : JsonFileName), buffer.WrittenSpan, true) ? 1 : 0;
        }

        return new StaticWriteResult(written, 2 - written, 0);
    }

    /// <summary>Removes a project's pages and folder.</summary>
    /// <param name="normalizedName">The normalized project name (its folder name).</param>
    /// <param name="simpleDirectory">The <c>simple/</c> folder.</param>
    /// <returns>How many page files were removed.</returns>
    public static int RemoveProject(string normalizedName, string simpleDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalizedName);
        if (!ProjectName.IsValid(normalizedName))
        {
            throw new ArgumentException("Not a normalized project name.", nameof(normalizedName));
        }

        var directory = Path.Combine(simpleDirectory, normalizedName);
        var removed = 0;
        foreach (var page in (ReadOnlySpan<string>)[HtmlFileName, JsonFileName])
        {
            var path = Path.Combine(directory, page);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
            }
        }

        if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }

        return removed;
    }

    private (int Written, int Unchanged) WriteProjectCore(IndexProject project, string simpleDirectory, bool mayExist, ArrayBufferWriter<byte> buffer)
    {
        var directory = Path.Combine(simpleDirectory, project.Name.Normalized);
        if (!mayExist || !Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            mayExist = false;
        }

        var written = 0;
        foreach (var format in (ReadOnlySpan<SimpleFormat>)[SimpleFormat.Html, SimpleFormat.Json])
        {
            buffer.ResetWrittenCount();
            pages.WriteProject(project, format, buffer);
            written += WriteIfChanged(Path.Combine(directory, format == SimpleFormat.Html ? HtmlFileName : JsonFileName), buffer.WrittenSpan, mayExist) ? 1 : 0;
        }

        return (written, 2 - written);
    }

    internal static bool WriteIfChanged(string path, ReadOnlySpan<byte> content, bool mayExist)
    {
        if (mayExist && File.Exists(path))
        {
            if (SameContent(path, content))
            {
                return false;
            }

            var temporary = path + ".tmp-" + Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            WriteNew(temporary, content);
            File.Move(temporary, path, overwrite: true);
            return true;
        }

        WriteNew(path, content);
        return true;
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None, content.Length);
        RandomAccess.Write(handle, content, 0);
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != content.Length)
        {
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, 1 << 20));
        try
        {
            long offset = 0;
            while (offset < content.Length)
            {
                var read = RandomAccess.Read(handle, rented.AsSpan(0, (int)Math.Min(rented.Length, content.Length - offset)), offset);
                if (read <= 0 || !rented.AsSpan(0, read).SequenceEqual(content.Slice((int)offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

/// <summary>What a static write did.</summary>
/// <param name="PagesWritten">Page files created or replaced.</param>
/// <param name="PagesUnchanged">Page files whose bytes were already right.</param>
/// <param name="PagesRemoved">Page files removed.</param>
public readonly record struct StaticWriteResult(int PagesWritten, int PagesUnchanged, int PagesRemoved);
