using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Tuf.Tests.Repository;

public sealed class TufRepositoryTests
{
    [Theory]
    [InlineData(true, KeyTypes.Ed25519)]
    [InlineData(false, KeyTypes.Ed25519)]
    [InlineData(true, KeyTypes.Ecdsa)]
    [InlineData(true, KeyTypes.Rsa)]
    public async Task Create_publishes_version_1_of_everything_and_it_verifies(bool succinct, string keyType)
    {
        var (repository, storage, _) = await RepositoryFixture.CreateAsync(16, succinct, keyType == KeyTypes.Ed25519 ? null : RepositoryFixture.Signers(keyType));
        var stored = await RepositoryFixture.VerifyAsync(storage);
        Assert.Equal(1, stored.Root.Signed.Version);
        Assert.Equal(1, stored.Timestamp.Signed.Version);
        Assert.Equal(1, stored.Snapshot.Signed.Version);
        Assert.Equal(17, stored.Snapshot.Signed.Meta.Count);
        Assert.True(stored.Root.Signed.ConsistentSnapshot);
        Assert.Equal(succinct, stored.Targets.Signed.Delegations!.SuccinctRoles is not null);
        Assert.Contains("1.bins-f.json", storage.Files.Keys);
        Assert.Equal(RepositoryFixture.Start.AddDays(1), stored.Timestamp.Signed.Expires);
        Assert.Equal(RepositoryFixture.Start.AddDays(365), stored.Root.Signed.Expires);
        Assert.True(repository.GetStatus().SuccinctBins == succinct);
        await Assert.ThrowsAsync<RepositoryException>(() => TufRepository.CreateAsync(storage, RepositoryFixture.Options(), RepositoryFixture.Shared));
    }

    [Fact]
    public async Task Publishing_a_target_signs_only_its_bin_snapshot_and_timestamp()
    {
        var (repository, storage, _) = await RepositoryFixture.CreateAsync();
        var target = RepositoryFixture.Target("files/demo-1.0.tar.gz");
        repository.AddTargets([target]);
        Assert.True(repository.ContainsTarget(target.Path));
        Assert.Equal(1, repository.GetStatus().StagedAdditions);
        var result = await repository.PublishAsync();
        Assert.Equal(1, result.BinsSigned);
        Assert.False(result.TargetsSigned);
        Assert.Equal(2, result.TimestampVersion);
        var stored = await RepositoryFixture.VerifyAsync(storage);
        var binName = repository.Bins.GetRoleForTarget(target.Path);
        var bin = stored.Bins[(int)repository.Bins.GetBinForTarget(target.Path)]!;
        Assert.Equal(2, bin.Version);
        Assert.Equal(target.Hashes, bin.TargetFiles[target.Path].Hashes);
        Assert.Equal(2, stored.Snapshot.Signed.Meta[binName + ".json"].Version);
        Assert.Equal(15, stored.Snapshot.Signed.Meta.Count(m => m.Value.Version == 1 && m.Key != "targets.json"));
        Assert.Equal(1, repository.GetStatus().TargetCount);
    }

    [Fact]
    public async Task Publishing_needs_only_the_online_keys_and_reopens()
    {
        var (_, storage, time) = await RepositoryFixture.CreateAsync();
        var online = RepositoryFixture.OnlineOnly(RepositoryFixture.Shared);
        var reopened = await TufRepository.OpenAsync(storage, RepositoryFixture.Options(), online, time);
        reopened.AddTargets([RepositoryFixture.Target("a/b.whl"), RepositoryFixture.Target("c/d.whl")]);
        reopened.RemoveTargets(["not/there"]);
        await reopened.PublishAsync();
        var again = await TufRepository.OpenAsync(storage, RepositoryFixture.Options(), online, time);
        Assert.True(again.ContainsTarget("a/b.whl"));
        Assert.Equal(2, again.GetStatus().TargetCount);
        Assert.Equal(2, again.GetStatus().TimestampVersion);
        await RepositoryFixture.VerifyAsync(storage);
    }

    [Fact]
    public async Task Open_rejects_keys_the_repository_does_not_trust()
    {
        var (_, storage, _) = await RepositoryFixture.CreateAsync();
        var strangers = RepositoryFixture.OnlineOnly(RepositoryFixture.Signers(KeyTypes.Ed25519));
        await Assert.ThrowsAsync<RepositoryException>(() => TufRepository.OpenAsync(storage, RepositoryFixture.Options(), strangers));
        await Assert.ThrowsAsync<RepositoryException>(() => TufRepository.OpenAsync(new InMemoryTufStorage(), RepositoryFixture.Options(), strangers));
    }

