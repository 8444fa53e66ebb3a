using System.Globalization;
using System.Text.Json;
using Bonded.Auth.Tokens;
using Bonded.Auth.WebAuthn;
using Microsoft.Data.Sqlite;

namespace LocalIndex.Storage;

/// <summary>
/// The embedded default store: one SQLite file in the data folder, in WAL mode (readers never wait for the writer),
/// every multi-row change in one immediate transaction, writers serialized in-process so they never meet SQLITE_BUSY.
/// </summary>
internal sealed class SqliteRegistryStore : IRegistryStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS users (
          id INTEGER PRIMARY KEY,
          username TEXT NOT NULL UNIQUE COLLATE NOCASE,
          password_hash TEXT NOT NULL,
          is_moderator INTEGER NOT NULL DEFAULT 0,
          created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS emails (
          id INTEGER PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          email TEXT NOT NULL UNIQUE COLLATE NOCASE,
          is_primary INTEGER NOT NULL DEFAULT 1,
          verified INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS totp (
          user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
          secret BLOB NOT NULL,
          last_step INTEGER NOT NULL DEFAULT -1);
        CREATE TABLE IF NOT EXISTS webauthn_credentials (
          credential_id BLOB PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          user_handle BLOB NOT NULL,
          public_key BLOB NOT NULL,
          sign_count INTEGER NOT NULL,
          aaguid TEXT NOT NULL,
          transports TEXT NOT NULL,
          backup_eligible INTEGER NOT NULL,
          backed_up INTEGER NOT NULL,
          name TEXT NOT NULL,
          created TEXT NOT NULL,
          last_used TEXT);
        CREATE TABLE IF NOT EXISTS recovery_codes (
          id INTEGER PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          code_hash TEXT NOT NULL,
          used TEXT);
        CREATE TABLE IF NOT EXISTS tokens (
          id TEXT PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          description TEXT NOT NULL,
          root_key BLOB NOT NULL,
          caveats TEXT NOT NULL DEFAULT '[]',
          stored_caveats TEXT NOT NULL DEFAULT '[]',
          projects TEXT NOT NULL,
          expires TEXT,
          created TEXT NOT NULL,
          last_used TEXT);
        CREATE TABLE IF NOT EXISTS projects (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          normalized TEXT NOT NULL UNIQUE,
          status TEXT,
          created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS owners (
          project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
          user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
          PRIMARY KEY (project_id, user_id));
        CREATE TABLE IF NOT EXISTS releases (
          id INTEGER PRIMARY KEY,
          project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
          version TEXT NOT NULL,
          created TEXT NOT NULL,
          UNIQUE (project_id, version));
        CREATE TABLE IF NOT EXISTS files (
          id INTEGER PRIMARY KEY,
          release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
          project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
          filename TEXT NOT NULL UNIQUE,
          packagetype TEXT NOT NULL,
          size INTEGER NOT NULL,
          sha256 TEXT NOT NULL,
          blake2b_256 TEXT NOT NULL,
          md5 TEXT NOT NULL,
          requires_python TEXT,
          metadata TEXT NOT NULL,
          metadata_sha256 TEXT,
          upload_time TEXT NOT NULL,
          yanked INTEGER NOT NULL DEFAULT 0,
          yank_reason TEXT,
          state TEXT NOT NULL,
          verdict TEXT NOT NULL,
          uploader_id INTEGER NOT NULL REFERENCES users(id));
        CREATE INDEX IF NOT EXISTS files_project ON files(project_id);
        CREATE TABLE IF NOT EXISTS scan_reports (
          file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
          verdict TEXT NOT NULL,
          confidence TEXT NOT NULL,
          report TEXT NOT NULL,
          created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS review_queue (
          file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
          reason TEXT NOT NULL,
          created TEXT NOT NULL,
          resolved_by INTEGER REFERENCES users(id),
          resolution TEXT,
          resolved TEXT);
        CREATE TABLE IF NOT EXISTS allowlist (
          id INTEGER PRIMARY KEY,
          project TEXT NOT NULL,
          check_id TEXT,
          sha256 TEXT,
          added_by INTEGER NOT NULL REFERENCES users(id),
          created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS audit_log (
          id INTEGER PRIMARY KEY,
          time TEXT NOT NULL,
          user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
          event TEXT NOT NULL,
          detail TEXT NOT NULL,
          address TEXT);
        CREATE INDEX IF NOT EXISTS audit_user ON audit_log(user_id);
        CREATE TABLE IF NOT EXISTS rate_limits (
          bucket TEXT NOT NULL,
          win INTEGER NOT NULL,
          count INTEGER NOT NULL,
          expires INTEGER NOT NULL,
          PRIMARY KEY (bucket, win)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS rate_limits_expires ON rate_limits(expires);
        """;

    private const string FileColumns = """
        f.id, f.project_id, p.normalized, r.version, f.filename, f.packagetype, f.size, f.sha256, f.blake2b_256, f.md5,
        f.requires_python, f.metadata_sha256, f.upload_time, f.yanked, f.yank_reason, f.state, f.verdict, f.uploader_id
        """;

    private const string FileJoin = "files f JOIN releases r ON r.id = f.release_id JOIN projects p ON p.id = f.project_id";

    private const string UserSelect = """
        SELECT u.id, u.username, COALESCE((SELECT email FROM emails e WHERE e.user_id = u.id ORDER BY is_primary DESC LIMIT 1), ''),
               u.is_moderator, EXISTS(SELECT 1 FROM totp t WHERE t.user_id = u.id),
               (SELECT COUNT(*) FROM webauthn_credentials w WHERE w.user_id = u.id), u.created
        FROM users u
        """;

    private readonly string connectionString;
    private readonly SemaphoreSlim writer = new(1, 1);

    public SqliteRegistryStore(string databasePath)
    {
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, Schema);
    }

    public void Dispose()
    {
        writer.Dispose();
        SqliteConnection.ClearAllPools();
    }

    public async Task<UserRecord> AddUserAsync(string username, string email, string passwordHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return await WriteAsync(
            (connection, transaction) =>
            {
                var id = Scalar<long>(connection, transaction, "INSERT INTO users (username, password_hash, created) VALUES ($u, $p, $c) RETURNING id", ("$u", username), ("$p", passwordHash), ("$c", Time(now)));
                Execute(connection, transaction, "INSERT INTO emails (user_id, email) VALUES ($id, $e)", ("$id", id), ("$e", email));
                return new UserRecord(id, username, email, false, false, 0, now);
            },
            cancellationToken);
    }

    public Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle(UserSelect + " WHERE u.username = $u", ReadUser, ("$u", username)));

    public Task<UserRecord?> GetUserAsync(long id, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle(UserSelect + " WHERE u.id = $id", ReadUser, ("$id", id)));

    public Task<string?> GetPasswordHashAsync(long userId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT password_hash FROM users WHERE id = $id", r => r.GetString(0), ("$id", userId)));

    public Task SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE users SET password_hash = $p WHERE id = $id", cancellationToken, ("$p", passwordHash), ("$id", userId));

    public Task SetModeratorAsync(long userId, bool isModerator, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE users SET is_moderator = $m WHERE id = $id", cancellationToken, ("$m", isModerator ? 1 : 0), ("$id", userId));

    public Task SetTotpAsync(long userId, byte[]? secret, CancellationToken cancellationToken = default)
        => secret is null
            ? WriteAsync("DELETE FROM totp WHERE user_id = $id", cancellationToken, ("$id", userId))
            : WriteAsync("INSERT INTO totp (user_id, secret) VALUES ($id, $s) ON CONFLICT(user_id) DO UPDATE SET secret = $s, last_step = -1", cancellationToken, ("$id", userId), ("$s", secret));

    public Task<(byte[] Secret, long LastStep)?> GetTotpAsync(long userId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT secret, last_step FROM totp WHERE user_id = $id", ("$id", userId));
        using var reader = command.ExecuteReader();
        (byte[], long)? result = reader.Read() ? ((byte[])reader.GetValue(0), reader.GetInt64(1)) : null;
        return Task.FromResult(result);
    }

    public async Task<bool> TryAdvanceTotpStepAsync(long userId, long expectedLastStep, long newStep, CancellationToken cancellationToken = default)
        => await WriteCountAsync("UPDATE totp SET last_step = $n WHERE user_id = $id AND last_step = $e AND $n > last_step", cancellationToken, ("$n", newStep), ("$id", userId), ("$e", expectedLastStep)) == 1;

    public async Task<bool> TryAddWebAuthnCredentialAsync(WebAuthnCredential credential, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return await WriteCountAsync(
            """
            INSERT INTO webauthn_credentials (credential_id, user_id, user_handle, public_key, sign_count, aaguid, transports, backup_eligible, backed_up, name, created)
            VALUES ($c, $u, $h, $k, $n, $a, $t, $be, $bu, $name, $created) ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("$c", credential.Id),
            ("$u", long.Parse(credential.UserId, CultureInfo.InvariantCulture)),
            ("$h", credential.UserHandle),
            ("$k", credential.PublicKey),
            ("$n", (long)credential.SignCount),
            ("$a", credential.AaGuid.ToString()),
            ("$t", JsonSerializer.Serialize(credential.Transports, StoreJson.Default.IReadOnlyListString)),
            ("$be", credential.IsBackupEligible ? 1 : 0),
            ("$bu", credential.IsBackedUp ? 1 : 0),
            ("$name", credential.Name),
            ("$created", Time(credential.CreatedAt))) == 1;
    }

    public Task<IReadOnlyList<WebAuthnCredential>> GetWebAuthnCredentialsAsync(long? userId, byte[]? credentialId = null, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<WebAuthnCredential>>(Query(
            """
            SELECT credential_id, user_id, user_handle, public_key, sign_count, aaguid, transports, backup_eligible, backed_up, name, created, last_used
            FROM webauthn_credentials WHERE ($u IS NULL OR user_id = $u) AND ($c IS NULL OR credential_id = $c) ORDER BY created
            """,
            r => new WebAuthnCredential
            {
                Id = (byte[])r.GetValue(0),
                UserId = r.GetInt64(1).ToString(CultureInfo.InvariantCulture),
                UserHandle = (byte[])r.GetValue(2),
                PublicKey = (byte[])r.GetValue(3),
                SignCount = checked((uint)r.GetInt64(4)),
                AaGuid = Guid.Parse(r.GetString(5)),
                Transports = JsonSerializer.Deserialize(r.GetString(6), StoreJson.Default.IReadOnlyListString) ?? [],
                IsBackupEligible = r.GetInt64(7) != 0,
                IsBackedUp = r.GetInt64(8) != 0,
                Name = r.GetString(9),
                CreatedAt = ParseTime(r.GetString(10)),
                LastUsedAt = r.IsDBNull(11) ? null : ParseTime(r.GetString(11)),
            },
            ("$u", userId),
            ("$c", credentialId)));

    public async Task<bool> TryUpdateWebAuthnUseAsync(byte[] credentialId, uint expectedSignCount, uint signCount, bool isBackedUp, DateTimeOffset usedAt, CancellationToken cancellationToken = default)
        => await WriteCountAsync(
            "UPDATE webauthn_credentials SET sign_count = $n, backed_up = $b, last_used = $t WHERE credential_id = $c AND sign_count = $e",
            cancellationToken,
            ("$n", (long)signCount),
            ("$b", isBackedUp ? 1 : 0),
            ("$t", Time(usedAt)),
            ("$c", credentialId),
            ("$e", (long)expectedSignCount)) == 1;

    public async Task<bool> DeleteWebAuthnCredentialAsync(long userId, byte[] credentialId, CancellationToken cancellationToken = default)
        => await WriteCountAsync("DELETE FROM webauthn_credentials WHERE user_id = $u AND credential_id = $c", cancellationToken, ("$u", userId), ("$c", credentialId)) == 1;

    public Task ReplaceRecoveryCodesAsync(long userId, IReadOnlyList<string> codeHashes, CancellationToken cancellationToken = default)
        => WriteAsync(
            (connection, transaction) =>
            {
                Execute(connection, transaction, "DELETE FROM recovery_codes WHERE user_id = $u", ("$u", userId));
                foreach (var hash in codeHashes)
                {
                    Execute(connection, transaction, "INSERT INTO recovery_codes (user_id, code_hash) VALUES ($u, $h)", ("$u", userId), ("$h", hash));
                }

                return 0;
            },
            cancellationToken);

    public Task<int> CountRecoveryCodesAsync(long userId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT COUNT(*) FROM recovery_codes WHERE user_id = $u AND used IS NULL", r => r.GetInt32(0), ("$u", userId)));

    public async Task<bool> TryBurnRecoveryCodeAsync(long userId, string codeHash, DateTimeOffset now, CancellationToken cancellationToken = default)
        => await WriteCountAsync("UPDATE recovery_codes SET used = $t WHERE user_id = $u AND code_hash = $h AND used IS NULL", cancellationToken, ("$t", Time(now)), ("$u", userId), ("$h", codeHash)) == 1;

    public Task AddTokenAsync(TokenRecord token, byte[] rootKey, CancellationToken cancellationToken = default)
        => WriteAsync(
            "INSERT INTO tokens (id, user_id, description, root_key, projects, expires, created) VALUES ($id, $u, $d, $k, $p, $e, $c)",
            cancellationToken,
            ("$id", token.Id),
            ("$u", token.UserId),
            ("$d", token.Description),
            ("$k", rootKey),
            ("$p", JsonSerializer.Serialize(token.Projects, StoreJson.Default.IReadOnlyListString)),
            ("$e", token.Expires is { } e ? Time(e) : null),
            ("$c", Time(token.Created)));

    public Task AddApiTokenAsync(ApiTokenRecord token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        return WriteAsync(
            "INSERT INTO tokens (id, user_id, description, root_key, caveats, stored_caveats, projects, created) VALUES ($id, $u, $d, $k, $c, $sc, '[]', $t)",
            cancellationToken,
            ("$id", token.Id),
            ("$u", long.Parse(token.UserId ?? throw new ArgumentException("A token of this index belongs to a user.", nameof(token)), CultureInfo.InvariantCulture)),
            ("$d", token.Description),
            ("$k", token.RootKey),
            ("$c", JsonSerializer.Serialize(token.Caveats, StoreJson.Default.IReadOnlyListString)),
            ("$sc", JsonSerializer.Serialize(token.StoredCaveats, StoreJson.Default.IReadOnlyListString)),
            ("$t", Time(token.CreatedAt)));
    }

    public Task<ApiTokenRecord?> FindApiTokenAsync(string id, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT id, root_key, caveats, stored_caveats, description, user_id, created, last_used FROM tokens WHERE id = $id", ReadApiToken, ("$id", id)));

    public Task<IReadOnlyList<ApiTokenRecord>> ListApiTokensAsync(long userId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<ApiTokenRecord>>(Query("SELECT id, root_key, caveats, stored_caveats, description, user_id, created, last_used FROM tokens WHERE user_id = $u ORDER BY created", ReadApiToken, ("$u", userId)));

    public Task SetTokenScopeAsync(string id, IReadOnlyList<string> projects, DateTimeOffset? expires, CancellationToken cancellationToken = default)
        => WriteAsync(
            "UPDATE tokens SET projects = $p, expires = $e WHERE id = $id",
            cancellationToken,
            ("$p", JsonSerializer.Serialize(projects, StoreJson.Default.IReadOnlyListString)),
            ("$e", expires is { } e ? Time(e) : null),
            ("$id", id));

    private static ApiTokenRecord ReadApiToken(SqliteDataReader r)
        => new(r.GetString(0), (byte[])r.GetValue(1))
        {
            Caveats = JsonSerializer.Deserialize(r.GetString(2), StoreJson.Default.IReadOnlyListString) ?? [],
            StoredCaveats = JsonSerializer.Deserialize(r.GetString(3), StoreJson.Default.IReadOnlyListString) ?? [],
            Description = r.GetString(4),
            UserId = r.GetInt64(5).ToString(CultureInfo.InvariantCulture),
            CreatedAt = ParseTime(r.GetString(6)),
            LastUsedAt = r.IsDBNull(7) ? null : ParseTime(r.GetString(7)),
        };

    public Task<(TokenRecord Token, byte[] RootKey)?> GetTokenAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT id, user_id, description, projects, expires, created, last_used, root_key FROM tokens WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        (TokenRecord, byte[])? result = reader.Read() ? (ReadToken(reader), (byte[])reader.GetValue(7)) : null;
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<TokenRecord>> GetTokensAsync(long userId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<TokenRecord>>(Query("SELECT id, user_id, description, projects, expires, created, last_used FROM tokens WHERE user_id = $u ORDER BY created", ReadToken, ("$u", userId)));

    public async Task<bool> DeleteTokenAsync(string id, long userId, CancellationToken cancellationToken = default)
        => await WriteCountAsync("DELETE FROM tokens WHERE id = $id AND user_id = $u", cancellationToken, ("$id", id), ("$u", userId)) == 1;

    public Task TouchTokenAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE tokens SET last_used = $t WHERE id = $id", cancellationToken, ("$t", Time(now)), ("$id", id));

    public Task<ProjectRecord?> FindProjectAsync(string normalizedName, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT id, name, normalized, status, created FROM projects WHERE normalized = $n", ReadProject, ("$n", normalizedName)));

    public Task<IReadOnlyList<ProjectRecord>> GetProjectsAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<ProjectRecord>>(Query("SELECT id, name, normalized, status, created FROM projects ORDER BY normalized", ReadProject));

    public Task<IReadOnlyList<ProjectRecord>> GetOwnedProjectsAsync(long userId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<ProjectRecord>>(Query(
            "SELECT p.id, p.name, p.normalized, p.status, p.created FROM projects p JOIN owners o ON o.project_id = p.id WHERE o.user_id = $u ORDER BY p.normalized",
            ReadProject,
            ("$u", userId)));

    public Task<bool> IsOwnerAsync(long projectId, long userId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT 1 FROM owners WHERE project_id = $p AND user_id = $u", _ => true, ("$p", projectId), ("$u", userId)));

    public Task<AddFileResult> AddFileAsync(NewFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return WriteAsync(
            (connection, transaction) =>
            {
                var existing = QuerySingle(connection, transaction, $"SELECT {FileColumns} FROM {FileJoin} WHERE f.filename = $f", ReadFile, ("$f", file.Filename));
                if (existing is not null)
                {
                    var identical = string.Equals(existing.Sha256, file.Sha256, StringComparison.Ordinal) && existing.State != FileState.Removed;
                    return new AddFileResult(identical ? AddFileOutcome.Identical : AddFileOutcome.FilenameTaken, existing, false);
                }

                var project = QuerySingle(connection, transaction, "SELECT id, name, normalized, status, created FROM projects WHERE normalized = $n", ReadProject, ("$n", file.NormalizedName));
                var newProject = project is null;
                long projectId;
                if (project is null)
                {
                    // PEP 792: a new project whose first file is a threat starts out quarantined.
                    string? status = file.State == FileState.Quarantined ? "quarantined" : null;
                    projectId = Scalar<long>(connection, transaction, "INSERT INTO projects (name, normalized, status, created) VALUES ($n, $norm, $s, $t) RETURNING id", ("$n", file.ProjectName), ("$norm", file.NormalizedName), ("$s", status), ("$t", Time(file.Time)));
                    Execute(connection, transaction, "INSERT INTO owners (project_id, user_id) VALUES ($p, $u)", ("$p", projectId), ("$u", file.UploaderId));
                }
                else
                {
                    projectId = project.Id;
                    if (QuerySingle(connection, transaction, "SELECT 1 FROM owners WHERE project_id = $p AND user_id = $u", _ => true, ("$p", projectId), ("$u", file.UploaderId)) != true)
                    {
                        return new AddFileResult(AddFileOutcome.NotOwner, null, false);
                    }
                }

                Execute(connection, transaction, "INSERT INTO releases (project_id, version, created) VALUES ($p, $v, $t) ON CONFLICT DO NOTHING", ("$p", projectId), ("$v", file.Version), ("$t", Time(file.Time)));
                var releaseId = Scalar<long>(connection, transaction, "SELECT id FROM releases WHERE project_id = $p AND version = $v", ("$p", projectId), ("$v", file.Version));
                var fileId = Scalar<long>(
                    connection,
                    transaction,
                    """
                    INSERT INTO files (release_id, project_id, filename, packagetype, size, sha256, blake2b_256, md5, requires_python, metadata, metadata_sha256, upload_time, state, verdict, uploader_id)
                    VALUES ($r, $p, $f, $pt, $size, $sha, $b2, $md5, $rp, $meta, $msha, $t, $state, $verdict, $u) RETURNING id
                    """,
                    ("$r", releaseId),
                    ("$p", projectId),
                    ("$f", file.Filename),
                    ("$pt", file.PackageType),
                    ("$size", file.Size),
                    ("$sha", file.Sha256),
                    ("$b2", file.Blake2b256),
                    ("$md5", file.Md5),
                    ("$rp", file.RequiresPython),
                    ("$meta", file.MetadataText),
                    ("$msha", file.MetadataSha256),
                    ("$t", Time(file.Time)),
                    ("$state", StateName(file.State)),
                    ("$verdict", file.Verdict),
                    ("$u", file.UploaderId));
                if (file.ScanReportJson is not null)
                {
                    Execute(connection, transaction, "INSERT INTO scan_reports (file_id, verdict, confidence, report, created) VALUES ($f, $v, $c, $r, $t)", ("$f", fileId), ("$v", file.Verdict), ("$c", file.ScanConfidence ?? "low"), ("$r", file.ScanReportJson), ("$t", Time(file.Time)));
                }

                if (file.QueueForReview)
                {
                    Execute(connection, transaction, "INSERT INTO review_queue (file_id, reason, created) VALUES ($f, $r, $t)", ("$f", fileId), ("$r", "scan verdict " + file.Verdict), ("$t", Time(file.Time)));
                }

                Execute(connection, transaction, "INSERT INTO audit_log (time, user_id, event, detail) VALUES ($t, $u, 'file.upload', $d)", ("$t", Time(file.Time)), ("$u", file.UploaderId), ("$d", $"{file.Filename} sha256={file.Sha256} verdict={file.Verdict} state={StateName(file.State)}"));
                var created = QuerySingle(connection, transaction, $"SELECT {FileColumns} FROM {FileJoin} WHERE f.id = $id", ReadFile, ("$id", fileId));
                return new AddFileResult(AddFileOutcome.Created, created, newProject);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<FileRecord>> GetFilesAsync(long projectId, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<FileRecord>>(Query($"SELECT {FileColumns} FROM {FileJoin} WHERE f.project_id = $p ORDER BY f.filename", ReadFile, ("$p", projectId)));

    public Task<FileRecord?> GetFileAsync(long fileId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle($"SELECT {FileColumns} FROM {FileJoin} WHERE f.id = $id", ReadFile, ("$id", fileId)));

    public Task<FileRecord?> FindFileAsync(string filename, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle($"SELECT {FileColumns} FROM {FileJoin} WHERE f.filename = $f", ReadFile, ("$f", filename)));

    public Task<string?> GetMetadataTextAsync(long fileId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle("SELECT metadata FROM files WHERE id = $id", r => r.GetString(0), ("$id", fileId)));

    public Task SetYankedAsync(long fileId, bool yanked, string? reason, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE files SET yanked = $y, yank_reason = $r WHERE id = $id", cancellationToken, ("$y", yanked ? 1 : 0), ("$r", yanked ? reason : null), ("$id", fileId));

    public Task SetFileStateAsync(long fileId, FileState state, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE files SET state = $s WHERE id = $id", cancellationToken, ("$s", StateName(state)), ("$id", fileId));

    public Task SetProjectStatusAsync(long projectId, string? status, CancellationToken cancellationToken = default)
        => WriteAsync("UPDATE projects SET status = $s WHERE id = $id", cancellationToken, ("$s", status), ("$id", projectId));

    public Task<ScanReportRecord?> GetScanReportAsync(long fileId, CancellationToken cancellationToken = default)
        => Task.FromResult(QuerySingle(
            "SELECT file_id, verdict, confidence, report, created FROM scan_reports WHERE file_id = $f",
            r => new ScanReportRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseTime(r.GetString(4))),
            ("$f", fileId)));

    public Task<IReadOnlyList<ReviewItem>> GetReviewQueueAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<ReviewItem>>(Query(
            """
            SELECT q.file_id, p.normalized, f.filename, f.verdict, f.state, q.reason, q.created
            FROM review_queue q JOIN files f ON f.id = q.file_id JOIN projects p ON p.id = f.project_id
            WHERE q.resolved IS NULL ORDER BY q.created
            """,
            r => new ReviewItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseState(r.GetString(4)), r.GetString(5), ParseTime(r.GetString(6)))));

    public Task ResolveReviewAsync(long fileId, long moderatorId, string resolution, DateTimeOffset now, CancellationToken cancellationToken = default)
        => WriteAsync(
            "UPDATE review_queue SET resolved_by = $m, resolution = $r, resolved = $t WHERE file_id = $f",
            cancellationToken,
            ("$m", moderatorId),
            ("$r", resolution),
            ("$t", Time(now)),
            ("$f", fileId));

    public Task AddAllowlistEntryAsync(string normalizedProject, string? checkId, string? sha256, long moderatorId, DateTimeOffset now, CancellationToken cancellationToken = default)
        => WriteAsync(
            "INSERT INTO allowlist (project, check_id, sha256, added_by, created) VALUES ($p, $c, $s, $m, $t)",
            cancellationToken,
            ("$p", normalizedProject),
            ("$c", checkId),
            ("$s", sha256),
            ("$m", moderatorId),
            ("$t", Time(now)));

    public Task<IReadOnlyList<(string Project, string? CheckId, string? Sha256)>> GetAllowlistAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<(string, string?, string?)>>(Query(
            "SELECT project, check_id, sha256 FROM allowlist",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))));

    public Task AuditAsync(long? userId, string eventName, string detail, string? address, DateTimeOffset now, CancellationToken cancellationToken = default)
        => WriteAsync(
            "INSERT INTO audit_log (time, user_id, event, detail, address) VALUES ($t, $u, $e, $d, $a)",
            cancellationToken,
            ("$t", Time(now)),
            ("$u", userId),
            ("$e", eventName),
            ("$d", detail),
            ("$a", address));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(long? userId, int limit, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<AuditEntry>>(Query(
            """
            SELECT a.id, a.time, a.user_id, u.username, a.event, a.detail, a.address
            FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
            WHERE $u IS NULL OR a.user_id = $u ORDER BY a.id DESC LIMIT $l
            """,
            r => new AuditEntry(r.GetInt64(0), ParseTime(r.GetString(1)), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)),
            ("$u", userId),
            ("$l", limit)));

    internal static string StateName(FileState state) => state switch
    {
        FileState.Published => "published",
        FileState.Quarantined => "quarantined",
        _ => "removed",
    };

    private static FileState ParseState(string value) => value switch
    {
        "published" => FileState.Published,
        "quarantined" => FileState.Quarantined,
        _ => FileState.Removed,
    };

    private static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static UserRecord ReadUser(SqliteDataReader r)
        => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3) != 0, r.GetInt64(4) != 0, r.GetInt32(5), ParseTime(r.GetString(6)));

    private static TokenRecord ReadToken(SqliteDataReader r)
        => new(
            r.GetString(0),
            r.GetInt64(1),
            r.GetString(2),
            JsonSerializer.Deserialize(r.GetString(3), StoreJson.Default.IReadOnlyListString) ?? [],
            r.IsDBNull(4) ? null : ParseTime(r.GetString(4)),
            ParseTime(r.GetString(5)),
            r.IsDBNull(6) ? null : ParseTime(r.GetString(6)));

    private static ProjectRecord ReadProject(SqliteDataReader r)
        => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), ParseTime(r.GetString(4)));

    private static FileRecord ReadFile(SqliteDataReader r)
        => new(
            r.GetInt64(0),
            r.GetInt64(1),
            r.GetString(2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            r.GetInt64(6),
            r.GetString(7),
            r.GetString(8),
            r.GetString(9),
            r.IsDBNull(10) ? null : r.GetString(10),
            r.IsDBNull(11) ? null : r.GetString(11),
            ParseTime(r.GetString(12)),
            r.GetInt64(13) != 0,
            r.IsDBNull(14) ? null : r.GetString(14),
            ParseState(r.GetString(15)),
            r.GetString(16),
            r.GetInt64(17));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql) => Execute(connection, null, sql);

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public Task<(long Current, long Previous)> IncrementRateLimitAsync(string bucket, long window, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken = default)
        => WriteAsync(
            (connection, transaction) =>
            {
                Execute(connection, transaction, "DELETE FROM rate_limits WHERE expires < $now", ("$now", now.ToUnixTimeMilliseconds()));
                var current = Scalar<long>(
                    connection,
                    transaction,
                    "INSERT INTO rate_limits (bucket, win, count, expires) VALUES ($b, $w, 1, $x) ON CONFLICT (bucket, win) DO UPDATE SET count = count + 1 RETURNING count",
                    ("$b", bucket),
                    ("$w", window),
                    ("$x", expiresAt.ToUnixTimeMilliseconds()));
                var previous = QuerySingle(connection, transaction, "SELECT count FROM rate_limits WHERE bucket = $b AND win = $w", r => r.GetInt64(0), ("$b", bucket), ("$w", window - 1));
                return (current, previous);
            },
            cancellationToken);

    public Task ResetRateLimitAsync(string bucket, CancellationToken cancellationToken = default)
        => WriteAsync("DELETE FROM rate_limits WHERE bucket = $b", cancellationToken, ("$b", bucket));

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static T? QuerySingle<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : default;
    }

    private T? QuerySingle<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        return QuerySingle(connection, null, sql, read, parameters);
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            writer.Release();
        }
    }

    private Task WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteCountAsync(sql, cancellationToken, parameters);

    private Task<int> WriteCountAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => WriteAsync((connection, transaction) => Execute(connection, transaction, sql, parameters), cancellationToken);
}
