using LocalIndex.Signing;
using LocalIndex.Simple;
using LocalIndex.Storage;

namespace LocalIndex.Web;

/// <summary>What moderators and owners do to files after upload: release, remove, allowlist, yank. Each change is published (pages + TUF).</summary>
internal sealed class Moderation(IRegistryStore store, IBlobStore blobs, IndexPublisher publisher, TimeProvider time)
{
    /// <summary>Publishes a held file (and lifts a project's quarantine when it was the reason).</summary>
    public async Task ReleaseAsync(FileRecord file, UserRecord moderator, string how, CancellationToken cancellationToken)
    {
        await store.SetFileStateAsync(file.Id, FileState.Published, cancellationToken);
        var project = await store.FindProjectAsync(file.ProjectName, cancellationToken);
        if (project?.Status == "quarantined")
        {
            await store.SetProjectStatusAsync(project.Id, null, cancellationToken);
        }

        await store.ResolveReviewAsync(file.Id, moderator.Id, how, time.GetUtcNow(), cancellationToken);
        await store.AuditAsync(moderator.Id, "moderation." + how, $"{file.Filename} ({file.Verdict}) published", null, time.GetUtcNow(), cancellationToken);
        await publisher.PublishAsync(file.ProjectName, [new TufTarget(IndexPublisher.FileTargetPath(file), file.Size, file.Sha256)], [], cancellationToken);
    }

    /// <summary>Removes a file for good: its bytes are deleted, its name can never be reused, it leaves the index and TUF.</summary>
    public async Task RemoveAsync(FileRecord file, UserRecord moderator, CancellationToken cancellationToken)
    {
        await store.SetFileStateAsync(file.Id, FileState.Removed, cancellationToken);
        await blobs.DeleteAsync(file.BlobKey, cancellationToken);
        await store.ResolveReviewAsync(file.Id, moderator.Id, "remove", time.GetUtcNow(), cancellationToken);
        await store.AuditAsync(moderator.Id, "moderation.remove", $"{file.Filename} ({file.Verdict}) removed", null, time.GetUtcNow(), cancellationToken);
        await publisher.PublishAsync(file.ProjectName, [], [IndexPublisher.FileTargetPath(file)], cancellationToken);
    }

    /// <summary>Records a reviewed false positive (this project, this exact file) so that it is not flagged again, and releases it.</summary>
    public async Task AllowlistAsync(FileRecord file, UserRecord moderator, CancellationToken cancellationToken)
    {
        await store.AddAllowlistEntryAsync(file.ProjectName, null, file.Sha256, moderator.Id, time.GetUtcNow(), cancellationToken);
        if (file.State == FileState.Quarantined)
        {
            await ReleaseAsync(file, moderator, "allowlist", cancellationToken);
        }
        else
        {
            await store.ResolveReviewAsync(file.Id, moderator.Id, "allowlist", time.GetUtcNow(), cancellationToken);
            await store.AuditAsync(moderator.Id, "moderation.allowlist", $"{file.Filename} allowlisted", null, time.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>PEP 592: yanks or un-yanks a file (it stays downloadable for pinned installs).</summary>
    public async Task YankAsync(FileRecord file, UserRecord owner, bool yanked, string? reason, CancellationToken cancellationToken)
    {
        await store.SetYankedAsync(file.Id, yanked, reason, cancellationToken);
        await store.AuditAsync(owner.Id, yanked ? "file.yank" : "file.unyank", file.Filename + (yanked && !string.IsNullOrEmpty(reason) ? ": " + reason : ""), null, time.GetUtcNow(), cancellationToken);
        await publisher.PublishAsync(file.ProjectName, [], [], cancellationToken);
    }
}