    [Fact]
    public async Task Roles_about_to_expire_are_re_signed_online()
    {
        var (repository, storage, time) = await RepositoryFixture.CreateAsync();
        time.Advance(TimeSpan.FromHours(13));
        var result = await repository.PublishAsync();
        Assert.Equal(16, result.BinsSigned);
        var stored = await RepositoryFixture.VerifyAsync(storage);
        Assert.All(stored.Bins, b => Assert.Equal(time.GetUtcNow().AddDays(1), b!.Expires));
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await repository.PublishAsync()).BinsSigned);
    }

    [Fact]
    public async Task Targets_about_to_expire_without_its_key_is_a_warning()
    {
        var (_, storage, time) = await RepositoryFixture.CreateAsync();
        var online = await TufRepository.OpenAsync(storage, RepositoryFixture.Options(), RepositoryFixture.OnlineOnly(RepositoryFixture.Shared), time);
        time.Advance(TimeSpan.FromDays(200));
        var result = await online.PublishAsync();
        Assert.Equal(2, result.Warnings.Count);
        Assert.False(result.TargetsSigned);
    }

    [Theory]
    [InlineData("root")]
    [InlineData("targets")]
    [InlineData("snapshot")]
    [InlineData("timestamp")]
    [InlineData("bins")]
    public async Task Rotation_publishes_a_repository_that_verifies_with_the_new_key(string role)
    {
        var signers = RepositoryFixture.Signers(KeyTypes.Ed25519);
        var (repository, storage, _) = await RepositoryFixture.CreateAsync(signers: signers);
        repository.AddTargets([RepositoryFixture.Target("x/y.whl")]);
        await repository.PublishAsync();
        using var fresh = LocalSigner.Generate(KeyTypes.Ed25519);
        await repository.RotateAsync(role, fresh);
        var stored = await RepositoryFixture.VerifyAsync(storage);
        if (role == "bins")
        {
            Assert.Contains(fresh.PublicKey.KeyId, stored.Targets.Signed.Delegations!.Keys.Keys);
            Assert.Equal(2, stored.Targets.Signed.Version);
        }
        else
        {
            Assert.Equal(2, stored.Root.Signed.Version);
            Assert.Equal([fresh.PublicKey.KeyId], stored.Root.Signed.Roles[role].KeyIds);
            if (role == "root")
            {
                Assert.Equal(2, stored.Root.Signatures.Count);
            }
        }

        Assert.True(repository.ContainsTarget("x/y.whl"));
        await Assert.ThrowsAsync<ArgumentException>(() => repository.RotateAsync("bin-0", fresh));
    }

    [Fact]
    public async Task Rotation_without_the_root_key_fails()
    {
        var (_, storage, time) = await RepositoryFixture.CreateAsync();
        var online = await TufRepository.OpenAsync(storage, RepositoryFixture.Options(), RepositoryFixture.OnlineOnly(RepositoryFixture.Shared), time);
        using var fresh = LocalSigner.Generate(KeyTypes.Ed25519);
        await Assert.ThrowsAsync<RepositoryException>(() => online.RotateAsync("timestamp", fresh));
        await Assert.ThrowsAsync<RepositoryException>(() => online.RotateAsync("bins", fresh));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/absolute")]
    [InlineData("new\nline")]
    public async Task Invalid_target_paths_are_refused(string path)
    {
        var (repository, _, _) = await RepositoryFixture.CreateAsync();
        Assert.Throws<ArgumentException>(() => repository.AddTargets([new TargetFile(path, 1, new Dictionary<string, string> { ["sha256"] = "00" })]));
    }

    [Property(MaxTest = 25)]
    public Property Adding_then_removing_targets_restores_each_bin() =>
        Prop.ForAll(Gen.Elements("a", "b/c", "simple/x/", "files/é.whl", "pkg-1.0.tar.gz", "z/y/x/w", "q").ListOf().ToArbitrary(), names =>
        {
            var (repository, storage, _) = RepositoryFixture.CreateAsync(4).GetAwaiter().GetResult();
            repository.AddTargets([RepositoryFixture.Target("base/one"), RepositoryFixture.Target("base/two")]);
            repository.PublishAsync().GetAwaiter().GetResult();
            var before = RepositoryFixture.VerifyAsync(storage).GetAwaiter().GetResult().Bins.Select(Listing).ToArray();
            var added = names.Select((n, i) => RepositoryFixture.Target("added/" + i + "/" + n)).ToList();
            repository.AddTargets(added);
            repository.PublishAsync().GetAwaiter().GetResult();
            repository.RemoveTargets(added.Select(t => t.Path));
            repository.PublishAsync().GetAwaiter().GetResult();
            var after = RepositoryFixture.VerifyAsync(storage).GetAwaiter().GetResult().Bins.Select(Listing).ToArray();
            return before.SequenceEqual(after);
        });

    private static string Listing(Targets? bin)
    {
        using var writer = new CanonicalJsonWriter();
        Targets.WriteTargets(writer, bin!.TargetFiles);
        return Encoding.UTF8.GetString(writer.WrittenSpan);
    }

    [Fact]
    public async Task Concurrent_staging_and_publishing_lose_nothing()
    {
        var (repository, storage, _) = await RepositoryFixture.CreateAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), async (i, _) =>
        {
            repository.AddTargets([RepositoryFixture.Target("c/" + i)]);
            await repository.PublishAsync();
        });
        var stored = await RepositoryFixture.VerifyAsync(storage);
        Assert.Equal(40, stored.Bins.Sum(b => b!.TargetFiles.Count));
        Assert.Equal(41, stored.Timestamp.Signed.Version);
    }

    [Fact]
    public async Task Publish_with_file_system_storage_round_trips()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bonded-tuf-" + Guid.NewGuid().ToString("N"));
        try
        {
            var storage = new FileSystemTufStorage(directory);
            var time = new FakeTimeProvider(RepositoryFixture.Start);
            var repository = await TufRepository.CreateAsync(storage, RepositoryFixture.Options(8), RepositoryFixture.Shared, time);
            repository.AddTargets([RepositoryFixture.Target("p/q.whl")]);
            await repository.PublishAsync();
            Assert.True(File.Exists(Path.Combine(directory, "1.root.json")));
            Assert.True(File.Exists(Path.Combine(directory, "2.snapshot.json")));
            Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
            await RepositoryFixture.VerifyAsync(storage);
            await Assert.ThrowsAsync<ArgumentException>(async () => await storage.ReadAsync("../escape"));
            Assert.Null(await storage.ReadAsync("missing.json"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] Manifest(IEnumerable<TargetFile> targets) =>
        [.. targets.SelectMany(t => TargetManifest.FormatLine(t).Append((byte)'\n'))];

    [Theory]
    [InlineData(10)]
    [InlineData(6000)]
    public async Task A_manifest_publishes_the_same_bytes_as_the_same_targets_added(int count)
    {
        var targets = Enumerable.Range(0, count).Select(i => RepositoryFixture.Target($"files/p{i % 97}/pkg-{i}.tar.gz")).ToList();
        var (viaApi, apiStorage, _) = await RepositoryFixture.CreateAsync(64);
        var (viaManifest, manifestStorage, _) = await RepositoryFixture.CreateAsync(64);
        viaApi.AddTargets(targets);
        Assert.Equal(count, await viaManifest.AddTargetsFromManifestAsync(new MemoryStream(Manifest(targets))));
        Assert.Equal(count, viaManifest.GetStatus().StagedAdditions);
        Assert.True(viaManifest.ContainsTarget(targets[^1].Path));
        await viaApi.PublishAsync();
        await viaManifest.PublishAsync();
        Assert.Equal(apiStorage.Files.Keys.Order(), manifestStorage.Files.Keys.Order());
        foreach (var (name, content) in apiStorage.Files)
        {
            Assert.True(content.AsSpan().SequenceEqual(manifestStorage.Files[name]), name);
        }

        var stored = await RepositoryFixture.VerifyAsync(manifestStorage);
        Assert.Equal(count, stored.Bins.Sum(b => b!.TargetFiles.Count));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(6000)]
    public async Task A_manifest_listing_a_path_twice_stages_nothing(int count)
    {
        var (repository, _, _) = await RepositoryFixture.CreateAsync();
        var targets = Enumerable.Range(0, count).Select(i => RepositoryFixture.Target($"f/{i}")).ToList();
        targets.Add(RepositoryFixture.Target("f/3", "other content"));
        var exception = await Assert.ThrowsAsync<InvalidMetadataException>(() => repository.AddTargetsFromManifestAsync(new MemoryStream(Manifest(targets))));
        Assert.Equal($"Manifest line {count + 1}: the path \"f/3\" is already listed on line 4.", exception.Message);
        Assert.Equal(0, repository.GetStatus().StagedAdditions);
        Assert.False(repository.ContainsTarget("f/0"));
    }

    [Fact]
    public async Task A_manifest_error_names_the_first_bad_line_and_stages_nothing()
    {
        var (repository, _, _) = await RepositoryFixture.CreateAsync();
        var lines = Enumerable.Range(0, 60_000).Select(i => Encoding.UTF8.GetString(TargetManifest.FormatLine(RepositoryFixture.Target($"f/{i}")))).ToList();
        lines[41_000] = "{\"path\":\"/etc/passwd\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}";
        lines[52_000] = "not json";
        var exception = await Assert.ThrowsAsync<InvalidMetadataException>(() => repository.AddTargetsFromManifestAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)))));
        Assert.StartsWith("Manifest line 41001: The target path \"/etc/passwd\" must be", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, repository.GetStatus().StagedAdditions);
    }

    [Fact]
    public async Task A_manifest_line_over_the_limit_is_refused_without_reading_on()
    {
        var (repository, _, _) = await RepositoryFixture.CreateAsync();
        var manifest = new byte[6 * 1024 * 1024];
        var first = TargetManifest.FormatLine(RepositoryFixture.Target("a"));
        first.CopyTo(manifest, 0);
        manifest[first.Length] = (byte)'\n';
        manifest.AsSpan(first.Length + 1).Fill((byte)' ');
        var exception = await Assert.ThrowsAsync<InvalidMetadataException>(() => repository.AddTargetsFromManifestAsync(new MemoryStream(manifest)));
        Assert.Equal($"Manifest line 2 is longer than {TargetManifest.MaxLineLength} bytes.", exception.Message);
        Assert.Equal(0, repository.GetStatus().StagedAdditions);
    }

    [Fact]
    public async Task A_manifest_read_can_be_cancelled()
    {
        var (repository, _, _) = await RepositoryFixture.CreateAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddTargetsFromManifestAsync(new MemoryStream(Manifest([RepositoryFixture.Target("a")])), cancelled.Token));
        Assert.Equal(0, repository.GetStatus().StagedAdditions);
    }

    [Fact]
    public async Task A_manifest_replaces_what_was_staged_before_and_an_empty_one_stages_nothing()
    {
        var (repository, storage, _) = await RepositoryFixture.CreateAsync();
        repository.AddTargets([RepositoryFixture.Target("a/b", "old")]);
        repository.RemoveTargets(["c/d"]);
        var replacement = RepositoryFixture.Target("a/b", "new");
        Assert.Equal(1, await repository.AddTargetsFromManifestAsync(new MemoryStream(Manifest([replacement]))));
        Assert.Equal(0, await repository.AddTargetsFromManifestAsync(new MemoryStream("\n\n"u8.ToArray())));
        var status = repository.GetStatus();
        Assert.Equal((1, 1), (status.StagedAdditions, status.StagedRemovals));
        await repository.PublishAsync();
        var stored = await RepositoryFixture.VerifyAsync(storage);
        Assert.Equal(replacement.Hashes, stored.Bins[(int)repository.Bins.GetBinForTarget("a/b")]!.TargetFiles["a/b"].Hashes);
    }

    [Property(MaxTest = 100)]
    public bool A_manifest_of_any_bytes_stages_targets_or_throws_the_documented_exception(byte[] manifest)
    {
        var (repository, _, _) = RepositoryFixture.CreateAsync(4).GetAwaiter().GetResult();
        try
        {
            var count = repository.AddTargetsFromManifestAsync(new MemoryStream(manifest ?? [])).GetAwaiter().GetResult();
            return repository.GetStatus().StagedAdditions == count;
        }
        catch (InvalidMetadataException exception)
        {
            return exception.Message.StartsWith("Manifest line ", StringComparison.Ordinal) && repository.GetStatus().StagedAdditions == 0;
        }
    }
}
