using Bonded.Auth.Macaroons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Macaroons;

public sealed class Base64AnyTests
{
    private const string Characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= \n\t.é";

    [Property(MaxTest = 2000)]
    public Property Fast_and_scalar_decoders_agree_on_any_text() =>
        Prop.ForAll(
            Gen.Elements(Characters.ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary(),
            text => Decode(text, scalar: false) == Decode(text, scalar: true));

    [Property(MaxTest = 1000)]
    public bool Url_safe_encodings_round_trip(byte[] data) =>
        Base64Any.Decode(Base64Any.EncodeUrl(data)) is { } decoded && decoded.AsSpan().SequenceEqual(data);

    [Theory]
    [InlineData("QR")] // 2 characters: the low 4 bits of 'R' are not zero
    [InlineData("QUF")] // 3 characters: the low 2 bits of 'F' are not zero
    [InlineData("QUJD RA")]
    [InlineData("A")]
    public void Refuses_non_canonical_and_malformed_text(string text) => Assert.Null(Base64Any.Decode(text));

    [Fact]
    public void Refuses_a_destination_that_is_too_small()
    {
        Assert.Equal(-1, Base64Any.Decode("QUJDRA", new byte[3]));
        Assert.Equal(4, Base64Any.Decode("QUJDRA", new byte[4]));
    }

    private static string Decode(string text, bool scalar)
    {
        var buffer = new byte[Base64Any.MaxDecodedLength(text.Length)];
        var written = scalar ? Base64Any.DecodeScalar(text, buffer) : Base64Any.Decode(text, buffer);
        return written < 0 ? "invalid" : Convert.ToHexString(buffer, 0, written);
    }
}
