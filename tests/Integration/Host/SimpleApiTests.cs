using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>The simple API as clients meet it: redirects, PEP 691 negotiation, ETags, PEP 658 metadata, yank and un-yank.</summary>
public sealed partial class SimpleApiTests
{
    [Fact]
    public async Task Pages_redirect_negotiate_revalidate_serve_metadata_and_show_yanks()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "owner", withTotp: true);
        using (var upload = await LegacyUploadClient.UploadAsync(server.Client, token, Distributions.WheelName("Simple.Pkg", "1.0"), Distributions.Wheel("Simple.Pkg", "1.0"), "Simple.Pkg", "1.0"))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using (var redirect = await noRedirect.GetAsync(new Uri("simple/Simple.Pkg/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
            Assert.Equal("/simple/simple-pkg/", redirect.Headers.Location?.OriginalString);
        }

        using var html = await server.Client.GetAsync(new Uri("simple/simple-pkg/", UriKind.Relative));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var etag = html.Headers.ETag!;
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri("simple/simple-pkg/", UriKind.Relative)))
        {
            conditional.Headers.IfNoneMatch.Add(etag);
            using var notModified = await server.Client.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        using (var xml = new HttpRequestMessage(HttpMethod.Get, new Uri("simple/simple-pkg/", UriKind.Relative)))
        {
            xml.Headers.Accept.ParseAdd("application/xml");
            using var refused = await server.Client.SendAsync(xml);
            Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
        }

        var file = (await JsonPageAsync(server)).GetProperty("files")[0];
        var metadataHash = file.GetProperty("core-metadata").GetProperty("sha256").GetString();
        var metadata = await server.Client.GetByteArrayAsync(new Uri(new Uri(server.BaseAddress, "simple/simple-pkg/"), file.GetProperty("url").GetString() + ".metadata"));
        Assert.Equal(metadataHash, Convert.ToHexStringLower(SHA256.HashData(metadata)));
        Assert.False(IsYanked(file));

        // The owner yanks the file on the projects page (PEP 592), then un-yanks it.
        using var owner = new WebSession(server.BaseAddress);
        await owner.LogInAsync("owner", LocalIndexAdmin.Password, LocalIndexAdmin.TotpSecret);
        var projects = await owner.GetAsync("projects/");
        var yank = YankAction().Match(projects);
        Assert.True(yank.Success, projects);
        await owner.PostAsync(yank.Groups[1].Value, new Dictionary<string, string> { ["reason"] = "broken <build>" });
        Assert.Equal("broken <build>", (await JsonPageAsync(server)).GetProperty("files")[0].GetProperty("yanked").GetString());
        Assert.Contains("data-yanked=\"broken &lt;build&gt;\"", await server.Client.GetStringAsync(new Uri("simple/simple-pkg/", UriKind.Relative)), StringComparison.Ordinal);
        await owner.PostAsync(yank.Groups[1].Value.Replace("/yank", "/unyank", StringComparison.Ordinal));
        Assert.False(IsYanked((await JsonPageAsync(server)).GetProperty("files")[0]));
    }

    private static bool IsYanked(JsonElement file)
        => file.TryGetProperty("yanked", out var yanked) && yanked.ValueKind != JsonValueKind.False;

    private static async Task<JsonElement> JsonPageAsync(LocalIndexServer server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("simple/simple-pkg/", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/vnd.pypi.simple.v1+json");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("application/vnd.pypi.simple.v1+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [GeneratedRegex("action=\"(/projects/files/\\d+/yank)\"")]
    private static partial Regex YankAction();
}
