using System.Net;
using Bonded.Auth.Policy;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.Policy;

public sealed class MfaPolicyTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAuditSink audit = new();

    private MfaPolicy Create(Action<MfaPolicyOptions>? configure = null)
    {
        var options = new MfaPolicyOptions();
        configure?.Invoke(options);
        return new MfaPolicy(Options.Create(options), new InMemoryRateLimitStore(clock), audit, clock);
    }

    [Fact]
    public async Task Brute_force_past_the_second_factor_limit_is_refused_and_audited()
    {
        var policy = Create();
        var address = IPAddress.Parse("192.0.2.10");
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", address)).IsAllowed);
        }

        for (var i = 0; i < 100; i++)
        {
            var refused = await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", address);
            Assert.False(refused.IsAllowed);
            Assert.True(refused.RetryAfter > TimeSpan.Zero);
        }

        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.RateLimited && e.Subject == "alice" && Equals(e.RemoteAddress, address));

        // Other users are not locked out by alice's attacker; the limit lifts once the window has slid past.
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "bob", IPAddress.Parse("192.0.2.11"))).IsAllowed);
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", address)).IsAllowed);
    }

    [Fact]
    public async Task One_address_spraying_many_users_hits_the_address_limit()
    {
        var policy = Create();
        var address = IPAddress.Parse("2001:db8:1:2::7");
        var allowed = 0;
        for (var i = 0; i < 200; i++)
        {
            // Rotating within the /64 does not help the attacker.
            var rotating = IPAddress.Parse($"2001:db8:1:2::{i + 1:x}");
            if ((await policy.CheckAttemptAsync(AttemptKind.Login, $"user{i}", i % 2 == 0 ? address : rotating)).IsAllowed)
            {
                allowed++;
            }
        }

        Assert.Equal(50, allowed);
    }

    [Fact]
    public async Task A_successful_login_resets_the_users_count()
    {
        var policy = Create();
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, "alice", null)).IsAllowed);
        }

        Assert.False((await policy.CheckAttemptAsync(AttemptKind.Login, "alice", null)).IsAllowed);
        await policy.ResetAsync(AttemptKind.Login, "alice");
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, "alice", null)).IsAllowed);
    }

    [Fact]
    public async Task The_sliding_window_remembers_the_previous_window()
    {
        var policy = Create(o =>
        {
            o.LoginPerUser.PermitLimit = 4;
            o.LoginPerUser.Window = TimeSpan.FromMinutes(10);
        });
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 12, 9, 0, TimeSpan.Zero));
        for (var i = 0; i < 4; i++)
        {
            Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, "alice", null)).IsAllowed);
        }

        // Just after the fixed-window boundary, a fixed window would allow four more at once; the sliding one does not.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 12, 10, 30, TimeSpan.Zero));
        Assert.False((await policy.CheckAttemptAsync(AttemptKind.Login, "alice", null)).IsAllowed);
    }

    [Fact]
    public async Task Huge_user_names_are_counted_without_keeping_them()
    {
        var policy = Create(o => o.LoginPerUser.PermitLimit = 1);
        var name = new string('x', 1_000_000);
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, name, null)).IsAllowed);
        Assert.False((await policy.CheckAttemptAsync(AttemptKind.Login, name, null)).IsAllowed);
        Assert.True((await policy.CheckAttemptAsync(AttemptKind.Login, name + "y", null)).IsAllowed);
    }

    [Theory]
    [InlineData("192.0.2.1", "192.0.2.1")]
    [InlineData("::ffff:192.0.2.1", "192.0.2.1")]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    public void Counts_IPv6_per_64_and_mapped_IPv4_as_IPv4(string address, string key) =>
        Assert.Equal(key, MfaPolicy.AddressKey(IPAddress.Parse(address)));

    [Fact]
    public void Requires_MFA_of_every_user_when_so_configured()
    {
        var policy = Create(o => o.Requirement = MfaRequirement.AllUsers);
        Assert.Equal(MfaRequirementLevel.Required, policy.GetRequirementForUser([]));
        Assert.Equal(MfaRequirementLevel.Required, policy.GetRequirementForProject("anything"));
    }

    [Fact]
    public void Requires_MFA_of_critical_project_maintainers_only()
    {
        var policy = Create(o =>
        {
            o.Requirement = MfaRequirement.CriticalProjects;
            o.CriticalProjects.Add("requests");
        });
        Assert.Equal(MfaRequirementLevel.Required, policy.GetRequirementForUser(["tiny", "Requests"]));
        Assert.Equal(MfaRequirementLevel.NotRequired, policy.GetRequirementForUser(["tiny"]));
        Assert.Equal(MfaRequirementLevel.Required, policy.GetRequirementForProject("requests"));
        Assert.Equal(MfaRequirementLevel.NotRequired, policy.GetRequirementForProject("tiny"));
        Assert.True(policy.IsCritical("requests"));
    }

    [Fact]
    public void Recommends_before_the_enforcement_date_and_requires_after()
    {
        var policy = Create(o =>
        {
            o.Requirement = MfaRequirement.AllUsers;
            o.EnforcedFrom = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        });
        Assert.Equal(MfaRequirementLevel.Recommended, policy.GetRequirementForUser([]));
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(MfaRequirementLevel.Required, policy.GetRequirementForUser([]));
    }

    [Fact]
    public void Nobody_needs_MFA_by_default()
    {
        Assert.Equal(MfaRequirementLevel.NotRequired, Create().GetRequirementForUser(["requests"]));
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(o =>
        {
            o.LoginPerUser.PermitLimit = 0;
            o.SecondFactorPerAddress.Window = TimeSpan.Zero;
        }));
        Assert.Contains("LoginPerUser.PermitLimit", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SecondFactorPerAddress.Window", ex.Message, StringComparison.Ordinal);
    }
}
