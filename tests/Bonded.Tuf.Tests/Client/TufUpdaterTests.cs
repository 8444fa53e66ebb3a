using System.Text;
using Bonded.Tuf.Tests.Repository;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Client;

public sealed class TufUpdaterTests
{
    private static readonly byte[] Content = "release contents"u8.ToArray();

    [Fact]
    public async Task Refresh_requests_root_timestamp_snapshot_and_targets_in_order_and_stores_them_unversioned()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        await client.RefreshAsync();

        Assert.Equal(["metadata/2.root.json", "metadata/timestamp.json", "metadata/1.snapshot.json", "metadata/1.targets.json"], client.Fetcher.Requests);
        Assert.Equal(["root.json", "snapshot.json", "targets.json", "timestamp.json"],
            Directory.GetFiles(client.MetadataDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(repo.Current("timestamp"), client.TrustedBytes("timestamp"));
    }

    [Fact]
    public async Task Without_consistent_snapshots_unversioned_names_are_requested()
    {
        using var repo = new TestRepository(consistentSnapshot: false);
        repo.AddTarget("targets", "dir/file.txt", Content);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        Assert.Equal(Content, await client.DownloadAsync("dir/file.txt"));
        Assert.Contains("metadata/snapshot.json", client.Fetcher.Requests);
        Assert.Contains("targets/dir/file.txt", client.Fetcher.Requests);
    }

    [Fact]
    public async Task A_second_refresh_reuses_the_cached_snapshot_and_targets()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        client.Fetcher.Requests.Clear();

        // A new process (a restart) starts from the metadata folder alone.
        await client.RefreshAsync();
        Assert.Equal(["metadata/2.root.json", "metadata/timestamp.json"], client.Fetcher.Requests);
    }

    [Fact]
    public async Task Root_rotation_steps_through_every_version_and_trusts_the_last()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        for (var i = 0; i < 5; i++)
        {
            repo.RotateKeys("root");
            repo.Publish("root");
        }

