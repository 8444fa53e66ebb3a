using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Json;

public sealed class CanonicalJsonTests
{
    public static IEnumerable<object[]> Vectors => TestVectors.Items("canonical.json");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Serializes_like_securesystemslib(int index)
    {
        var vector = TestVectors.Item("canonical.json", index);
        using var input = JsonDocument.Parse(vector.GetProperty("input").GetString()!);
        var canonical = CanonicalJson.Serialize(input.RootElement);
        Assert.Equal(vector.GetProperty("canonical").GetString(), Encoding.UTF8.GetString(canonical));
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"a\":{\"b\":1,\"b\":1}}")]
    [InlineData("{\"a\":1.5}")]
    [InlineData("[1e3]")]
    [InlineData("[1E3]")]
    [InlineData("[123456789012345678901234567890]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1} // comment")]
    [InlineData("{\"a\":1}{}")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"\\udc00\":1}")]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":tru}")]
    [InlineData("NaN")]
    [InlineData("{'a':1}")]
    public void Strict_reader_rejects(string json)
    {
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.False(CanonicalJson.TryParse(Encoding.UTF8.GetBytes(json), out _));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xFF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xE2, 0x82, (byte)'"' })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'1', 0xC0 })]
    public void Strict_reader_rejects_invalid_utf8(byte[] bytes) =>
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Parse(bytes));

    [Fact]
    public void Strict_reader_enforces_depth_limit()
    {
        var deep = new string('[', 40) + new string(']', 40);
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Parse(Encoding.UTF8.GetBytes(deep)));
        var limits = new JsonReadLimits { MaxDepth = 64 };
        Assert.Equal(JsonValueKind.Array, CanonicalJson.Parse(Encoding.UTF8.GetBytes(deep), limits).ValueKind);
    }

    [Fact]
    public void Strict_reader_enforces_size_limit()
    {
        var json = Encoding.UTF8.GetBytes("\"" + new string('a', 2000) + "\"");
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Parse(json, new JsonReadLimits { MaxBytes = 1000 }));
        Assert.Equal(JsonValueKind.String, CanonicalJson.Parse(json).ValueKind);
    }

    [Fact]
    public void Strict_reader_accepts_negative_and_large_integers()
    {
        var value = CanonicalJson.Parse("[-9223372036854775808,9223372036854775807,0]"u8);
        Assert.Equal(long.MinValue, value[0].GetInt64());
        Assert.Equal("[-9223372036854775808,9223372036854775807,0]", Encoding.UTF8.GetString(CanonicalJson.Serialize(value)));
    }

    [Fact]
    public void Writer_rejects_floats_and_unpaired_surrogates()
    {
        using var floats = JsonDocument.Parse("[1.5]");
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Serialize(floats.RootElement));
        using var surrogate = JsonDocument.Parse("[\"\\ud800\"]");
        Assert.Throws<InvalidMetadataException>(() => CanonicalJson.Serialize(surrogate.RootElement));
    }

    [Fact]
    public void Sorts_keys_by_code_point_not_utf16()
    {
        // U+FFFF sorts before U+1F600 by code point, after it by UTF-16 code unit.
        using var document = JsonDocument.Parse("{\"\\ud83d\\ude00\":1,\"\\uffff\":2}");
        Assert.Equal("{\"\uffff\":2,\"\U0001F600\":1}", Encoding.UTF8.GetString(CanonicalJson.Serialize(document.RootElement)));
    }

    [Property(MaxTest = 300)]
    public Property Serialize_parse_serialize_is_byte_identical() =>
        Prop.ForAll(JsonGenerators.Value().ToArbitrary(), json =>
        {
            using var document = JsonDocument.Parse(json);
            var first = CanonicalJson.Serialize(document.RootElement);
            var parsed = CanonicalJson.Parse(first, new JsonReadLimits { MaxDepth = 64 });
            var second = CanonicalJson.Serialize(parsed);
            return first.AsSpan().SequenceEqual(second);
        });

    [Property(MaxTest = 300)]
    public Property Canonical_form_is_a_fixed_point_of_reordering() =>
        Prop.ForAll(JsonGenerators.Value().ToArbitrary(), json =>
        {
            // Re-serialize with System.Text.Json (different whitespace/escaping); the canonical bytes do not change.
            using var document = JsonDocument.Parse(json);
            var pretty = JsonSerializer.SerializeToUtf8Bytes(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
            using var reparsed = JsonDocument.Parse(pretty);
            return CanonicalJson.Serialize(document.RootElement).AsSpan().SequenceEqual(CanonicalJson.Serialize(reparsed.RootElement));
        });

    [Property(MaxTest = 500)]
    public bool Parse_never_throws_undocumented_exceptions(byte[] bytes)
    {
        try
        {
            CanonicalJson.Parse(bytes);
        }
        catch (InvalidMetadataException)
        {
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Parse_of_mutated_json_never_throws_undocumented_exceptions(byte position, byte value)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"a\":[1,2,{\"b\":\"c\"}],\"d\":true,\"e\":null,\"f\":-3}");
        bytes[position % bytes.Length] = value;
        return CanonicalJson.TryParse(bytes, out _) || true;
    }
}

/// <summary>Generates JSON text without floats or control characters (which canonical JSON leaves raw).</summary>
internal static class JsonGenerators
{
    private static readonly Gen<string> Text = Gen.Elements(
        "", "a", "b", "A", "é", "✓", "\U0001F600", "\uffff", "\ue000", "quote\"", "back\\slash", "x/y.whl", "sha256", "longer string with spaces")
        .ListOf().Select(parts => string.Concat(parts.Take(4)));

    public static Gen<string> Value() => Gen.Sized(size => Node(Math.Min(size, 12)));

    private static Gen<string> Node(int size)
    {
        var leaf = Gen.OneOf(
            Text.Select(Quote),
            Gen.Choose(int.MinValue, int.MaxValue).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("true", "false", "null", "9223372036854775807", "-1"));
        if (size <= 0)
        {
            return leaf;
        }

        var child = Node(size / 2);
        var array = child.ListOf().Select(items => "[" + string.Join(",", items.Take(5)) + "]");
        var obj = Gen.Zip(Text, child).ListOf().Select(members =>
        {
            var unique = members.Take(5).GroupBy(m => m.Item1, StringComparer.Ordinal).Select(g => g.First());
            return "{" + string.Join(",", unique.Select(m => Quote(m.Item1) + ":" + m.Item2)) + "}";
        });
        return Gen.OneOf(leaf, array, obj);
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
