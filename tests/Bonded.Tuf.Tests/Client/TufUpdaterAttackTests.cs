using System.Text;

namespace Bonded.Tuf.Tests.Client;

/// <summary>
/// One crafted repository per attack in the TUF specification's threat list (section 1.5.2), each showing the client
/// refuses the attacker's data and keeps what it trusted before.
/// </summary>
public sealed class TufUpdaterAttackTests
{
    private static readonly byte[] Good = "good release"u8.ToArray();
    private static readonly byte[] Evil = "evil release"u8.ToArray();

    [Fact]
    public async Task Arbitrary_installation_a_file_the_metadata_does_not_describe_is_refused()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "pkg/app-1.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        // The attacker answers the target request with a file of its choosing, of the right length.
        client.Fetcher.Attack = path => path.StartsWith("targets/", StringComparison.Ordinal) ? new MemoryStream(Evil) : null;

        using var updater = client.CreateUpdater();
        var target = await updater.GetTargetInfoAsync("pkg/app-1.0.tar.gz");
        Assert.NotNull(target);
        await Assert.ThrowsAsync<LengthOrHashMismatchException>(() => updater.DownloadTargetAsync(target));
        Assert.False(File.Exists(Path.Combine(client.TargetDirectory, Uri.EscapeDataString("pkg/app-1.0.tar.gz"))));
        Assert.Empty(Directory.Exists(client.TargetDirectory) ? Directory.GetFiles(client.TargetDirectory) : []);
    }

    [Fact]
    public async Task Arbitrary_installation_targets_metadata_signed_by_an_untrusted_key_is_refused()
    {
        using var repo = new TestRepository();
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();

        // The attacker lists its file in targets metadata it signs itself, and serves a matching snapshot listing.
        using var attacker = LocalSigner.Generate(KeyTypes.Ed25519);
        repo.AddTarget("targets", "pkg/app-1.0.tar.gz", Evil);
        repo.Publish("targets", "snapshot", "timestamp");
        repo.Replace("targets", TestRepository.Sign(repo.BuildTargets("targets", repo.Version("targets")), [attacker]));

        await Assert.ThrowsAsync<UnsignedMetadataException>(client.RefreshAsync);
        Assert.Equal(2, client.TrustedVersion("targets"));
    }

    [Fact]
    public async Task Endless_data_an_endless_timestamp_stops_at_its_size_cap()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        var endless = new EndlessStream();
        client.Fetcher.Attack = path => path == "metadata/timestamp.json" ? endless : null;

        var error = await Assert.ThrowsAsync<DownloadLengthException>(client.RefreshAsync);
        Assert.Contains("16384", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.Served, 16_385, 16_385 + 81_920);
        Assert.Null(client.TrustedVersion("timestamp"));
    }

    [Fact]
    public async Task Endless_data_a_target_longer_than_listed_is_cut_off_at_its_length()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "big.bin", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        var endless = new EndlessStream();
        client.Fetcher.Attack = path => path.StartsWith("targets/", StringComparison.Ordinal) ? endless : null;

        await Assert.ThrowsAsync<DownloadLengthException>(() => client.DownloadAsync("big.bin"));
        Assert.True(endless.Served <= Good.Length + 1);
    }

    [Fact]
    public async Task Endless_data_a_snapshot_longer_than_the_timestamp_lists_is_cut_off()
    {
        using var repo = new TestRepository { ListHashes = true };
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        var endless = new EndlessStream();
        client.Fetcher.Attack = path => path.EndsWith("snapshot.json", StringComparison.Ordinal) ? endless : null;

        await Assert.ThrowsAsync<DownloadLengthException>(client.RefreshAsync);
        Assert.True(endless.Served <= repo.Current("snapshot").Length + 1);
    }

    [Fact]
    public async Task Extraneous_dependencies_a_delegated_role_cannot_list_targets_outside_its_paths()
    {
        using var repo = new TestRepository();
        repo.AddDelegation("targets", "plugins", paths: ["plugins/*"]);
        repo.AddTarget("targets", "app/app-1.0.tar.gz", Good);

        // The plugins key holder also lists an "app" dependency it is not trusted for.
        repo.AddTarget("plugins", "app/dependency.tar.gz", Evil);
        repo.AddTarget("plugins", "plugins/ok.tar.gz", Good);
        repo.Publish("plugins", "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        using var updater = client.CreateUpdater();
        Assert.NotNull(await updater.GetTargetInfoAsync("plugins/ok.tar.gz"));
        Assert.Null(await updater.GetTargetInfoAsync("app/dependency.tar.gz"));
    }

    [Fact]
    public async Task Extraneous_dependencies_custom_dependency_data_cannot_be_added_without_the_key()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app-1.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        // The attacker edits the signed targets to add a dependency in the custom field, keeping the old signature.
        var original = Encoding.UTF8.GetString(repo.Current("targets"));
        var tampered = original.Replace("\"length\":", "\"custom\":{\"requires\":[\"evil\"]},\"length\":", StringComparison.Ordinal);
        Assert.NotEqual(original, tampered);
        repo.Replace("targets", Encoding.UTF8.GetBytes(tampered));

        await Assert.ThrowsAsync<UnsignedMetadataException>(client.RefreshAsync);
        Assert.Null(client.TrustedVersion("targets"));
    }

    [Fact]
    public async Task Fast_forward_a_timestamp_with_a_huge_version_but_no_valid_signature_is_refused()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        var trusted = client.TrustedBytes("timestamp");

        using var attacker = LocalSigner.Generate(KeyTypes.Ed25519);
        repo.Replace("timestamp", TestRepository.Sign(new Timestamp { Version = long.MaxValue - 1, Expires = TestRepository.Now.AddDays(1), SnapshotMeta = new MetaFile(2) }, [attacker]));
        await Assert.ThrowsAsync<UnsignedMetadataException>(client.RefreshAsync);
        Assert.Equal(trusted, client.TrustedBytes("timestamp"));
    }

    [Fact]
    public async Task Fast_forward_recovery_after_a_timestamp_key_compromise_the_rotated_key_resets_versions()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);

        // The compromised timestamp key fast-forwards the client to version 1000.
        repo.SetVersion("timestamp", 999);
        repo.Publish("timestamp");
        await client.RefreshAsync();
        Assert.Equal(1000, client.TrustedVersion("timestamp"));

        // A legitimate timestamp at a lower version is refused as a rollback ...
        repo.SetVersion("timestamp", 2);
        repo.Publish("timestamp");
        await Assert.ThrowsAsync<BadVersionNumberException>(client.RefreshAsync);

        // ... until root rotates the timestamp key: the old fast-forwarded timestamp no longer verifies.
        repo.RotateKeys("timestamp");
        repo.Publish("root", "timestamp");
        await client.RefreshAsync();
        Assert.Equal(4, client.TrustedVersion("timestamp"));
        Assert.Equal(2, client.TrustedVersion("root"));
    }

    [Fact]
    public async Task Indefinite_freeze_metadata_past_its_expiry_is_refused()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app-1.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();

        // The attacker keeps serving these files forever; a day after the timestamp expires the client stops trusting them.
        client.Time.Now = repo.Expiries["timestamp"].AddDays(1);
        await Assert.ThrowsAsync<ExpiredMetadataException>(client.RefreshAsync);
        await Assert.ThrowsAsync<ExpiredMetadataException>(() => client.DownloadAsync("app-1.0.tar.gz"));
    }

    [Theory]
    [InlineData("snapshot")]
    [InlineData("targets")]
    [InlineData("root")]
    public async Task Indefinite_freeze_each_expired_role_is_refused(string role)
    {
        using var repo = new TestRepository();
        repo.Expiries[role] = TestRepository.Now.AddHours(-1);
        repo.Publish(role == "root" ? ["root", "targets", "snapshot", "timestamp"] : [role, "snapshot", "timestamp"]);
        if (role == "snapshot")
        {
            repo.Publish("snapshot", "timestamp");
        }

        using var client = new TestClient(repo);
        await Assert.ThrowsAsync<ExpiredMetadataException>(client.RefreshAsync);
    }

    [Fact]
    public async Task Malicious_mirror_stale_and_tampered_metadata_from_a_mirror_leaves_the_trusted_state_intact()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app-1.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        var trustedTimestamp = client.TrustedBytes("timestamp");
        var staleTimestamp = repo.Current("timestamp");

        // The origin publishes an update; the mirror instead replays the stale timestamp, then serves a corrupt one.
        repo.AddTarget("targets", "app-2.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        var fresh = repo.Current("timestamp");
        repo.Replace("timestamp", staleTimestamp);
        await client.RefreshAsync();
        using (var updater = client.CreateUpdater())
        {
            Assert.Null(await updater.GetTargetInfoAsync("app-2.0.tar.gz"));
        }

        var corrupt = (byte[])fresh.Clone();
        corrupt[corrupt.Length / 2] ^= 0x01;
        repo.Replace("timestamp", corrupt);
        await Assert.ThrowsAnyAsync<TufException>(client.RefreshAsync);
        Assert.Equal(trustedTimestamp, client.TrustedBytes("timestamp"));

        // Back on an honest source, the client catches up.
        repo.Replace("timestamp", fresh);
        Assert.Equal(Good, await client.DownloadAsync("app-2.0.tar.gz"));
    }

    [Fact]
    public async Task Mix_and_match_targets_from_another_snapshot_are_refused()
    {
        using var repo = new TestRepository();
        repo.AddTarget("targets", "app-1.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");
        var oldTargets = repo.Current("targets");
        repo.AddTarget("targets", "app-2.0.tar.gz", Good);
        repo.Publish("targets", "snapshot", "timestamp");

        // The attacker serves the older targets file under the name the current snapshot asks for.
        repo.Replace("targets", oldTargets);
        using var client = new TestClient(repo);
        await Assert.ThrowsAsync<BadVersionNumberException>(client.RefreshAsync);
        Assert.Null(client.TrustedVersion("targets"));
    }

    [Fact]
    public async Task Mix_and_match_a_snapshot_not_matching_the_timestamp_hash_is_refused()
    {
        using var repo = new TestRepository { ListHashes = true };
        repo.Publish("targets", "snapshot", "timestamp");
        var timestamp = repo.Current("timestamp");

        // A different snapshot of the same version, validly signed, is not the one the timestamp pins by hash.
        repo.Expiries["snapshot"] = TestRepository.Now.AddDays(20);
        repo.SetVersion("snapshot", repo.Version("snapshot") - 1);
        repo.Publish("snapshot");
        repo.Replace("timestamp", timestamp);
        using var client = new TestClient(repo);
        await Assert.ThrowsAsync<LengthOrHashMismatchException>(client.RefreshAsync);
        Assert.Null(client.TrustedVersion("snapshot"));
    }

    [Theory]
    [InlineData("timestamp")]
    [InlineData("snapshot")]
    [InlineData("targets")]
    public async Task Rollback_an_older_version_than_trusted_is_refused(string role)
    {
        using var repo = new TestRepository();
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        var trusted = client.TrustedVersion(role);

        // The attacker rolls the role back (version numbers go down while everything else is validly signed).
        repo.SetVersion(role, trusted!.Value - 2);
        repo.Publish(role == "timestamp" ? ["timestamp"] : role == "snapshot" ? ["snapshot", "timestamp"] : ["targets", "snapshot", "timestamp"]);
        await Assert.ThrowsAsync<BadVersionNumberException>(client.RefreshAsync);

        Assert.Equal(trusted, client.TrustedVersion(role));
    }

    [Fact]
    public async Task Rollback_a_root_version_other_than_the_next_is_refused()
    {
        using var repo = new TestRepository();
        repo.Publish("root");
        using var client = new TestClient(repo);

        // 2.root.json answers with version 3 content.
        repo.Publish("root");
        repo.Files[TestRepository.MetadataPath("root", 2)] = repo.Files[TestRepository.MetadataPath("root", 3)];
        await Assert.ThrowsAsync<BadVersionNumberException>(client.RefreshAsync);
        Assert.Equal(1, client.TrustedVersion("root"));
    }

    [Fact]
    public async Task Slow_retrieval_a_stalled_response_times_out()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        client.Fetcher.Attack = path => path == "metadata/timestamp.json" ? new StallingStream(repo.Current("timestamp")[..10]) : null;
        using var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/"),
            MetadataDirectory = client.MetadataDirectory,
            ReadTimeout = TimeSpan.FromMilliseconds(200),
        }, client.Fetcher);

        await Assert.ThrowsAsync<SlowRetrievalException>(() => updater.RefreshAsync());
    }

    [Fact]
    public async Task Slow_retrieval_a_drip_below_the_minimum_rate_is_refused()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        client.Fetcher.Attack = path => path == "metadata/timestamp.json" ? new DrippingStream(repo.Current("timestamp"), TimeSpan.FromMilliseconds(20)) : null;
        using var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/"),
            MetadataDirectory = client.MetadataDirectory,
            ReadTimeout = TimeSpan.FromMilliseconds(100),
            MinimumBytesPerSecond = 1000,
        }, client.Fetcher);

        await Assert.ThrowsAsync<SlowRetrievalException>(() => updater.RefreshAsync());
    }

    [Fact]
    public async Task Slow_retrieval_a_server_that_never_answers_times_out()
    {
        using var repo = new TestRepository();
        using var client = new TestClient(repo);
        using var updater = new TufUpdater(new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/"),
            MetadataDirectory = client.MetadataDirectory,
            RequestTimeout = TimeSpan.FromMilliseconds(200),
        }, new NeverAnsweringFetcher());

        await Assert.ThrowsAsync<SlowRetrievalException>(() => updater.RefreshAsync());
    }

    [Theory]
    [InlineData("root")]
    [InlineData("targets")]
    [InlineData("snapshot")]
    [InlineData("timestamp")]
    public async Task Key_compromise_below_threshold_one_of_two_keys_cannot_sign_alone(string role)
    {
        using var repo = new TestRepository();
        var compromised = repo.AddKey(role);
        repo.SetThreshold(role, 2);
        repo.Publish("root", "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);
        await client.RefreshAsync();
        var trusted = client.TrustedVersion(role);

        // The attacker holds one of the two keys and signs a new version alone.
        repo.AddTarget("targets", "app-1.0.tar.gz", Evil);
        repo.Publish(role == "root" ? ["root", "targets", "snapshot", "timestamp"] : ["targets", "snapshot", "timestamp"]);
        Signed signed = role switch
        {
            "root" => repo.BuildRoot(repo.Version("root")),
            "targets" => repo.BuildTargets("targets", repo.Version("targets")),
            _ => Metadata<Signed>.Parse(repo.Current(role)).Signed,
        };
        repo.Replace(role, signed switch
        {
            Root r => TestRepository.Sign(r, [compromised]),
            Targets t => TestRepository.Sign(t, [compromised]),
            Snapshot s => TestRepository.Sign(s, [compromised]),
            Timestamp t => TestRepository.Sign(t, [compromised]),
            _ => throw new InvalidOperationException(),
        });

        await Assert.ThrowsAsync<UnsignedMetadataException>(client.RefreshAsync);
        Assert.Equal(trusted, client.TrustedVersion(role));
    }

    [Fact]
    public async Task Key_compromise_below_threshold_the_same_key_counts_once()
    {
        using var repo = new TestRepository();
        repo.AddKey("snapshot");
        repo.SetThreshold("snapshot", 2);
        repo.Publish("root", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        // Two signatures by one key do not make two of two.
        var snapshot = Metadata<Snapshot>.Parse(repo.Current("snapshot")).Signed;
        var key = repo.Signers("snapshot")[0];
        var json = Encoding.UTF8.GetString(TestRepository.Sign(snapshot, [key]));
        var signature = json[(json.IndexOf('[', StringComparison.Ordinal) + 1)..json.IndexOf(']', StringComparison.Ordinal)];
        repo.Replace("snapshot", Encoding.UTF8.GetBytes(json.Replace(signature, signature + "," + signature, StringComparison.Ordinal)));

        await Assert.ThrowsAnyAsync<TufException>(client.RefreshAsync);
        Assert.Null(client.TrustedVersion("snapshot"));
    }

    [Fact]
    public async Task Wrong_software_installation_another_valid_target_served_for_the_request_is_refused()
    {
        using var repo = new TestRepository(consistentSnapshot: false);
        repo.AddTarget("targets", "app-1.0.tar.gz", Good);
        repo.AddTarget("targets", "other-9.9.tar.gz", Evil);
        repo.Publish("targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        // The mirror answers the request for app-1.0 with other-9.9, a target the repository really signed.
        client.Fetcher.Attack = path => path == "targets/app-1.0.tar.gz" ? new MemoryStream(repo.Files["targets/other-9.9.tar.gz"]) : null;
        await Assert.ThrowsAsync<LengthOrHashMismatchException>(() => client.DownloadAsync("app-1.0.tar.gz"));
        client.Fetcher.Attack = null;
        Assert.Equal(Good, await client.DownloadAsync("app-1.0.tar.gz"));
    }

    [Fact]
    public async Task Wrong_software_installation_a_delegated_role_cannot_override_a_terminating_role()
    {
        using var repo = new TestRepository();
        repo.AddDelegation("targets", "project-a", paths: ["a/*"], terminating: true);
        repo.AddDelegation("targets", "catch-all", paths: ["*"]);
        repo.AddTarget("catch-all", "a/app.tar.gz", Evil);
        repo.Publish("project-a", "catch-all", "targets", "snapshot", "timestamp");
        using var client = new TestClient(repo);

        using var updater = client.CreateUpdater();
        Assert.Null(await updater.GetTargetInfoAsync("a/app.tar.gz"));
        Assert.DoesNotContain(client.Fetcher.Requests, r => r.Contains("catch-all", StringComparison.Ordinal));
    }

    /// <summary>Serves zeros forever.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Serves a prefix, then waits forever (until cancelled).</summary>
    private sealed class StallingStream(byte[] prefix) : MemoryStream(prefix)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            if (read > 0)
            {
                return read;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }

    /// <summary>Serves one byte per interval.</summary>
    private sealed class DrippingStream(byte[] data, TimeSpan interval) : MemoryStream(data)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(interval, cancellationToken);
            return await base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
        }
    }

    private sealed class NeverAnsweringFetcher : ITufFetcher
    {
        public async Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException();
        }
    }
}
