using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Policy;
using LocalIndex.Accounts;
using LocalIndex.Scanning;
using LocalIndex.Signing;
using LocalIndex.Simple;
using LocalIndex.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LocalIndex.Upload;

/// <summary>
/// <c>POST /legacy/</c> as twine speaks it: token authentication, the file streamed to staging with its digests,
/// validation against metadata, a scan, then one atomic commit (blob rename + database transaction) and a
/// publish of the pages and TUF targets. Any refusal leaves nothing behind.
/// </summary>
internal sealed class LegacyUpload(
    IRegistryStore store,
    IBlobStore blobs,
    IApiTokens tokens,
    IDistributionInspector inspector,
    IUploadScanner scanner,
    IndexPublisher publisher,
    MfaPolicy mfa,
    IOptions<LocalIndexOptions> options,
    TimeProvider time,
    ILogger<LegacyUpload> logger)
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/legacy/", (HttpContext context, LegacyUpload upload) => upload.HandleAsync(context)).DisableAntiforgery();
    }

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var message = await UploadAsync(context);
            await Reply(context, 200, "OK", message);
        }
        catch (UploadRejectedException e)
        {
            logger.LogInformation("Upload refused: {Status} {Reason}", e.Status, e.Reason);
            await Reply(context, e.Status, e.Reason, e.Reason);
        }
        catch (BadHttpRequestException e)
        {
            await Reply(context, e.StatusCode, "Invalid request: " + e.Message, e.Message);
        }
        catch (IOException e) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation(e, "Upload aborted by the client");
        }
    }

    private async Task<string> UploadAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;

        // The body limit is the upload limit before anything is refused: a refusal sent before the body is read leaves
        // Kestrel to drain it, and a body over Kestrel's default 30 MB would reset the connection instead of letting the
        // client read the reason.
        var limits = options.Value;
        var body = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (body is { IsReadOnly: false })
        {
            body.MaxRequestBodySize = limits.MaxUploadBytes + (8 << 20);
        }

        var token = ReadToken(context.Request);
        var authenticated = await tokens.VerifyAsync(token, null, cancellationToken);
        if (!authenticated.Succeeded)
        {
            throw new UploadRejectedException(403, authenticated.Failure!);
        }

        // Bonded.Auth's MFA policy decides who needs 2FA: refused before the body is read when the account's own projects
        // already require it, and again below once the target project is known.
        var user = authenticated.User!;
        var maintained = (await store.GetOwnedProjectsAsync(user.Id, cancellationToken)).Select(p => p.NormalizedName);
        RequireSecondFactor(user, mfa.GetRequirementForUser(maintained));

        using var staged = blobs.Stage();
        var form = await MultipartUpload.ReadAsync(context.Request, staged.OpenWrite, limits.MaxUploadBytes, cancellationToken);
        var action = form.Field(":action");
        if (action != "file_upload")
        {
            throw new UploadRejectedException(400, $"Invalid request: unsupported :action '{Clean(action)}'.");
        }

        if (form.Field("protocol_version") is { } protocol && protocol != "1")
        {
            throw new UploadRejectedException(400, "Invalid request: unknown protocol_version.");
        }

        if (form.FileName is null)
        {
            throw new UploadRejectedException(400, "Upload payload does not have a file.");
        }

        CheckDigests(form);
        var filename = form.FileName;
        if (filename.Length == 0 || filename.IndexOfAny(['/', '\\', '<', '>', '"', '\'', '&', '\0']) >= 0 || filename.StartsWith('.'))
        {
            throw new UploadRejectedException(400, "Invalid distribution file name: it contains path or markup characters.");
        }

        var formName = form.Field("name") ?? throw new UploadRejectedException(400, "Invalid value for name. Error: This field is required.");
        var formVersion = form.Field("version") ?? throw new UploadRejectedException(400, "Invalid value for version. Error: This field is required.");
        var normalizedForm = inspector.Normalize(formName) ?? throw new UploadRejectedException(400, $"Invalid value for name: '{Clean(formName)}' is not a valid project name.");

        // The token must be valid for this project before anything else is looked at.
        var scoped = await tokens.VerifyAsync(token, normalizedForm, cancellationToken);
        if (!scoped.Succeeded)
        {
            throw new UploadRejectedException(403, scoped.Failure!);
        }

        RequireSecondFactor(user, mfa.GetRequirementForProject(normalizedForm));

        var info = await inspector.InspectAsync(filename, staged.Path, cancellationToken);
        if (!string.Equals(info.NormalizedName, normalizedForm, StringComparison.Ordinal))
        {
            throw new UploadRejectedException(400, $"Invalid distribution: the form says project '{Clean(formName)}' but the file's metadata says '{info.ProjectName}'.");
        }

        if (!string.Equals(info.Version, formVersion, StringComparison.Ordinal) && !string.Equals(info.Version, inspector.NormalizeVersion(formVersion), StringComparison.Ordinal))
        {
            throw new UploadRejectedException(400, $"Invalid distribution: the form says version '{Clean(formVersion)}' but the file's metadata says '{info.Version}'.");
        }

        var project = await store.FindProjectAsync(info.NormalizedName, cancellationToken);
        if (project is not null && !await store.IsOwnerAsync(project.Id, user.Id, cancellationToken))
        {
            throw new UploadRejectedException(403, $"The user '{user.Username}' isn't allowed to upload to project '{project.NormalizedName}'.");
        }

        var existing = await store.FindFileAsync(filename, cancellationToken);
        if (existing is not null)
        {
            return IdenticalOrRefuse(existing, form.Sha256);
        }

        var outcome = await scanner.ScanAsync(staged.Path, filename, info.NormalizedName, form.Sha256, cancellationToken);
        var state = outcome.Verdict == ScanOutcome.Threat ? FileState.Quarantined : FileState.Published;
        var metadataBytes = Encoding.UTF8.GetBytes(info.MetadataText);
        var record = new NewFile(
            info.ProjectName,
            info.NormalizedName,
            info.Version,
            filename,
            info.PackageType,
            form.Size,
            form.Sha256,
            form.Blake2b256,
            form.Md5,
            info.RequiresPython,
            info.MetadataText,
            Convert.ToHexStringLower(SHA256.HashData(metadataBytes)),
            state,
            outcome.Verdict,
            outcome.ReportJson,
            outcome.Confidence,
            outcome.Verdict != ScanOutcome.Benign,
            user.Id,
            time.GetUtcNow());

        // Commit: the blob first (one rename), then the rows in one transaction; undo the blob if the rows are refused.
        var key = BlobKeys.ForFile(info.NormalizedName, filename);
        if (!await blobs.CommitAsync(staged, key, cancellationToken))
        {
            throw new UploadRejectedException(400, "File already exists. See the project's page for the files it has.");
        }

        AddFileResult result;
        try
        {
            result = await store.AddFileAsync(record, CancellationToken.None);
        }
        catch
        {
            await blobs.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        if (result.Outcome != AddFileOutcome.Created)
        {
            await blobs.DeleteAsync(key, CancellationToken.None);
            return result.Outcome switch
            {
                AddFileOutcome.NotOwner => throw new UploadRejectedException(403, $"The user '{user.Username}' isn't allowed to upload to project '{info.NormalizedName}'."),
                _ => IdenticalOrRefuse(result.File!, form.Sha256),
            };
        }

        var file = result.File!;
        var targets = state == FileState.Published ? new[] { new TufTarget(IndexPublisher.FileTargetPath(file), file.Size, file.Sha256) } : [];
        await publisher.PublishAsync(file.ProjectName, targets, [], CancellationToken.None);
        if (state == FileState.Quarantined)
        {
            logger.LogWarning("Quarantined {File}: scan verdict {Verdict}", filename, outcome.Verdict);
        }

        return state == FileState.Quarantined
            ? "Upload received; the file is held for review by a moderator."
            : "OK";
    }

    private static string IdenticalOrRefuse(FileRecord existing, string sha256)
        => existing.Sha256 == sha256 && existing.State != FileState.Removed
            ? "OK (identical file already uploaded)"
            : throw new UploadRejectedException(400, "File already exists. See the project's page for the files it has.");

    private static void RequireSecondFactor(UserRecord user, MfaRequirementLevel level)
    {
        if (level == MfaRequirementLevel.Required && !user.HasSecondFactor)
        {
            throw new UploadRejectedException(403, $"User '{user.Username}' does not have two-factor authentication enabled. Enable 2FA (TOTP or a security key) on the index's account page before uploading.");
        }
    }

    private static void CheckDigests(MultipartUpload form)
    {
        var supplied = 0;
        foreach (var (field, actual) in new[] { ("sha256_digest", form.Sha256), ("blake2_256_digest", form.Blake2b256), ("md5_digest", form.Md5) })
        {
            if (form.Field(field) is { Length: > 0 } claimed)
            {
                supplied++;
                if (!string.Equals(claimed.Trim(), actual, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UploadRejectedException(400, "The digest supplied does not match a digest calculated from the uploaded file.");
                }
            }
        }

        if (supplied == 0)
        {
            throw new UploadRejectedException(400, "Include at least one message digest (sha256_digest).");
        }
    }

    private static string ReadToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            }
            catch (FormatException)
            {
                throw new UploadRejectedException(400, "Invalid request: malformed Authorization header.");
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && decoded[..colon] == "__token__")
            {
                return decoded[(colon + 1)..];
            }

            throw new UploadRejectedException(403, "Username/Password authentication is not supported: upload with an API token (username __token__).");
        }

        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        throw new UploadRejectedException(403, "Invalid or non-existent authentication information: upload with an API token (username __token__).");
    }

    private static string Clean(string? value) => value is null ? "" : new string(value.Take(100).Where(c => c >= ' ' && c < 0x7f).ToArray());

    /// <summary>Status plus reason phrase (twine prints the phrase) and the same words in the body.</summary>
    private static async Task Reply(HttpContext context, int status, string reason, string body)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        var phrase = new string(reason.Select(c => c is >= ' ' and < (char)0x7f ? c : '?').Take(400).ToArray());
        context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = phrase;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{status} {body}\n"));
    }
}
