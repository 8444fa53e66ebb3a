using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>Sends legacy uploads the way twine does (multipart form, digests, Basic auth with <c>__token__</c>), with hooks to make them hostile.</summary>
public static class LegacyUploadClient
{
    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client,
        string token,
        string filename,
        byte[] content,
        string? name = null,
        string? version = null,
        IDictionary<string, string>? overrides = null)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [":action"] = "file_upload",
            ["protocol_version"] = "1",
            ["name"] = name ?? "",
            ["version"] = version ?? "",
            ["filetype"] = filename.EndsWith(".whl", StringComparison.Ordinal) ? "bdist_wheel" : "sdist",
            ["pyversion"] = filename.EndsWith(".whl", StringComparison.Ordinal) ? "py3" : "source",
            ["metadata_version"] = "2.1",
            ["sha256_digest"] = Convert.ToHexStringLower(SHA256.HashData(content)),
            ["md5_digest"] = Convert.ToHexStringLower(MD5.HashData(content)),
            ["blake2_256_digest"] = Blake2b256(content),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), key);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "content", filename);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("legacy/", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("__token__:" + token)));
        return await client.SendAsync(request);
    }

    public static string Blake2b256(byte[] content)
    {
        var digest = new Blake2bDigest(256);
        digest.BlockUpdate(content, 0, content.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }
}
