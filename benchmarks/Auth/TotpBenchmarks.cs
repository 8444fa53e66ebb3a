using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bonded.Auth.Otp;
using Microsoft.Extensions.Options;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// One TOTP check: normalize the typed code and compare it with the codes of the time steps in the window (±1).
/// "Accept" matches the current step (one HMAC); "Reject" tries all three steps. The peer is Otp.NET 1.4.1's
/// <c>Totp.VerifyTotp</c> with the same window, measured in the same run.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TotpBenchmarks
{
    private OtpKey key = null!;
    private TotpAuthenticator authenticator = null!;
    private OtpNet.Totp peer = null!;
    private long step;
    private string good = null!;
    private string spaced = null!;
    private string bad = null!;

    [Params(OtpHashAlgorithm.Sha1, OtpHashAlgorithm.Sha256, OtpHashAlgorithm.Sha512)]
    public OtpHashAlgorithm Algorithm { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var secret = RandomNumberGenerator.GetBytes(Algorithm switch { OtpHashAlgorithm.Sha1 => 20, OtpHashAlgorithm.Sha256 => 32, _ => 64 });
        key = new OtpKey(secret, Algorithm);
        var clock = TimeProvider.System;
        authenticator = new TotpAuthenticator(Options.Create(new TotpOptions { Window = 1 }), new InMemoryOtpReplayStore(), clock);
        step = authenticator.CurrentStep(key);
        good = Hotp.Compute(key, step);
        spaced = good[..3] + " " + good[3..];
        bad = ((int.Parse(good, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        peer = new OtpNet.Totp(secret, mode: Algorithm switch
        {
            OtpHashAlgorithm.Sha1 => OtpNet.OtpHashMode.Sha1,
            OtpHashAlgorithm.Sha256 => OtpNet.OtpHashMode.Sha256,
            _ => OtpNet.OtpHashMode.Sha512,
        });
    }

    [GlobalCleanup]
    public void Cleanup() => key.Dispose();

    [Benchmark(Baseline = true)]
    public long Accept() => authenticator.Match(key, good, step);

    [Benchmark]
    public long AcceptWithWhiteSpace() => authenticator.Match(key, spaced, step);

    [Benchmark]
    public long Reject() => authenticator.Match(key, bad, step);

    [Benchmark]
    public bool PeerOtpNetAccept() => peer.VerifyTotp(good, out _, OtpNet.VerificationWindow.RfcSpecifiedNetworkDelay);

    [Benchmark]
    public bool PeerOtpNetReject() => peer.VerifyTotp(bad, out _, OtpNet.VerificationWindow.RfcSpecifiedNetworkDelay);
}
