using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Org.BouncyCastle.Crypto.Digests;

namespace LocalIndex.Upload;

/// <summary>
/// One legacy upload request as twine sends it: the form fields and the file, read as a stream. The file goes
/// straight into the staged blob while sha256, BLAKE2b-256 and md5 are computed in the same pass.
/// </summary>
internal sealed class MultipartUpload
{
    private const int MaxFieldBytes = 1 << 20;
    private const int MaxFieldsBytes = 4 << 20;
    private const int MaxParts = 256;

    public Dictionary<string, List<string>> Fields { get; } = new(StringComparer.Ordinal);

    public string? FileName { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public string Blake2b256 { get; private set; } = "";

    public string Md5 { get; private set; } = "";

    public string? Field(string name) => Fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads the whole request; the file part is written to <paramref name="fileSink"/>.</summary>
    public static async Task<MultipartUpload> ReadAsync(HttpRequest request, Func<Stream> fileSink, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(400, "Invalid request: the upload must be multipart/form-data.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            throw new UploadRejectedException(400, "Invalid request: missing or oversized multipart boundary.");
        }

        if (request.ContentLength is { } length && length > maxFileBytes + MaxFieldsBytes)
        {
            throw new UploadRejectedException(413, $"File too large. Limit is {maxFileBytes / (1024 * 1024)} MB.");
        }

        var upload = new MultipartUpload();
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = null };
        long fieldBytes = 0;
        var parts = 0;
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
        {
            if (++parts > MaxParts)
            {
                throw new UploadRejectedException(400, "Invalid request: too many form fields.");
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                throw new UploadRejectedException(400, "Invalid request: a form part has no form-data disposition.");
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition() && name == "content")
            {
                if (upload.FileName is not null)
                {
                    throw new UploadRejectedException(400, "Invalid request: more than one file in the upload.");
                }

                upload.FileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                await using var sink = fileSink();
                await upload.CopyHashingAsync(section.Body, sink, maxFileBytes, cancellationToken);
            }
            else if (disposition.IsFileDisposition())
            {
                // Signatures (gpg_signature, attestations) are not kept: drain within limits.
                await DrainAsync(section.Body, MaxFieldBytes, cancellationToken);
            }
            else
            {
                var value = await ReadFieldAsync(section.Body, cancellationToken);
                fieldBytes += value.Length;
                if (fieldBytes > MaxFieldsBytes)
                {
                    throw new UploadRejectedException(400, "Invalid request: the form fields are too large.");
                }

                if (!upload.Fields.TryGetValue(name, out var list))
                {
                    upload.Fields[name] = list = [];
                }

                list.Add(value);
            }
        }

        return upload;
    }

    private async Task CopyHashingAsync(Stream source, Stream sink, long maxBytes, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
#pragma warning disable CA5351 // md5 only because the legacy upload API sends it; sha256 is what we trust.
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        var blake = new Blake2bDigest(256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new UploadRejectedException(413, $"File too large. Limit is {maxBytes / (1024 * 1024)} MB.");
            }

            sha256.AppendData(buffer, 0, read);
            md5.AppendData(buffer, 0, read);
            blake.BlockUpdate(buffer, 0, read);
            await sink.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        var blakeHash = new byte[32];
        blake.DoFinal(blakeHash, 0);
        Size = total;
        Sha256 = Convert.ToHexStringLower(sha256.GetHashAndReset());
        Md5 = Convert.ToHexStringLower(md5.GetHashAndReset());
        Blake2b256 = Convert.ToHexStringLower(blakeHash);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes)
            {
                throw new UploadRejectedException(400, "Invalid request: a form field is too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new UploadRejectedException(400, "Invalid request: a form field is not valid UTF-8.");
        }
    }

    private static async Task DrainAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        var chunk = new byte[8192];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > max)
            {
                throw new UploadRejectedException(400, "Invalid request: an attached signature is too large.");
            }
        }
    }
}
