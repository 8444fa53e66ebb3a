using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.Recovery;

public sealed class RecoveryCodesTests
{
    private readonly InMemoryAuditSink audit = new();
    private readonly InMemoryRecoveryCodeStore store = new();
    private readonly RecoveryCodes codes;

    public RecoveryCodesTests() =>
        codes = new RecoveryCodes(Options.Create(new RecoveryCodeOptions()), store, audit, new FakeTimeProvider());

    [Fact]
    public async Task Generates_a_set_of_distinct_formatted_codes()
    {
        var set = await codes.GenerateAsync("alice");
        Assert.Equal(10, set.Count);
        Assert.Equal(10, set.Distinct(StringComparer.Ordinal).Count());
        Assert.All(set, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(10, await codes.CountRemainingAsync("alice"));
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.RecoveryCodesGenerated && e.Subject == "alice");
    }

    [Fact]
    public async Task A_code_works_once_and_reuse_is_refused()
    {
        var set = await codes.GenerateAsync("alice");
        Assert.True(await codes.RedeemAsync("alice", set[3]));
        Assert.False(await codes.RedeemAsync("alice", set[3]));
        Assert.Equal(9, await codes.CountRemainingAsync("alice"));
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.RecoveryCodeUsed);
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.RecoveryCodeRejected);
    }

    [Fact]
    public async Task Concurrent_use_of_one_code_succeeds_exactly_once()
    {
        var set = await codes.GenerateAsync("alice");
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await codes.RedeemAsync("alice", set[0]))));
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Forgives_case_spaces_hyphens_and_look_alikes_without_allowing_reuse()
    {
        var set = await codes.GenerateAsync("alice");
        var typed = " " + set[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l') + "\t";
        Assert.True(await codes.RedeemAsync("alice", typed));
        Assert.False(await codes.RedeemAsync("alice", set[0]));
    }

    [Fact]
    public async Task A_code_belongs_to_its_user()
    {
        var set = await codes.GenerateAsync("alice");
        await codes.GenerateAsync("bob");
        Assert.False(await codes.RedeemAsync("bob", set[0]));
        Assert.True(await codes.RedeemAsync("alice", set[0]));
    }

    [Fact]
    public async Task A_new_set_revokes_the_old_one()
    {
        var old = await codes.GenerateAsync("alice");
        var fresh = await codes.GenerateAsync("alice");
        Assert.False(await codes.RedeemAsync("alice", old[0]));
        Assert.True(await codes.RedeemAsync("alice", fresh[0]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("UUUU-UUUU-UUUU-UUUU")]
    [InlineData("AAAA-AAAA-AAAA-AAAA-A")]
    public async Task Malformed_codes_are_refused(string code)
    {
        await codes.GenerateAsync("alice");
        Assert.False(await codes.RedeemAsync("alice", code));
        Assert.False(await codes.RedeemAsync("alice", new string('A', 10_000)));
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RecoveryCodes(Options.Create(new RecoveryCodeOptions { Count = 1, Length = 4 }), store, audit, new FakeTimeProvider()));
        Assert.Contains("Count", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Length", ex.Message, StringComparison.Ordinal);
    }
}
