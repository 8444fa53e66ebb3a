using Bonded.Auth.Otp;

namespace Bonded.Auth.Tests.Otp;

public sealed class OtpKeyTests
{
    [Fact]
    public void Round_trips_through_base32_and_hides_the_secret()
    {
        using var key = OtpKey.Generate(OtpHashAlgorithm.Sha256);
        Assert.Equal(32, key.SecretLength);
        var text = key.ExportBase32();
        using var again = OtpKey.FromBase32(text.ToLowerInvariant(), OtpHashAlgorithm.Sha256);
        Assert.Equal(key.Export(), again.Export());
        Assert.DoesNotContain(text, key.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JBSWY3DPEHPK3PX!")]
    [InlineData("JBSWY3DPEHPK3PX1")]
    [InlineData("JBSWY3DP")]
    public void Refuses_bad_or_short_secrets(string text) =>
        Assert.ThrowsAny<Exception>(() => OtpKey.FromBase32(text));

    [Fact]
    public void Refuses_use_after_dispose()
    {
        var key = OtpKey.Generate();
        key.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.ExportBase32());
        Assert.Throws<ObjectDisposedException>(() => Hotp.Compute(key, 1));
    }
}
