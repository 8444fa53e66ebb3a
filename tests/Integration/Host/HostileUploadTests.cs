using System.IO.Compression;
using System.Text;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Hostile uploads get a 4xx with a clear reason and leave nothing behind: no file, no row, no page.</summary>
public sealed class HostileUploadTests(HostileUploadTests.Fixture fixture) : IClassFixture<HostileUploadTests.Fixture>
{
    private LocalIndexServer server => fixture.Server;

    private string token => fixture.Token;

    /// <summary>One index (small limits) and one uploader for every case.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public LocalIndexServer Server { get; private set; } = null!;

        public string Token { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Server = await LocalIndexServer.StartAsync(null, "--LocalIndex:MaxUploadBytes=200000", "--LocalIndex:MaxArchiveExpansionBytes=16000000");
            Token = await LocalIndexAdmin.UserWithTokenAsync(Server.DataDirectory, "mallory", withTotp: true);
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    public static TheoryData<string> Cases() => ["wrong-digest", "metadata-name", "metadata-version", "form-name", "oversized", "zip-bomb", "tar-bomb", "markup-name", "path-filename", "truncated", "not-an-archive"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_upload_is_refused_with_a_clear_reason_and_leaves_nothing_behind(string kind)
    {
        var (filename, content, name, version, overrides, expectedStatus, expectedWords) = Build(kind);

        using var response = await LegacyUploadClient.UploadAsync(server.Client, token, filename, content, name, version, overrides);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Contains(expectedWords, response.ReasonPhrase ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "files"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "tmp")));
        Assert.Empty(await server.Store.GetProjectsAsync());
        using var root = await server.Client.GetAsync(new Uri("simple/", UriKind.Relative));
        Assert.DoesNotContain("<a ", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static (string File, byte[] Content, string Name, string Version, Dictionary<string, string>? Overrides, int Status, string Words) Build(string kind)
    {
        var wheelName = Distributions.WheelName("evil-pkg", "1.0");
        var wheel = Distributions.Wheel("evil-pkg", "1.0");
        return kind switch
        {
            "wrong-digest" => (wheelName, wheel, "evil-pkg", "1.0", new() { ["sha256_digest"] = new string('0', 64) }, 400, "digest"),
            "metadata-name" => (wheelName, Distributions.Wheel("evil-pkg", "1.0", metadata: Distributions.Metadata("requests", "1.0")), "evil-pkg", "1.0", null, 400, "name"),
            "metadata-version" => (wheelName, Distributions.Wheel("evil-pkg", "1.0", metadata: Distributions.Metadata("evil-pkg", "9.9")), "evil-pkg", "1.0", null, 400, "version"),
            "form-name" => (wheelName, wheel, "other-pkg", "1.0", null, 400, "project"),
            "oversized" => (wheelName, Distributions.Wheel("evil-pkg", "1.0", extraFiles: new Dictionary<string, string> { ["evil_pkg/blob.txt"] = RandomText(1_000_000) }), "evil-pkg", "1.0", null, 413, "too large"),
            "zip-bomb" => (wheelName, Distributions.Wheel("evil-pkg", "1.0", metadata: Distributions.Metadata("evil-pkg", "1.0") + new string('A', 30_000_000)), "evil-pkg", "1.0", null, 400, "Invalid"),
            "tar-bomb" => (Distributions.SdistName("evil-pkg", "1.0"), TarBomb(), "evil-pkg", "1.0", null, 400, "Invalid"),
            "markup-name" => ("x.whl", wheel, "<script>alert(1)</script>", "1.0", null, 400, "name"),
            "path-filename" => ("../../evil_pkg-1.0-py3-none-any.whl", wheel, "evil-pkg", "1.0", null, 400, "file name"),
            "truncated" => (wheelName, wheel[..(wheel.Length / 2)], "evil-pkg", "1.0", null, 400, "Invalid"),
            "not-an-archive" => (wheelName, Encoding.UTF8.GetBytes("#!/bin/sh\necho hi\n"), "evil-pkg", "1.0", null, 400, "Invalid"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string RandomText(int length) => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(length / 2));

    /// <summary>An sdist whose first member expands to 64 MB of zeros before PKG-INFO (about 64 KB compressed).</summary>
    private static byte[] TarBomb()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new System.Formats.Tar.TarWriter(gzip, System.Formats.Tar.TarEntryFormat.Pax, leaveOpen: false))
        {
            tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "evil_pkg-1.0/zeros.bin") { DataStream = new MemoryStream(new byte[64_000_000]) });
            tar.WriteEntry(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "evil_pkg-1.0/PKG-INFO") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Distributions.Metadata("evil-pkg", "1.0"))) });
        }

        return buffer.ToArray();
    }
}
