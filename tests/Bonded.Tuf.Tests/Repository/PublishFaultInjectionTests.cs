namespace Bonded.Tuf.Tests.Repository;

/// <summary>Interrupts a publish at every storage write and checks storage still serves the previous, verifying repository.</summary>
public sealed class PublishFaultInjectionTests
{
    private sealed class FaultyStorage(ITufStorage inner) : ITufStorage
    {
        public int Writes { get; private set; }

        public int FailAt { get; set; } = -1;

        public bool Torn { get; set; }

        public ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default) => inner.ReadAsync(path, cancellationToken);

        public async ValueTask WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
        {
            int n;
            lock (this)
            {
                n = Writes++;
            }

            if (n == FailAt)
            {
                if (Torn && !path.Equals("timestamp.json", StringComparison.Ordinal))
                {
                    // A crash that leaves a new, never-referenced file half written.
                    await inner.WriteAsync(path, content[..(content.Length / 2)], cancellationToken);
                }

                throw new IOException("injected fault at write " + n + " (" + path + ")");
            }

            await inner.WriteAsync(path, content, cancellationToken);
        }

        public ValueTask DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Every_interrupted_publish_leaves_the_previous_repository_verifying(bool torn, bool rotate)
    {
        // Count the writes of one publish.
        var probe = new FaultyStorage(new InMemoryTufStorage());
        var (first, _) = await Build(probe);
        var baseline = probe.Writes;
        await Change(first, rotate);
        var writes = probe.Writes - baseline;
        Assert.True(writes >= 4);

        for (var k = 0; k < writes; k++)
        {
            var storage = new FaultyStorage(new InMemoryTufStorage());
            var (repository, _) = await Build(storage);
            var previous = await RepositoryFixture.VerifyAsync(storage);
            storage.FailAt = storage.Writes + k;
            storage.Torn = torn;
            await Assert.ThrowsAnyAsync<TufException>(() => Change(repository, rotate));
            var after = await RepositoryFixture.VerifyAsync(storage);
            Assert.Equal(previous.Timestamp.Signed.Version, after.Timestamp.Signed.Version);
            Assert.Equal(previous.Snapshot.Signed.Version, after.Snapshot.Signed.Version);
            Assert.Equal(previous.Root.Signed.Version, after.Root.Signed.Version);
            Assert.DoesNotContain(after.Bins, b => b!.TargetFiles.ContainsKey("new/target.whl"));

            // The next publish succeeds and carries the staged change.
            storage.FailAt = -1;
            await repository.PublishAsync();
            var recovered = await RepositoryFixture.VerifyAsync(storage);
            Assert.Contains(recovered.Bins, b => b!.TargetFiles.ContainsKey("new/target.whl"));
            Assert.Equal(previous.Timestamp.Signed.Version + 1, recovered.Timestamp.Signed.Version);
        }
    }

    private static async Task<(TufRepository, ITufStorage)> Build(FaultyStorage storage)
    {
        var repository = await TufRepository.CreateAsync(storage, RepositoryFixture.Options(4), RepositoryFixture.Shared,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(RepositoryFixture.Start));
        repository.AddTargets([RepositoryFixture.Target("old/one.whl"), RepositoryFixture.Target("old/two.whl")]);
        await repository.PublishAsync();
        return (repository, storage);
    }

    private static async Task Change(TufRepository repository, bool rotate)
    {
        repository.AddTargets([RepositoryFixture.Target("new/target.whl")]);
        repository.RemoveTargets(["old/one.whl"]);
        if (rotate)
        {
            await repository.RotateAsync("bins", RepositoryFixture.Shared.Bins);
        }
        else
        {
            await repository.PublishAsync();
        }
    }
}
