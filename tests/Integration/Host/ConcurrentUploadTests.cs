using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Simultaneous uploads never lose a file or a TUF update.</summary>
public sealed class ConcurrentUploadTests
{
    private const int Clients = 20;
    private const int UploadsPerClient = 10;

    [Fact]
    public async Task Two_hundred_concurrent_uploads_from_twenty_clients_are_all_listed_downloadable_and_tuf_verified()
    {
        await using var server = await LocalIndexServer.StartAsync();
        using var work = new TempDirectory("bonded-concurrent");
        var token = await LocalIndexAdmin.UserWithTokenAsync(server.DataDirectory, "carol", withTotp: true);

        // Ten projects, so that uploads race both on one project's page and on the root page.
        var uploads = Enumerable.Range(0, Clients * UploadsPerClient)
            .Select(i => (Project: $"busy-pkg-{i % 10}", Version: $"1.{i}"))
            .Select(u => (u.Project, u.Version, File: Distributions.WheelName(u.Project, u.Version), Content: Distributions.Wheel(u.Project, u.Version)))
            .ToList();
        var clients = Enumerable.Range(0, Clients).Select(_ => new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) }).ToList();
        try
        {
            var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                var statuses = new List<HttpStatusCode>();
                for (var i = c; i < uploads.Count; i += Clients)
                {
                    var u = uploads[i];
                    using var response = await LegacyUploadClient.UploadAsync(clients[c], token, u.File, u.Content, u.Project, u.Version);
                    statuses.Add(response.StatusCode);
                }

                return statuses;
            })));
            Assert.All(results.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        // Listed: every file on its project's JSON page, with the right digest; downloadable with the same bytes.
        foreach (var group in uploads.GroupBy(u => u.Project))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"simple/{group.Key}/", UriKind.Relative));
            request.Headers.Accept.ParseAdd("application/vnd.pypi.simple.v1+json");
            using var response = await server.Client.SendAsync(request);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var listed = page.RootElement.GetProperty("files").EnumerateArray()
                .ToDictionary(f => f.GetProperty("filename").GetString()!, f => f.GetProperty("hashes").GetProperty("sha256").GetString()!);
            Assert.Equal(group.Count(), listed.Count);
            foreach (var u in group)
            {
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(u.Content)), listed[u.File]);
                var bytes = await server.Client.GetByteArrayAsync(new Uri($"files/{u.Project}/{u.File}", UriKind.Relative));
                Assert.Equal(u.Content, bytes);
            }
        }

        // Verified by TUF: every file and every project page is a signed target that tuf-js downloads.
        var targets = uploads.Select(u => $"files/{u.Project}/{u.File}")
            .Concat(uploads.Select(u => $"simple/{u.Project}/index.html").Distinct())
            .Append("simple/index.html")
            .ToArray();
        var verified = await TufJs.DownloadAsync(server.BaseAddress, server.Client, work.Path, targets);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Equal(targets.Length, verified.StandardOutput.Split('\n').Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
    }
}
