using Bonded.Integration.Tests.Infrastructure;
using Bonded.Tuf;
using Microsoft.Extensions.DependencyInjection;

namespace Bonded.Integration.Tests.Host;

/// <summary>A restart offers every target again; only those that differ from what TUF lists are signed.</summary>
public sealed class TufRestartTests
{
    [Fact]
    public async Task A_restart_with_nothing_changed_keeps_the_snapshot_and_timestamp_versions_and_a_later_upload_still_publishes()
    {
        using var data = new TempDirectory("bonded-tuf-restart");
        TufRepositoryStatus before;
        string token;
        await using (var first = await LocalIndexServer.StartAsync(data.Path))
        {
            token = await LocalIndexAdmin.UserWithTokenAsync(data.Path, "frank", withTotp: true, "frank-pkg");
            using var upload = await LegacyUploadClient.UploadAsync(first.Client, token, Distributions.WheelName("frank-pkg", "1.0"), Distributions.Wheel("frank-pkg", "1.0"), "frank-pkg", "1.0");
            Assert.Equal(System.Net.HttpStatusCode.OK, upload.StatusCode);
            before = first.Services.GetRequiredService<TufRepository>().GetStatus();
        }

        await using var second = await LocalIndexServer.StartAsync(data.Path);
        var after = second.Services.GetRequiredService<TufRepository>().GetStatus();
        using var next = await LegacyUploadClient.UploadAsync(second.Client, token, Distributions.WheelName("frank-pkg", "1.1"), Distributions.Wheel("frank-pkg", "1.1"), "frank-pkg", "1.1");
        var published = second.Services.GetRequiredService<TufRepository>().GetStatus();

        Assert.Equal(before.SnapshotVersion, after.SnapshotVersion);
        Assert.Equal(before.TimestampVersion, after.TimestampVersion);
        Assert.Equal(before.TargetCount, after.TargetCount);
        Assert.Equal(System.Net.HttpStatusCode.OK, next.StatusCode);
        Assert.True(published.SnapshotVersion > after.SnapshotVersion);
        Assert.Equal(after.TargetCount + 1, published.TargetCount);
    }

    [Fact]
    public async Task A_periodic_refresh_with_nothing_due_signs_nothing()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var repository = server.Services.GetRequiredService<TufRepository>();
        var before = repository.GetStatus();

        await server.Services.GetRequiredService<LocalIndex.Signing.ITufTargets>().RefreshAsync(CancellationToken.None);

        var after = repository.GetStatus();
        Assert.Equal(before.SnapshotVersion, after.SnapshotVersion);
        Assert.Equal(before.TimestampVersion, after.TimestampVersion);
    }
}
