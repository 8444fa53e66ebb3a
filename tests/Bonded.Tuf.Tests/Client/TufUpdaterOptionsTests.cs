namespace Bonded.Tuf.Tests.Client;

public sealed class TufUpdaterOptionsTests
{
    [Fact]
    public void Defaults_are_python_tuf_limits_and_need_only_the_locations()
    {
        var options = new TufUpdaterOptions { MetadataBaseUri = new Uri("https://example.org/metadata/"), MetadataDirectory = "/tmp/m" };
        Assert.Empty(options.Validate());
        Assert.Equal(256, options.MaxRootRotations);
        Assert.Equal(32, options.MaxDelegations);
        Assert.Equal(512_000, options.RootMaxLength);
        Assert.Equal(16_384, options.TimestampMaxLength);
        Assert.Equal(2_000_000, options.SnapshotMaxLength);
        Assert.Equal(5_000_000, options.TargetsMaxLength);
        Assert.True(options.PrefixTargetsWithHash);
        Assert.False(options.Offline);
    }

    [Fact]
    public void Every_invalid_value_is_reported()
    {
        var options = new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri("relative/", UriKind.Relative),
            TargetBaseUri = new Uri("relative/", UriKind.Relative),
            MaxRootRotations = 0,
            MaxDelegations = -1,
            RootMaxLength = 0,
            TimestampMaxLength = 0,
            SnapshotMaxLength = 0,
            TargetsMaxLength = 0,
            RequestTimeout = TimeSpan.Zero,
            ReadTimeout = TimeSpan.Zero,
            MinimumBytesPerSecond = -1,
        };
        Assert.Equal(12, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => new TufUpdater(options));
    }

    [Fact]
    public void Offline_needs_no_metadata_uri()
    {
        Assert.Empty(new TufUpdaterOptions { MetadataDirectory = "/tmp/m", Offline = true }.Validate());
    }
}
