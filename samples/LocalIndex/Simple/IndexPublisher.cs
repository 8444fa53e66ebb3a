using System.Collections.Concurrent;
using System.Security.Cryptography;
using Bonded.Index.Names;
using Bonded.Index.Pages;
using LocalIndex.Signing;
using LocalIndex.Storage;

namespace LocalIndex.Simple;

/// <summary>A rendered page with the validators and digests that serving and TUF need.</summary>
internal sealed class RenderedPage
{
    public RenderedPage(byte[] content, string contentType)
    {
        Content = content;
        ContentType = contentType;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Sha512 = Convert.ToHexStringLower(SHA512.HashData(content));
        ETag = "\"" + Sha256[..32] + "\"";
        ETagValue = ETag;
    }

    public byte[] Content { get; }

    public string ContentType { get; }

    public string Sha256 { get; }

    public string Sha512 { get; }

    public string ETag { get; }

    /// <summary>The ETag as a header value (allocated once).</summary>
    public Microsoft.Extensions.Primitives.StringValues ETagValue { get; }
}

/// <summary>A project's two pages (HTML and JSON).</summary>
internal sealed record ProjectPages(RenderedPage Html, RenderedPage Json);

/// <summary>
/// Keeps the simple pages rendered in memory and the TUF repository in step with the database. Every change
/// (upload, yank, quarantine release) goes through <see cref="PublishAsync"/>; concurrent changes are grouped into
/// one batch, and batches run one at a time, so pages and signatures never interleave (signing is serialized).
/// </summary>
internal sealed class IndexPublisher(IRegistryStore store, SimpleIndexWriter writer, ITufTargets tuf, ILogger<IndexPublisher> logger)
{
    public static readonly string HtmlType = SimpleIndexWriter.ContentTypeOf(SimpleFormat.Html);
    public static readonly string JsonType = SimpleIndexWriter.ContentTypeOf(SimpleFormat.Json);

    private readonly ConcurrentDictionary<string, ProjectPages> projects = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<Pending> pending = [];
    private volatile ProjectPages? root;

    private sealed record Pending(string Project, IReadOnlyList<TufTarget> Upserts, IReadOnlyList<string> Removals, TaskCompletionSource Done);

    public ProjectPages? Root => root;

    public ProjectPages? Project(string normalizedName) => projects.GetValueOrDefault(normalizedName);

    /// <summary>Renders every page from the database and brings TUF up to date (start-up).</summary>
    public async Task RebuildAllAsync(CancellationToken cancellationToken)
    {
        await tuf.InitializeAsync(cancellationToken);
        var upserts = new List<TufTarget>();
        foreach (var project in await store.GetProjectsAsync(cancellationToken))
        {
            var (pages, files) = await RenderProjectAsync(project, cancellationToken);
            projects[project.NormalizedName] = pages;
            upserts.AddRange(PageTargets(project.NormalizedName, pages));
            upserts.AddRange(files);
        }

        root = await RenderRootAsync(cancellationToken);
        upserts.AddRange(PageTargets(null, root));
        await tuf.PublishAsync(upserts, [], cancellationToken);
    }

    /// <summary>Re-renders <paramref name="normalizedProject"/>'s pages and the root page, then signs the change; returns when both are visible.</summary>
    public async Task PublishAsync(string normalizedProject, IReadOnlyList<TufTarget> fileUpserts, IReadOnlyList<string> fileRemovals, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (pending)
        {
            pending.Add(new Pending(normalizedProject, fileUpserts, fileRemovals, done));
        }

        // Whoever holds the gate publishes everything pending, this request's change included (group commit).
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            List<Pending> batch;
            lock (pending)
            {
                batch = [.. pending];
                pending.Clear();
            }

            if (batch.Count > 0)
            {
                try
                {
                    await PublishBatchAsync(batch);
                    batch.ForEach(p => p.Done.TrySetResult());
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Publishing {Count} change(s) failed", batch.Count);
                    batch.ForEach(p => p.Done.TrySetException(e));
                }
            }
        }
        finally
        {
            gate.Release();
        }

