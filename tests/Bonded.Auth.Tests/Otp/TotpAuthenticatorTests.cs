using Bonded.Auth.Otp;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.Otp;

public sealed class TotpAuthenticatorTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    private readonly InMemoryOtpReplayStore store = new();

    private TotpAuthenticator Create(int window = 1) =>
        new(Options.Create(new TotpOptions { Issuer = "Bonded Test", Window = window }), store, clock);

    private string CodeNow(OtpKey key, int offset = 0) => Hotp.Compute(key, (clock.GetUtcNow().ToUnixTimeSeconds() / key.Period) + offset);

    [Fact]
    public async Task Accepts_a_correct_code_once()
    {
        using var key = OtpKey.Generate();
        var totp = Create();
        var code = CodeNow(key);
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, code));
        Assert.Equal(OtpVerificationResult.Replayed, await totp.VerifyAsync("alice", key, code));
    }

    [Fact]
    public async Task Replay_of_100_concurrent_submissions_accepts_exactly_one()
    {
        using var key = OtpKey.Generate();
        var totp = Create();
        var code = CodeNow(key);
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await totp.VerifyAsync("alice", key, code);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);
        Assert.Equal(1, results.Count(r => r == OtpVerificationResult.Accepted));
        Assert.Equal(99, results.Count(r => r == OtpVerificationResult.Replayed));
    }

    [Theory]
    [InlineData(" {0}")]
    [InlineData("{0} ")]
    [InlineData("{0}\t")]
    [InlineData("{0}\n")]
    [InlineData("{1} {2}")]
    [InlineData("{1}-{2}")]
    [InlineData("\u00a0{0}\u2003")]
    public async Task Stray_white_space_is_normalized_and_cannot_replay_a_code(string format)
    {
        using var key = OtpKey.Generate();
        var totp = Create();
        var code = CodeNow(key);
        var variant = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, code, code[..3], code[3..]);
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, code));
        Assert.Equal(OtpVerificationResult.Replayed, await totp.VerifyAsync("alice", key, variant));

        using var other = OtpKey.Generate();
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("bob", other, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, CodeNow(other), CodeNow(other)[..3], CodeNow(other)[3..])));
        Assert.Equal(OtpVerificationResult.Replayed, await totp.VerifyAsync("bob", other, CodeNow(other)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("١٢٣٤٥٦")]
    [InlineData("+123456")]
    [InlineData("123456\u200b")]
    public async Task Rejects_malformed_codes(string code)
    {
        using var key = OtpKey.Generate();
        Assert.Equal(OtpVerificationResult.Rejected, await Create().VerifyAsync("alice", key, code));
    }

    [Fact]
    public async Task Rejects_an_oversized_input_without_work()
    {
        using var key = OtpKey.Generate();
        Assert.Equal(OtpVerificationResult.Rejected, await Create().VerifyAsync("alice", key, new string(' ', 100_000) + CodeNow(key)));
    }

    [Fact]
    public async Task Accepts_drift_within_the_window_only()
    {
        using var key = OtpKey.Generate();
        var totp = Create(window: 1);
        Assert.Equal(OtpVerificationResult.Rejected, await totp.VerifyAsync("alice", key, CodeNow(key, -2)));
        Assert.Equal(OtpVerificationResult.Rejected, await totp.VerifyAsync("alice", key, CodeNow(key, 2)));
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, CodeNow(key, -1)));
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, CodeNow(key, 1)));
    }

    [Fact]
    public async Task An_older_step_is_refused_after_a_newer_one_was_accepted()
    {
        using var key = OtpKey.Generate();
        var totp = Create(window: 1);
        var previous = CodeNow(key, -1);
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("alice", key, CodeNow(key)));
        Assert.Equal(OtpVerificationResult.Replayed, await totp.VerifyAsync("alice", key, previous));
    }

    [Fact]
    public async Task A_code_expires_with_its_window()
    {
        using var key = OtpKey.Generate();
        var totp = Create(window: 1);
        var code = CodeNow(key);
        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(OtpVerificationResult.Rejected, await totp.VerifyAsync("alice", key, code));
    }

    [Fact]
    public void Enrolment_gives_a_URI_a_QR_code_and_a_key_that_never_shows_in_ToString()
    {
        var totp = Create();
        using var enrollment = totp.Enroll("alice@example.org");
        var secret = enrollment.Key.ExportBase32();
        var uri = enrollment.Uri.ToUriString();
        Assert.StartsWith("otpauth://totp/Bonded%20Test:alice%40example.org?secret=" + secret, uri, StringComparison.Ordinal);
        Assert.Contains("&issuer=Bonded%20Test", uri, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, enrollment.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, enrollment.Uri.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, enrollment.Key.ToString(), StringComparison.Ordinal);
        Assert.Equal(secret, enrollment.GetManualEntryKey().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.StartsWith("<svg", enrollment.GetQrCodeSvg(), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, enrollment.GetQrCodePng()[..4]);
        Assert.True(totp.Matches(enrollment.Key, CodeNow(enrollment.Key)));
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TotpAuthenticator(
            Options.Create(new TotpOptions { Issuer = "a:b", Digits = 9, Window = 50 }), store, clock));
        Assert.Contains("Issuer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Digits", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Window", ex.Message, StringComparison.Ordinal);
    }
}
