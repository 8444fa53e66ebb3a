using Bonded.Auth.Otp;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Otp;

public sealed class OtpAuthUriTests
{
    [Fact]
    public void Parses_the_Key_Uri_Format_example()
    {
        var uri = OtpAuthUri.Parse("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30");
        Assert.Equal(OtpType.Totp, uri.Type);
        Assert.Equal("ACME Co", uri.Issuer);
        Assert.Equal("john.doe@email.com", uri.AccountName);
        Assert.Equal(6, uri.Digits);
        using var key = uri.CreateKey();
        Assert.Equal("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ", key.ExportBase32());
    }

    [Theory]
    [InlineData("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Other")]
    [InlineData("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("otpauth://totp/alice?secret=JBSWY3DP")]
    [InlineData("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&digits=10")]
    [InlineData("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=MD5")]
    [InlineData("otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("otpauth://xotp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("otpauth://totp/%ZZ?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("otpauth://totp/%C3?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("otpauth://totp/?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    [InlineData("https://totp/alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")]
    public void Refuses_malformed_URIs(string text)
    {
        Assert.False(OtpAuthUri.TryParse(text, out _));
        Assert.Throws<OtpAuthUriFormatException>(() => OtpAuthUri.Parse(text));
    }

    [Fact]
    public void Refuses_an_oversized_URI() =>
        Assert.Throws<OtpAuthUriFormatException>(() => OtpAuthUri.Parse("otpauth://totp/a?secret=" + new string('A', 100_000)));

    private static Arbitrary<OtpAuthUri> Uris()
    {
        var name = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => new string(s.Get.Where(c => c != ':' && !char.IsControl(c) && !char.IsSurrogate(c)).Take(40).ToArray()).Trim())
            .Where(s => s.Length > 0);
        var gen =
            from type in Gen.Elements(OtpType.Totp, OtpType.Hotp)
            from account in name
            from hasIssuer in ArbMap.Default.GeneratorFor<bool>()
            from issuer in name
            from length in Gen.Choose(16, 64)
            from secret in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), length)
            from algorithm in Gen.Elements(OtpHashAlgorithm.Sha1, OtpHashAlgorithm.Sha256, OtpHashAlgorithm.Sha512)
            from digits in Gen.Choose(6, 8)
            from period in Gen.Choose(1, 300)
            from counter in Gen.Choose(0, int.MaxValue)
            select new OtpAuthUri(type, account, hasIssuer ? issuer : null, secret, algorithm, digits, period, counter);
        return gen.ToArbitrary();
    }

    [Property]
    public Property Round_trips_to_the_canonical_form() => Prop.ForAll(Uris(), uri =>
    {
        var text = uri.ToUriString();
        var parsed = OtpAuthUri.Parse(text);
        return parsed.ToUriString() == text
            && parsed.AccountName == uri.AccountName && parsed.Issuer == uri.Issuer && parsed.Type == uri.Type
            && parsed.Algorithm == uri.Algorithm && parsed.Digits == uri.Digits;
    });

    [Property]
    public bool Any_string_parses_or_fails_with_the_documented_exception(string text)
    {
        try
        {
            var ok = OtpAuthUri.TryParse(text, out _);
            if (text is not null)
            {
                _ = OtpAuthUri.Parse(text);
                return ok;
            }

            return !ok;
        }
        catch (OtpAuthUriFormatException)
        {
            return true;
        }
    }

    [Property]
    public bool Mutated_URIs_parse_or_fail_with_the_documented_exception(int position, char c)
    {
        var text = "otpauth://totp/Example%20Co:alice%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Co&algorithm=SHA256&digits=8&period=30";
        var index = (int)(unchecked((uint)position) % text.Length);
        var mutated = string.Concat(text.AsSpan(0, index), c.ToString(), text.AsSpan(index + 1));
        try
        {
            return OtpAuthUri.TryParse(mutated, out _) == (OtpAuthUri.Parse(mutated) is not null);
        }
        catch (OtpAuthUriFormatException)
        {
            return !OtpAuthUri.TryParse(mutated, out _);
        }
    }
}
