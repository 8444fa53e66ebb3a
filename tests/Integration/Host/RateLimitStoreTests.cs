using Bonded.Auth.Policy;
using Bonded.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bonded.Integration.Tests.Host;

/// <summary>The host keeps Bonded.Auth's rate-limit counts in its SQLite database: atomic and kept across restarts.</summary>
public sealed class RateLimitStoreTests
{
    [Fact]
    public async Task Login_attempts_counted_before_a_restart_still_count_after_it()
    {
        using var data = new TempDirectory("bonded-ratelimit");
        await using (var first = await LocalIndexServer.StartAsync(data.Path))
        {
            var policy = first.Services.GetRequiredService<MfaPolicy>();
            for (var i = 0; i < 10; i++)
            {
                Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, "victim", null)).IsAllowed);
            }
        }

        await using var second = await LocalIndexServer.StartAsync(data.Path);
        var refused = await second.Services.GetRequiredService<MfaPolicy>().CheckAttemptAsync(AttemptKind.Login, "victim", null);

        Assert.False(refused.IsAllowed);
        Assert.True(refused.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public async Task Concurrent_increments_are_atomic_and_reset_forgets_the_bucket()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var store = server.Services.GetRequiredService<IRateLimitStore>();
        var expires = DateTimeOffset.UnixEpoch.AddYears(200);

        await store.IncrementAsync("b", 6, expires);
        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(async () => await store.IncrementAsync("b", 7, expires))));
        await store.ResetAsync("b");
        var afterReset = await store.IncrementAsync("b", 7, expires);

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), counts.Select(c => c.Current).Order());
        Assert.All(counts, c => Assert.Equal(1, c.Previous));
        Assert.Equal((1L, 0L), afterReset);
    }
}
