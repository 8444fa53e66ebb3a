namespace Bonded.Tuf.Tests.Client;

/// <summary>The client against repositories no one here wrote: Sigstore's published metadata and repositories python-tuf generated.</summary>
public sealed class ThirdPartyRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset SigstoreTime = new(2026, 8, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("bonded-tuf-vectors-");

    private static string Vectors(string path) => Path.Combine(AppContext.BaseDirectory, "Vectors", "Client", path);

    [Fact]
    public async Task Sigstore_root_chain_from_root_5_rotates_to_root_15_and_downloads_targets()
    {
        using var updater = CreateUpdater(Vectors("sigstore-root-signing"), "5.root.json", SigstoreTime);
        await updater.RefreshAsync();
        Assert.Equal(15, TrustedVersion("root"));
        Assert.Equal(762, TrustedVersion("timestamp"));
        Assert.Equal(165, TrustedVersion("snapshot"));
        Assert.Equal(14, TrustedVersion("targets"));

        var trustedRoot = await updater.GetTargetInfoAsync("trusted_root.json");
        Assert.NotNull(trustedRoot);
        Assert.Equal(6787, trustedRoot.Length);
        var path = await updater.DownloadTargetAsync(trustedRoot);
        Assert.Contains("\"mediaType\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);

        // registry.npmjs.org/* is delegated (terminating) to a role signed by its own key.
        var npmKeys = await updater.GetTargetInfoAsync("registry.npmjs.org/keys.json");
        Assert.NotNull(npmKeys);
        await updater.DownloadTargetAsync(npmKeys);
        Assert.Equal(8, TrustedVersion("registry.npmjs.org"));
        Assert.Null(await updater.GetTargetInfoAsync("registry.npmjs.org/other.json"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(15)]
    public async Task Sigstore_every_starting_root_from_5_reaches_root_15(int start)
    {
        using var updater = CreateUpdater(Vectors("sigstore-root-signing"), $"{start}.root.json", SigstoreTime);
        await updater.RefreshAsync();
        Assert.Equal(15, TrustedVersion("root"));
    }

    [Fact]
    public async Task Sigstore_roots_before_the_specification_format_are_refused_as_trust_anchors()
    {
        using var updater = CreateUpdater(Vectors("sigstore-root-signing"), "1.root.json", SigstoreTime);
        await Assert.ThrowsAsync<InvalidMetadataException>(() => updater.RefreshAsync());
    }

    [Fact]
    public async Task Sigstore_a_tampered_intermediate_root_stops_the_chain_at_the_last_good_root()
    {
        var copy = CopyRepository(Vectors("sigstore-root-signing"));
        var tenth = Path.Combine(copy, "metadata", "10.root.json");
        var text = await File.ReadAllTextAsync(tenth);
        await File.WriteAllTextAsync(tenth, text.Replace("\"threshold\": 3", "\"threshold\": 1", StringComparison.Ordinal));
        using var updater = CreateUpdater(copy, "5.root.json", SigstoreTime);

        await Assert.ThrowsAsync<UnsignedMetadataException>(() => updater.RefreshAsync());
        Assert.Equal(9, TrustedVersion("root"));
        Assert.Null(TrustedVersion("timestamp"));
    }

    [Fact]
    public async Task Sigstore_after_the_timestamp_expires_the_repository_is_refused_and_offline_mode_too()
    {
        using (var online = CreateUpdater(Vectors("sigstore-root-signing"), "5.root.json", SigstoreTime))
        {
            await online.RefreshAsync();
        }

        using (var offline = CreateUpdater(Vectors("sigstore-root-signing"), null, SigstoreTime, offline: true))
        {
            Assert.NotNull(await offline.GetTargetInfoAsync("trusted_root.json"));
        }

        var late = new DateTimeOffset(2026, 8, 29, 0, 0, 0, TimeSpan.Zero);
        using (var updater = CreateUpdater(Vectors("sigstore-root-signing"), null, late))
        {
            await Assert.ThrowsAsync<ExpiredMetadataException>(() => updater.RefreshAsync());
        }

        using var expiredOffline = CreateUpdater(Vectors("sigstore-root-signing"), null, late, offline: true);
        await Assert.ThrowsAsync<ExpiredMetadataException>(() => expiredOffline.RefreshAsync());
    }

    [Theory]
    [InlineData("readme.txt", "top-level target\n", null)]
    [InlineData("files/custom.txt", "custom fields\n", null)]
    [InlineData("projects/a/a-1.0.tar.gz", "project a release\n", "projects")]
    [InlineData("projects/b/b-2.0.whl", "project b wheel\n", "project-b")]
    [InlineData("hashed/file.txt", "found by path hash prefix\n", "hashed")]
    public async Task Python_tuf_delegations_every_target_verifies(string targetPath, string content, string? role)
    {
        using var updater = CreateUpdater(Vectors("python-tuf/delegations"), "1.root.json", TestRepository.Now);
        var target = await updater.GetTargetInfoAsync(targetPath);
        Assert.NotNull(target);
        Assert.Equal(content, await File.ReadAllTextAsync(await updater.DownloadTargetAsync(target)));
        Assert.Equal(2, TrustedVersion("root"));
        if (role is not null)
        {
            Assert.Equal(1, TrustedVersion(role));
        }
    }

    [Fact]
    public async Task Python_tuf_delegations_custom_fields_and_terminating_roles_are_honoured()
    {
        using var updater = CreateUpdater(Vectors("python-tuf/delegations"), "1.root.json", TestRepository.Now);
        var target = await updater.GetTargetInfoAsync("files/custom.txt");
        Assert.Equal("v1", target!.Custom!.Value.GetProperty("tag").GetString());

        // projects/*/* is terminating: a miss there never reaches the hash-prefix role.
        Assert.Null(await updater.GetTargetInfoAsync("projects/c/c.tar.gz"));
        Assert.Null(TrustedVersion("hashed"));
    }

    [Fact]
    public async Task Python_tuf_succinct_bins_fetch_only_the_bin_of_each_target()
    {
        using var updater = CreateUpdater(Vectors("python-tuf/succinct"), "1.root.json", TestRepository.Now);
        for (var i = 0; i < 40; i += 13)
        {
            var target = await updater.GetTargetInfoAsync($"packages/pkg{i}/pkg{i}-1.0.tar.gz");
            Assert.NotNull(target);
            Assert.Equal($"package {i}\n", await File.ReadAllTextAsync(await updater.DownloadTargetAsync(target)));
        }

        var bins = Directory.GetFiles(Path.Combine(work.FullName, "metadata"), "bins-*.json");
        Assert.InRange(bins.Length, 1, 4);
        Assert.Null(await updater.GetTargetInfoAsync("packages/none/none-1.0.tar.gz"));
    }

    public void Dispose() => work.Delete(recursive: true);

    private TufUpdater CreateUpdater(string repository, string? trustedRoot, DateTimeOffset now, bool offline = false)
    {
        var metadata = Path.Combine(work.FullName, "metadata");
        Directory.CreateDirectory(metadata);
        if (trustedRoot is not null)
        {
            File.Copy(Path.Combine(repository, "metadata", trustedRoot), Path.Combine(metadata, "root.json"), overwrite: true);
        }

        return new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(Path.Combine(repository, "metadata") + "/"),
            TargetBaseUri = new Uri(Path.Combine(repository, "targets") + "/"),
            MetadataDirectory = metadata,
            TargetDirectory = Path.Combine(work.FullName, "targets"),
            Offline = offline,
        }, new FileSystemTufFetcher(), new FixedTime(now));
    }

    private long? TrustedVersion(string role)
    {
        var path = Path.Combine(work.FullName, "metadata", Uri.EscapeDataString(role) + ".json");
        return File.Exists(path) ? Metadata<Signed>.Parse(File.ReadAllBytes(path)).Signed.Version : null;
    }

    private string CopyRepository(string source)
    {
        var destination = Path.Combine(work.FullName, "repository");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }
}
