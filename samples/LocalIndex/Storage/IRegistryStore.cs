using Bonded.Auth.Tokens;
using Bonded.Auth.WebAuthn;

namespace LocalIndex.Storage;

/// <summary>An account. Secrets (password hash, TOTP secret) are read through their own methods, never carried here.</summary>
internal sealed record UserRecord(long Id, string Username, string Email, bool IsModerator, bool HasTotp, int WebAuthnCount, DateTimeOffset Created)
{
    /// <summary>Whether the account has a second factor enrolled (the rule for uploading).</summary>
    public bool HasSecondFactor => HasTotp || WebAuthnCount > 0;
}

/// <summary>An API token's server-side record: its root key (deleting the row revokes it), scope and expiry.</summary>
internal sealed record TokenRecord(
    string Id, long UserId, string Description, IReadOnlyList<string> Projects, DateTimeOffset? Expires,
    DateTimeOffset Created, DateTimeOffset? LastUsed)
{
    public override string ToString() => $"token {Id} of user {UserId}";
}

/// <summary>A project; <see cref="Status"/> is its PEP 792 status (null means active).</summary>
internal sealed record ProjectRecord(long Id, string Name, string NormalizedName, string? Status, DateTimeOffset Created);

/// <summary>Where a file stands: published (listed, downloadable), quarantined (neither) or removed.</summary>
internal enum FileState
{
    Published,
    Quarantined,
    Removed,
}

/// <summary>A distribution file with its digests, verdict and yank state.</summary>
internal sealed record FileRecord(
    long Id,
    long ProjectId,
    string ProjectName,
    string Version,
    string Filename,
    string PackageType,
    long Size,
    string Sha256,
    string Blake2b256,
    string Md5,
    string? RequiresPython,
    string? MetadataSha256,
    DateTimeOffset UploadTime,
    bool Yanked,
    string? YankReason,
    FileState State,
    string Verdict,
    long UploaderId)
{
    /// <summary>The blob key under which the file's bytes live (also its URL path below <c>/files/</c>).</summary>
    public string BlobKey => BlobKeys.ForFile(ProjectName, Filename);
}

/// <summary>A scan report kept beside its file for the moderators.</summary>
internal sealed record ScanReportRecord(long FileId, string Verdict, string Confidence, string ReportJson, DateTimeOffset Created);

/// <summary>An entry of the moderators' review queue.</summary>
internal sealed record ReviewItem(long FileId, string ProjectName, string Filename, string Verdict, FileState State, string Reason, DateTimeOffset Created);

/// <summary>One line of the audit log.</summary>
internal sealed record AuditEntry(long Id, DateTimeOffset Time, long? UserId, string? Username, string Event, string Detail, string? Address);

/// <summary>What the upload transaction should record.</summary>
internal sealed record NewFile(
    string ProjectName,
    string NormalizedName,
    string Version,
    string Filename,
    string PackageType,
    long Size,
    string Sha256,
    string Blake2b256,
    string Md5,
    string? RequiresPython,
    string MetadataText,
    string? MetadataSha256,
    FileState State,
    string Verdict,
    string? ScanReportJson,
    string? ScanConfidence,
    bool QueueForReview,
    long UploaderId,
    DateTimeOffset Time);

/// <summary>How the upload transaction ended.</summary>
internal enum AddFileOutcome
{
    /// <summary>The file was recorded.</summary>
    Created,

    /// <summary>The same file (same name, same sha256) exists: an idempotent re-upload.</summary>
    Identical,

    /// <summary>A different file exists under that name, or the name was used before.</summary>
    FilenameTaken,

    /// <summary>The project exists and the uploader is not one of its owners.</summary>
    NotOwner,
}

/// <summary>The result of <see cref="IRegistryStore.AddFileAsync"/>.</summary>
internal sealed record AddFileResult(AddFileOutcome Outcome, FileRecord? File, bool NewProject);

/// <summary>
/// Everything the host keeps in its database. The embedded default is SQLite in the data folder
/// (<see cref="SqliteRegistryStore"/>); a registry that outgrows one machine implements this interface on PostgreSQL.
/// </summary>
internal interface IRegistryStore
{
    // Accounts
    Task<UserRecord> AddUserAsync(string username, string email, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken = default);

    Task<UserRecord?> GetUserAsync(long id, CancellationToken cancellationToken = default);

