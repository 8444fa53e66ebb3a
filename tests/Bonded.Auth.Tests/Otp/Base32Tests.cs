using Bonded.Auth.Otp;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Otp;

public sealed class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Matches_the_RFC_4648_test_vectors_without_padding(string text, string encoded)
    {
        Assert.Equal(encoded, Base32.Encode(System.Text.Encoding.ASCII.GetBytes(text)));
        Assert.True(Base32.TryDecode(encoded + new string('=', (8 - (encoded.Length % 8)) % 8), out var bytes));
        Assert.Equal(text, System.Text.Encoding.ASCII.GetString(bytes));
    }

    [Property]
    public bool Round_trips_any_bytes(byte[] bytes) =>
        Base32.TryDecode(Base32.Encode(bytes ?? []), out var decoded) && decoded.AsSpan().SequenceEqual(bytes ?? []);

    [Property]
    public bool Any_text_decodes_canonically_or_not_at_all(string text)
    {
        if (!Base32.TryDecode(text ?? string.Empty, out var bytes))
        {
            return true;
        }

        return string.Equals(Base32.Encode(bytes), (text ?? string.Empty).TrimEnd('='), StringComparison.OrdinalIgnoreCase);
    }
}
