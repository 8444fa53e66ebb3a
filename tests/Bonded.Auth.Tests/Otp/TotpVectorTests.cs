using System.Text;
using System.Text.Json;
using Bonded.Auth.Otp;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.Otp;

/// <summary>RFC 6238 Appendix B, for SHA-1, SHA-256 and SHA-512.</summary>
public sealed class TotpVectorTests
{
    public static TheoryData<string, long, string> Rfc6238Vectors()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "rfc6238-totp.json"))).RootElement;
        var data = new TheoryData<string, long, string>();
        foreach (var v in root.GetProperty("vectors").EnumerateArray())
        {
            foreach (var name in new[] { "SHA1", "SHA256", "SHA512" })
            {
                data.Add(name, v.GetProperty("time").GetInt64(), v.GetProperty(name).GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rfc6238Vectors))]
    public async Task Accepts_the_RFC_6238_code_at_its_time(string hash, long time, string code)
    {
        var (algorithm, secret) = hash switch
        {
            "SHA1" => (OtpHashAlgorithm.Sha1, "12345678901234567890"),
            "SHA256" => (OtpHashAlgorithm.Sha256, "12345678901234567890123456789012"),
            _ => (OtpHashAlgorithm.Sha512, "1234567890123456789012345678901234567890123456789012345678901234"),
        };
        using var key = new OtpKey(Encoding.ASCII.GetBytes(secret), algorithm, 8, 30);
        Assert.Equal(code, Hotp.Compute(key, time / 30));

        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(time));
        var totp = new TotpAuthenticator(Options.Create(new TotpOptions { Window = 0 }), new InMemoryOtpReplayStore(), clock);
        Assert.Equal(OtpVerificationResult.Accepted, await totp.VerifyAsync("user", key, code));
    }
}
