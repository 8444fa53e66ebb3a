using System.Text;
using Bonded.Auth.Macaroons;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Macaroons;

/// <summary>Parsing hostile input: only a macaroon or <see cref="MacaroonFormatException"/>, within the limits.</summary>
public sealed class MacaroonParsingTests
{
    private static readonly Macaroon Sample = Macaroon.Create("key"u8, "identifier", "https://example.org/")
        .AddFirstPartyCaveat("account = 3735928559")
        .AddThirdPartyCaveat("tp key"u8, "tp id"u8, "https://auth.example/");

    [Property(MaxTest = 2000)]
    public bool Any_bytes_yield_a_macaroon_or_the_documented_exception(byte[] data) =>
        ParsesOrThrowsDocumented(() => Macaroon.Parse(data, MacaroonLimits.Default))
        && Macaroon.TryParse(data, MacaroonLimits.Default, out _) == Succeeds(() => Macaroon.Parse(data, MacaroonLimits.Default));

    [Property(MaxTest = 2000)]
    public bool Any_string_yields_a_macaroon_or_the_documented_exception(string? text) =>
        text is null
            ? !Macaroon.TryParse(text, out _)
            : ParsesOrThrowsDocumented(() => Macaroon.Parse(text)) && Macaroon.TryParse(text, out _) == Succeeds(() => Macaroon.Parse(text));

    [Property(MaxTest = 1000)]
    public bool Bytes_after_a_v2_version_byte_yield_a_macaroon_or_the_documented_exception(byte[] rest) =>
        ParsesOrThrowsDocumented(() => Macaroon.Parse([2, .. rest], MacaroonLimits.Default))
        && ParsesOrThrowsDocumented(() => Macaroon.Parse(Convert.ToBase64String([2, .. rest])));

    [Property(MaxTest = 1000)]
    public bool Random_edits_of_a_valid_serialization_never_escape_the_documented_exception(int position, byte value, bool json)
    {
        var bytes = Sample.SerializeToBytes(json ? MacaroonFormat.V2Json : MacaroonFormat.V2);
        bytes[(int)(unchecked((uint)position) % (uint)bytes.Length)] = value;
        return ParsesOrThrowsDocumented(() => Macaroon.Parse(bytes, MacaroonLimits.Default));
    }

    [Property(MaxTest = 500)]
    public bool Every_format_round_trips_in_canonical_form(byte[] key, byte[] identifier, string[] predicates, string? location, bool thirdParty)
    {
        // Locations are text: a string with a lone surrogate has no UTF-8 form to round-trip.
        if (location is not null && Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(location)) != location)
        {
            location = null;
        }

        var m = Macaroon.Create(key, identifier, location);
        foreach (var predicate in predicates.Where(p => p is not null).Take(10))
        {
            m = m.AddFirstPartyCaveat(predicate);
        }

        if (thirdParty)
        {
            m = m.AddThirdPartyCaveat(key, identifier, location ?? "https://auth.example/");
        }