        await done.Task.WaitAsync(cancellationToken);
    }

    private async Task PublishBatchAsync(List<Pending> batch)
    {
        var upserts = new List<TufTarget>();
        var removals = new List<string>();
        foreach (var name in batch.Select(p => p.Project).Distinct(StringComparer.Ordinal))
        {
            var project = await store.FindProjectAsync(name, CancellationToken.None);
            if (project is null)
            {
                continue;
            }

            var (pages, _) = await RenderProjectAsync(project, CancellationToken.None);
            projects[name] = pages;
            upserts.AddRange(PageTargets(name, pages));
        }

        foreach (var change in batch)
        {
            upserts.AddRange(change.Upserts);
            removals.AddRange(change.Removals);
        }

        var newRoot = await RenderRootAsync(CancellationToken.None);
        if (root is null || newRoot.Html.Sha256 != root.Html.Sha256)
        {
            upserts.AddRange(PageTargets(null, newRoot));
        }

        root = newRoot;
        await tuf.PublishAsync(upserts, removals, CancellationToken.None);
    }

    /// <summary>Re-signs what is about to expire, serialized with every other publish.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await tuf.RefreshAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The TUF targets of a page pair: their URL paths (<c>simple/NAME/index.html</c>, <c>simple/NAME/index.v1_json</c>).</summary>
    public static IEnumerable<TufTarget> PageTargets(string? normalizedProject, ProjectPages pages)
    {
        var folder = normalizedProject is null ? "simple/" : $"simple/{normalizedProject}/";
        yield return new TufTarget(folder + "index.html", pages.Html.Content.Length, pages.Html.Sha256, pages.Html.Sha512);
        yield return new TufTarget(folder + "index.v1_json", pages.Json.Content.Length, pages.Json.Sha256, pages.Json.Sha512);
    }

    /// <summary>The TUF target path of a distribution file: its URL path.</summary>
    public static string FileTargetPath(FileRecord file) => "files/" + file.BlobKey;

    private async Task<(ProjectPages Pages, List<TufTarget> FileTargets)> RenderProjectAsync(ProjectRecord project, CancellationToken cancellationToken)
    {
        var files = await store.GetFilesAsync(project.Id, cancellationToken);
        var status = project.Status switch
        {
            "quarantined" => ProjectStatus.Quarantined,
            "archived" => ProjectStatus.Archived,
            "deprecated" => ProjectStatus.Deprecated,
            _ => ProjectStatus.Active,
        };
        var listed = status == ProjectStatus.Quarantined ? [] : files.Where(f => f.State == FileState.Published).ToList();
        var indexFiles = listed.Select(f => new IndexFile(f.Filename, "../../files/" + f.BlobKey, f.Size)
        {
            Hashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = f.Sha256 },
            RequiresPython = f.RequiresPython,
            Yanked = f.Yanked,
            YankedReason = f.YankReason,
            UploadTime = f.UploadTime,
            CoreMetadataHashes = f.MetadataSha256 is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = f.MetadataSha256 },
        }).ToList();
        var page = new IndexProject(ProjectName.Parse(project.Name), indexFiles) { Status = status, Versions = SimpleIndexWriter.VersionsOf(indexFiles) };
        var pages = new ProjectPages(
            new RenderedPage(writer.RenderProject(page, SimpleFormat.Html), HtmlType),
            new RenderedPage(writer.RenderProject(page, SimpleFormat.Json), JsonType));
        return (pages, [.. listed.Select(f => new TufTarget(FileTargetPath(f), f.Size, f.Sha256))]);
    }

    private async Task<ProjectPages> RenderRootAsync(CancellationToken cancellationToken)
    {
        var all = (await store.GetProjectsAsync(cancellationToken)).Select(p => ProjectName.Parse(p.Name)).ToList();
        return new ProjectPages(
            new RenderedPage(writer.RenderRoot(all, SimpleFormat.Html), HtmlType),
            new RenderedPage(writer.RenderRoot(all, SimpleFormat.Json), JsonType));
    }
}