        await client.RefreshAsync();
        Assert.Equal(6, client.TrustedVersion("root"));
        Assert.Contains("metadata/6.root.json", client.Fetcher.Requests);
    }

    [Fact]
    public async Task Root_rotation_is_bounded_by_max_root_rotations()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        for (var i = 0; i < 5; i++)
        {
            repo.Publish("root");
        }

        client.Configure = options => options.MaxRootRotations = 2;
        await client.RefreshAsync();
        Assert.Equal(3, client.TrustedVersion("root"));
        Assert.DoesNotContain("metadata/4.root.json", client.Fetcher.Requests);
    }

    [Fact]
    public async Task A_rotated_root_must_be_signed_by_the_old_and_the_new_keys()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        repo.RotateKeys("root");
        repo.ExtraRootSigners.Clear();
        repo.Publish("root");

        await Assert.ThrowsAsync<UnsignedMetadataException>(client.RefreshAsync);
        Assert.Equal(1, client.TrustedVersion("root"));
    }

    [Fact]
    public async Task An_equal_timestamp_version_keeps_the_trusted_file()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        var trusted = client.TrustedBytes("timestamp");

        // Same version, different bytes: the trusted one stays.
        repo.Expiries["timestamp"] = TestRepository.Now.AddDays(5);
        repo.SetVersion("timestamp", repo.Version("timestamp") - 1);
        repo.Publish("timestamp");
        await client.RefreshAsync();
        Assert.Equal(trusted, client.TrustedBytes("timestamp"));
    }

    [Fact]
    public async Task Delegations_are_searched_in_preorder_depth_first()
    {
        using var repo = new TestRepository();
        repo.AddDelegation("targets", "a", paths: ["*"]);
        repo.AddDelegation("a", "a1", paths: ["*"]);
        repo.AddDelegation("targets", "b", paths: ["*"]);
        repo.AddTarget("b", "file.txt", Content);
        repo.AddTarget("a1", "other.txt", Content);
        repo.Publish("a1", "a", "b", "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        client.Fetcher.Requests.Clear();

        using var updater = client.CreateUpdater();
        Assert.NotNull(await updater.GetTargetInfoAsync("file.txt"));
        Assert.Equal(["metadata/2.root.json", "metadata/timestamp.json", "metadata/1.a.json", "metadata/1.a1.json", "metadata/1.b.json"], client.Fetcher.Requests);
    }

    [Fact]
    public async Task The_search_stops_after_max_delegations_roles()
    {
        using var repo = new TestRepository();
        var parent = "targets";
        for (var i = 0; i < 6; i++)
        {
            repo.AddDelegation(parent, $"level{i}", paths: ["*"]);
            parent = $"level{i}";
        }

        repo.AddTarget(parent, "deep.txt", Content);
        repo.Publish([.. Enumerable.Range(0, 6).Select(i => $"level{i}"), "targets", "snapshot", "timestamp"]);
        using var client = new TestClient(repo);
        client.Configure = options => options.MaxDelegations = 4;
        using (var limited = client.CreateUpdater())
        {
            Assert.Null(await limited.GetTargetInfoAsync("deep.txt"));
        }

        client.Configure = null;
        using var unlimited = client.CreateUpdater();
        Assert.NotNull(await unlimited.GetTargetInfoAsync("deep.txt"));
    }

    [Fact]
    public async Task Path_hash_prefixes_route_a_target_to_its_role()
    {
        using var repo = new TestRepository();
        var prefix = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("pkg/x.tar.gz"u8))[..1];
        repo.AddDelegation("targets", "bin-" + prefix, hashPrefixes: [prefix]);
        repo.AddDelegation("targets", "bin-other", hashPrefixes: [prefix == "0" ? "1" : "0"]);
        repo.AddTarget("bin-" + prefix, "pkg/x.tar.gz", Content);
        repo.Publish("bin-" + prefix, "bin-other", "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        Assert.Equal(Content, await client.DownloadAsync("pkg/x.tar.gz"));
        Assert.DoesNotContain(client.Fetcher.Requests, r => r.Contains("bin-other", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_missing_from_the_snapshot_is_not_fetched()
    {
        using var repo = new TestRepository();
        repo.AddDelegation("targets", "ghost", paths: ["*"]);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        client.Fetcher.Requests.Clear();

        using var updater = client.CreateUpdater();
        await Assert.ThrowsAsync<InvalidMetadataException>(() => updater.GetTargetInfoAsync("file.txt"));
        Assert.DoesNotContain(client.Fetcher.Requests, r => r.Contains("ghost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("#")]
    [InlineData("/delegated")]
    [InlineData("../delegated")]
    [InlineData("ü")]
    public async Task Unusual_role_names_are_percent_encoded_in_urls_and_file_names(string role)
    {
        using var repo = new TestRepository();
        repo.AddDelegation("targets", role, paths: ["*"]);
        repo.AddTarget(role, "file.txt", Content);
        repo.Publish(role, "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        Assert.Equal(Content, await client.DownloadAsync("file.txt"));
        Assert.Contains($"metadata/1.{Uri.EscapeDataString(role)}.json", client.Fetcher.Requests);
        Assert.Equal(5, Directory.GetFiles(client.MetadataDirectory, "*.json").Length);
        Assert.True(File.Exists(Path.Combine(client.MetadataDirectory, Uri.EscapeDataString(role) + ".json")));
    }

    [Fact]
    public async Task A_verified_target_is_served_from_the_cache_and_replaced_when_it_changes()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app.tar.gz", Content);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        Assert.Equal(Content, await client.DownloadAsync("app.tar.gz"));
        Assert.Equal(Content, await client.DownloadAsync("app.tar.gz"));
        Assert.Single(client.Fetcher.Requests, r => r.StartsWith("targets/", StringComparison.Ordinal));

        var changed = "new contents"u8.ToArray();
        repo.AddTarget("targets", "app.tar.gz", changed);
        repo.Publish("targets", "snapshot", "timestamp");
        Assert.Equal(changed, await client.DownloadAsync("app.tar.gz"));
        Assert.Single(Directory.GetFiles(client.TargetDirectory));
    }

    [Fact]
    public async Task A_corrupted_cached_target_is_downloaded_again()
    {
        using var repo = new TestRepository();
        var target = repo.AddTarget("targets", "app.tar.gz", Content);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.DownloadAsync("app.tar.gz");
        var path = Path.Combine(client.TargetDirectory, "app.tar.gz");
        await File.WriteAllTextAsync(path, "tampered contents");

        using var updater = client.CreateUpdater();
        Assert.Null(await updater.FindCachedTargetAsync(target, path));
        Assert.Equal(Content, await client.DownloadAsync("app.tar.gz"));
    }

    [Fact]
    public async Task Offline_serves_from_the_caches_without_any_request()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app.tar.gz", Content);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.DownloadAsync("app.tar.gz");
        client.Fetcher.Requests.Clear();

        client.Configure = options => options.Offline = true;
        Assert.Equal(Content, await client.DownloadAsync("app.tar.gz"));
        Assert.Empty(client.Fetcher.Requests);

        using var updater = client.CreateUpdater();
        Assert.Null(await updater.GetTargetInfoAsync("missing.tar.gz"));
        var uncached = new TargetFile("other.tar.gz", 3, new Dictionary<string, string> { ["sha256"] = new string('0', 64) });
        await Assert.ThrowsAsync<DownloadException>(() => updater.DownloadTargetAsync(uncached));
        Assert.Empty(client.Fetcher.Requests);
    }

    [Fact]
    public async Task Offline_refuses_expired_or_missing_metadata()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        client.Configure = options => options.Offline = true;
        await Assert.ThrowsAsync<DownloadException>(client.RefreshAsync);

        client.Configure = null;
        await client.RefreshAsync();
        client.Configure = options => options.Offline = true;
        await client.RefreshAsync();
        client.Time.Now = repo.Expiries["timestamp"];
        await Assert.ThrowsAsync<ExpiredMetadataException>(client.RefreshAsync);
    }

    [Fact]
    public async Task A_bootstrap_root_is_written_when_the_folder_is_empty()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        File.Delete(Path.Combine(client.MetadataDirectory, "root.json"));
        await Assert.ThrowsAsync<InvalidMetadataException>(client.RefreshAsync);

        client.Configure = options => options.TrustedRoot = repo.InitialRoot;
        await client.RefreshAsync();
        Assert.Equal(1, client.TrustedVersion("root"));
    }

    [Fact]
    public async Task The_reference_time_is_fixed_once_per_refresh()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        var clock = new SteppingTime(TestRepository.Now, step: TimeSpan.FromDays(10));
        using var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/"),
            MetadataDirectory = client.MetadataDirectory,
        }, client.Fetcher, clock);

        // Each role expires in 30 days; a clock read per check would pass the expiry midway through the refresh.
        await updater.RefreshAsync();
        Assert.Equal(1, clock.Reads);
    }

    [Fact]
    public async Task A_repository_written_by_Bonded_verifies_end_to_end()
    {
        var (repository, storage, time) = await RepositoryFixture.CreateAsync(bins: 64);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var targets = new List<TargetFile>();
        for (var i = 0; i < 50; i++)
        {
            var data = Encoding.UTF8.GetBytes($"package {i}");
            var target = TargetFile.FromData($"packages/p{i}/p{i}-1.0.tar.gz", data);
            targets.Add(target);
            foreach (var hash in target.Hashes.Values)
            {
                files[$"packages/p{i}/{hash}.p{i}-1.0.tar.gz"] = data;
            }
        }

        repository.AddTargets(targets);
        await repository.PublishAsync();
        var directory = Directory.CreateTempSubdirectory("bonded-tuf-e2e-");
        try
        {
            var metadata = Path.Combine(directory.FullName, "metadata");
            Directory.CreateDirectory(metadata);
            await File.WriteAllBytesAsync(Path.Combine(metadata, "root.json"), (await storage.ReadAsync("1.root.json"))!);
            using var updater = new TufUpdater(new TufUpdaterOptions
            {
                MetadataBaseUri = new Uri("https://bonded.test/metadata/"),
                TargetBaseUri = new Uri("https://bonded.test/targets/"),
                MetadataDirectory = metadata,
                TargetDirectory = Path.Combine(directory.FullName, "targets"),
            }, new StorageFetcher(storage, files), time);
            var found = await updater.GetTargetInfoAsync("packages/p7/p7-1.0.tar.gz");
            Assert.NotNull(found);
            Assert.Equal("package 7", await File.ReadAllTextAsync(await updater.DownloadTargetAsync(found)));
            Assert.Null(await updater.GetTargetInfoAsync("packages/none/none-1.0.tar.gz"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Property(MaxTest = 40)]
    public Property Any_corrupted_byte_in_published_metadata_is_refused_with_a_tuf_exception()
    {
        var roles = Gen.Elements("timestamp", "snapshot", "targets", "root");
        return Prop.ForAll(Arb.From(roles), Arb.From(Gen.Choose(0, int.MaxValue)), Arb.From(Gen.Choose(1, 255)), (role, position, flip) =>
        {
            using var repo = new TestRepository(consistentSnapshot: position % 2 == 0) { ListHashes = position % 3 == 0 };
            repo.Publish("root", "targets", "snapshot", "timestamp");
            using var client = new TestClient(repo);
            var data = (byte[])repo.Current(role).Clone();
            var at = position % data.Length;
            var original = data[at];
            data[at] ^= (byte)flip;
            repo.Replace(role, data);

            // Signature values are hex, read without regard to case (as securesystemslib does): flipping the case of a
            // hex letter there leaves the same signature, and the metadata must still be accepted.
            var sameSignature = flip == 0x20 && original is >= (byte)'a' and <= (byte)'f' && InSignatureValue(data, at);
            try
            {
                client.RefreshAsync().GetAwaiter().GetResult();
                return sameSignature;
            }
            catch (TufException)
            {
                return client.TrustedVersion(role) is null or 1 && client.TrustedVersion("root") <= 2;
            }
        });
    }

    private static bool InSignatureValue(byte[] metadata, int position)
    {
        var text = Encoding.ASCII.GetString(metadata);
        var signed = text.IndexOf(",\"signed\":", StringComparison.Ordinal);
        for (var start = text.IndexOf("\"sig\":\"", StringComparison.Ordinal); start >= 0 && start < signed; start = text.IndexOf("\"sig\":\"", start + 1, StringComparison.Ordinal))
        {
            var from = start + "\"sig\":\"".Length;
            var to = text.IndexOf('"', from);
            if (position >= from && position < to)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class SteppingTime(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private DateTimeOffset now = start;

        public int Reads { get; private set; }

        public override DateTimeOffset GetUtcNow()
        {
            Reads++;
            var current = now;
            now += step;
            return current;
        }
    }

    /// <summary>Serves a Bonded repository's storage as metadata and a dictionary as targets.</summary>
    private sealed class StorageFetcher(ITufStorage storage, Dictionary<string, byte[]> targets) : ITufFetcher
    {
        public async Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken)
        {
            var path = uri.AbsolutePath;
            var data = path.StartsWith("/metadata/", StringComparison.Ordinal)
                ? await storage.ReadAsync(path["/metadata/".Length..], cancellationToken)
                : targets.GetValueOrDefault(path["/targets/".Length..]);
            return data is null ? throw new DownloadHttpException(path, 404) : new MemoryStream(data);
        }
    }
}