        foreach (var format in Enum.GetValues<MacaroonFormat>())
        {
            string text;
            try
            {
                text = m.Serialize(format);
            }
            catch (MacaroonFormatException) when (format == MacaroonFormat.V1Json)
            {
                continue; // v1 JSON holds only UTF-8 identifiers
            }

            var parsed = Macaroon.Parse(text);
            if (!parsed.Equals(m) || parsed.Serialize(format) != text)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Every_truncation_of_a_valid_serialization_is_refused()
    {
        foreach (var format in new[] { MacaroonFormat.V1, MacaroonFormat.V2, MacaroonFormat.V2Json, MacaroonFormat.V1Json })
        {
            var bytes = Sample.SerializeToBytes(format);
            for (var length = 0; length < bytes.Length; length++)
            {
                var prefix = bytes[..length];
                Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(prefix, MacaroonLimits.Default));
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { 2, 2, 0xff, 0xff, 0xff, 0xff, 0x0f }, "extends past")]
    [InlineData(new byte[] { 2, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01 }, "extends past")]
    [InlineData(new byte[] { 2, 2, 1, (byte)'a', 1, 1, (byte)'l', 0 }, "out of order")]
    [InlineData(new byte[] { 2, 2, 1, (byte)'a', 2, 1, (byte)'b', 0 }, "out of order")]
    [InlineData(new byte[] { 2, 9, 1, (byte)'a', 0 }, "unexpected field")]
    [InlineData(new byte[] { 2, 0, 0, 6, 32 }, "header")]
    public void Hostile_v2_binary_is_refused_with_a_precise_message(byte[] data, string expected)
    {
        var e = Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(data, MacaroonLimits.Default));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_bytes_after_the_signature_are_refused()
    {
        var bytes = Sample.SerializeToBytes(MacaroonFormat.V2);
        var e = Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse([.. bytes, 0], MacaroonLimits.Default));
        Assert.Contains("trailing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void First_party_caveat_with_a_location_is_refused()
    {
        // v2: location then identifier with no vid.
        byte[] data = [2, 2, 1, (byte)'i', 0, 1, 1, (byte)'l', 2, 1, (byte)'c', 0, 0, 6, 32, .. new byte[32]];
        var e = Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(data, MacaroonLimits.Default));
        Assert.Contains("first-party", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"v\":2,\"i\":\"a\",\"i64\":\"YQ\",\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "more than once")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"i\":\"b\",\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "more than once")]
    [InlineData("{\"v\":3,\"i\":\"a\",\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "version")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"s64\":\"AAAA\"}", "32 bytes")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"x\":1,\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "unknown field")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"c\":[{\"i\":\"x\",\"l\":\"loc\"}],\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "first-party")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"c\":[[[[[[[[]]]]]]]],\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "malformed")]
    [InlineData("{\"v\":2,\"i\":\"a\",\"s64\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"} x", "trailing")]
    [InlineData("{\"identifier\":\"a\",\"signature\":\"zz\"}", "64 hex")]
    [InlineData("{\"identifier\":\"a\",\"signature\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"caveats\":[{\"cid\":\"c\",\"cl\":\"l\"}]}", "first-party")]
    public void Hostile_json_is_refused_with_a_precise_message(string json, string expected)
    {
        var e = Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_bound_size_caveat_count_and_field_length()
    {
        var many = Macaroon.Create("k"u8, "id", null);
        for (var i = 0; i < 65; i++)
        {
            many = many.AddFirstPartyCaveat("c" + i);
        }

        foreach (var format in Enum.GetValues<MacaroonFormat>())
        {
            var e = Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(many.Serialize(format)));
            Assert.Contains("64 caveats", e.Message, StringComparison.Ordinal);
        }

        var longField = Macaroon.Create("k"u8, new string('x', 5000), null);
        Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(longField.Serialize(MacaroonFormat.V2)));
        Assert.Equal(longField, Macaroon.Parse(longField.Serialize(MacaroonFormat.V2), new MacaroonLimits { MaxFieldBytes = 8192 }));

        var tight = new MacaroonLimits { MaxSerializedBytes = 64 };
        Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(Sample.Serialize(MacaroonFormat.V2), tight));
        Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(new string('A', 1_000_000)));
    }

    [Theory]
    [InlineData("AgE=A")]
    [InlineData("Ag E")]
    [InlineData("AgF")]
    [InlineData("A")]
    [InlineData("Ag==")]
    public void Malformed_base64_is_refused(string text) =>
        Assert.Throws<MacaroonFormatException>(() => Macaroon.Parse(text));

    private static bool ParsesOrThrowsDocumented(Func<Macaroon> parse)
    {
        try
        {
            return parse() is not null;
        }
        catch (MacaroonFormatException e)
        {
            return e.Message.Length > 0;
        }
    }

    private static bool Succeeds(Func<Macaroon> parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (MacaroonFormatException)
        {
            return false;
        }
    }

    [Fact]
    public void Property_helpers_are_sound() =>
        Assert.True(ParsesOrThrowsDocumented(() => Macaroon.Parse(Encoding.UTF8.GetBytes("{}"), MacaroonLimits.Default)));
}