    Task<string?> GetPasswordHashAsync(long userId, CancellationToken cancellationToken = default);

    Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken = default);

    Task SetModeratorAsync(long userId, bool isModerator, CancellationToken cancellationToken = default);

    // TOTP: the secret and the last accepted time step (compare-and-swap keeps codes single-use)
    Task SetTotpAsync(long userId, byte[]? secret, CancellationToken cancellationToken = default);

    Task<(byte[] Secret, long LastStep)?> GetTotpAsync(long userId, CancellationToken cancellationToken = default);

    Task<bool> TryAdvanceTotpStepAsync(long userId, long expectedLastStep, long newStep, CancellationToken cancellationToken = default);

    // WebAuthn credentials (sign counts updated by compare-and-swap)
    Task<bool> TryAddWebAuthnCredentialAsync(WebAuthnCredential credential, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WebAuthnCredential>> GetWebAuthnCredentialsAsync(long? userId, byte[]? credentialId = null, CancellationToken cancellationToken = default);

    Task<bool> TryUpdateWebAuthnUseAsync(byte[] credentialId, uint expectedSignCount, uint signCount, bool isBackedUp, DateTimeOffset usedAt, CancellationToken cancellationToken = default);

    Task<bool> DeleteWebAuthnCredentialAsync(long userId, byte[] credentialId, CancellationToken cancellationToken = default);

    // Recovery codes (hashed, burned on use)
    Task ReplaceRecoveryCodesAsync(long userId, IReadOnlyList<string> codeHashes, CancellationToken cancellationToken = default);

    Task<int> CountRecoveryCodesAsync(long userId, CancellationToken cancellationToken = default);

    Task<bool> TryBurnRecoveryCodeAsync(long userId, string codeHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    // Tokens (per-token root key; revocation is deletion)
    Task AddTokenAsync(TokenRecord token, byte[] rootKey, CancellationToken cancellationToken = default);

    Task AddApiTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken = default);

    Task<ApiTokenRecord?> FindApiTokenAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiTokenRecord>> ListApiTokensAsync(long userId, CancellationToken cancellationToken = default);

    Task SetTokenScopeAsync(string id, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default);

    Task<(TokenRecord Token, byte[] RootKey)?> GetTokenAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TokenRecord>> GetTokensAsync(long userId, CancellationToken cancellationToken = default);

    Task<bool> DeleteTokenAsync(string id, long userId, CancellationToken cancellationToken = default);

    Task TouchTokenAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default);

    // Projects and files
    Task<ProjectRecord?> FindProjectAsync(string normalizedName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProjectRecord>> GetProjectsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProjectRecord>> GetOwnedProjectsAsync(long userId, CancellationToken cancellationToken = default);

    Task<bool> IsOwnerAsync(long projectId, long userId, CancellationToken cancellationToken = default);

    Task<AddFileResult> AddFileAsync(NewFile file, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FileRecord>> GetFilesAsync(long projectId, CancellationToken cancellationToken = default);

    Task<FileRecord?> GetFileAsync(long fileId, CancellationToken cancellationToken = default);

    Task<FileRecord?> FindFileAsync(string filename, CancellationToken cancellationToken = default);

    Task<string?> GetMetadataTextAsync(long fileId, CancellationToken cancellationToken = default);

    Task SetYankedAsync(long fileId, bool yanked, string? reason, CancellationToken cancellationToken = default);

    Task SetFileStateAsync(long fileId, FileState state, CancellationToken cancellationToken = default);

    Task SetProjectStatusAsync(long projectId, string? status, CancellationToken cancellationToken = default);

    // Scanning and review
    Task<ScanReportRecord?> GetScanReportAsync(long fileId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReviewItem>> GetReviewQueueAsync(CancellationToken cancellationToken = default);

    Task ResolveReviewAsync(long fileId, long moderatorId, string resolution, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task AddAllowlistEntryAsync(string normalizedProject, string? checkId, string? sha256, long moderatorId, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<(string Project, string? CheckId, string? Sha256)>> GetAllowlistAsync(CancellationToken cancellationToken = default);

    // Rate limits (Bonded.Auth's counters, kept across restarts)

    /// <summary>Atomically adds one to a bucket's window and returns it with the window before; forgets expired windows.</summary>
    Task<(long Current, long Previous)> IncrementRateLimitAsync(string bucket, long window, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task ResetRateLimitAsync(string bucket, CancellationToken cancellationToken = default);

    // Audit
    Task AuditAsync(long? userId, string eventName, string detail, string? address, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(long? userId, int limit, CancellationToken cancellationToken = default);
}
