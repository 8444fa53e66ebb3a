using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Bonded.Auth.Otp;
using Microsoft.Extensions.Options;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// TOTP checks (<see cref="TotpBenchmarks"/>'s Accept and Reject, and Otp.NET's) in process CPU time per check, as
/// <see cref="TokenCpuTimeBenchmarks"/> does: run with --inProcess; the global cleanup prints "CPU per op".
/// </summary>
public class TotpCpuTimeBenchmarks
{
    private OtpKey key = null!;
    private TotpAuthenticator authenticator = null!;
    private OtpNet.Totp peer = null!;
    private long step;
    private string code = null!;
    private readonly CpuTimePerOperation cpu = new();

    [Params(OtpHashAlgorithm.Sha1, OtpHashAlgorithm.Sha256, OtpHashAlgorithm.Sha512)]
    public OtpHashAlgorithm Algorithm { get; set; }

    /// <summary>True: the code of the current step; false: a wrong code (all three steps of the ±1 window computed).</summary>
    [Params(true, false)]
    public bool Accept { get; set; }

    /// <summary>True: Otp.NET 1.4.1 <c>Totp.VerifyTotp</c> with the same window instead of ours.</summary>
    [Params(false, true)]
    public bool Peer { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        CpuTimePerOperation.ApplyManagedShaSwitch();
        var secret = RandomNumberGenerator.GetBytes(Algorithm switch { OtpHashAlgorithm.Sha1 => 20, OtpHashAlgorithm.Sha256 => 32, _ => 64 });
        key = new OtpKey(secret, Algorithm);
        authenticator = new TotpAuthenticator(Options.Create(new TotpOptions { Window = 1 }), new InMemoryOtpReplayStore(), TimeProvider.System);
        step = authenticator.CurrentStep(key);
        var good = Hotp.Compute(key, step);
        code = Accept ? good : ((int.Parse(good, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        peer = new OtpNet.Totp(secret, mode: Algorithm switch
        {
            OtpHashAlgorithm.Sha1 => OtpNet.OtpHashMode.Sha1,
            OtpHashAlgorithm.Sha256 => OtpNet.OtpHashMode.Sha256,
            _ => OtpNet.OtpHashMode.Sha512,
        });
        if (Check() != Accept)
        {
            throw new InvalidOperationException("benchmark code does not behave as intended");
        }

        cpu.Restart();
    }

    [Benchmark]
    public bool Check()
    {
        cpu.Count();
        return Peer
            ? peer.VerifyTotp(code, out _, OtpNet.VerificationWindow.RfcSpecifiedNetworkDelay)
            : authenticator.Match(key, code, step) >= 0;
    }

    [GlobalCleanup]
    public void Report()
    {
        cpu.Report($"Algorithm={Algorithm}, Accept={Accept}, Peer={Peer}", "checks");
        key.Dispose();
    }
}
