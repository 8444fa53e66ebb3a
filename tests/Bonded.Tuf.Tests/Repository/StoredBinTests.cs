using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Repository;

/// <summary>Reading stored bins as canonical slices agrees with the strict parser, and refuses every other shape.</summary>
public sealed class StoredBinTests
{
    private static readonly DateTimeOffset Expiry = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_bin_the_writer_produced_reads_as_the_strict_parser_reads_it()
    {
        var bytes = Bin(
            new TargetFile("files/a-1.0.tar.gz", 10, Hashes("ab", "cd")),
            new TargetFile("files/é ü/b-2.0.whl", 0, Hashes("00", "ff")),
            new TargetFile("z/custom.txt", 7, Hashes("12", "34")) { UnrecognizedFields = Custom("""{"custom":{"note":"a b","n":[1,-2,{"x":null,"y":true}]}}""") });

        Assert.True(StoredBin.TryRead(bytes, 32, out var bin));

        var strict = Metadata<Targets>.Parse(bytes).Signed;
        Assert.Equal(strict.Version, bin!.Version);
        Assert.Equal(strict.Expires, bin.Expires);
        Assert.Equal(strict.TargetFiles.Keys.Order(StringComparer.Ordinal), bin.Targets.Select(t => Encoding.UTF8.GetString(t.Path.Span)).Order(StringComparer.Ordinal));
        foreach (var (path, value) in bin.Targets)
        {
            Assert.Equal(TufRepository.Encode(strict.TargetFiles[Encoding.UTF8.GetString(path.Span)]), value.ToArray());
        }
    }

    [Fact]
    public void An_empty_bin_reads_with_no_targets()
    {
        Assert.True(StoredBin.TryRead(Bin(), 32, out var bin));
        Assert.Empty(bin!.Targets);
        Assert.Equal(3, bin.Version);
    }

    [Theory]
    [InlineData("\"length\":10", "\"length\": 10")] // white space
    [InlineData("\"length\":10", "\"length\":10.0")] // not an integer
    [InlineData("\"length\":10", "\"length\":-10")] // negative
    [InlineData("\"length\":10", "\"length\":\"10\"")] // a string
    [InlineData("\"length\":10", "\"length\":010")] // not canonical (and not JSON)
    [InlineData("\"sha256\":\"ab\"", "\"sha256\":\"a\\u0062\"")] // an escape
    [InlineData("\"sha256\":\"ab\",\"sha512\":\"cd\"", "\"sha512\":\"cd\",\"sha256\":\"ab\"")] // members out of order
    [InlineData("{\"sha256\":\"ab\",\"sha512\":\"cd\"}", "{}")] // no hash
    [InlineData("{\"sha256\":\"ab\",\"sha512\":\"cd\"}", "[\"ab\"]")] // hashes not an object
    [InlineData("\"sha256\":\"ab\"", "\"sha256\":1")] // a hash not a string
    [InlineData("\"_type\":\"targets\"", "\"_type\":\"root\"")] // another role type
    [InlineData("\"version\":3", "\"version\":0")] // version below 1
    [InlineData("\"version\":3", "\"version\":3,\"zz\":1")] // an unknown member
    [InlineData("\"expires\":\"2030-01-02T03:04:05Z\"", "\"expires\":\"2030-01-02\"")] // bad expiry
    public void A_bin_in_any_other_shape_is_left_to_the_strict_parser(string from, string to)
    {
        var text = Encoding.UTF8.GetString(Bin(new TargetFile("files/a-1.0.tar.gz", 10, Hashes("ab", "cd"))));
        Assert.Contains(from, text, StringComparison.Ordinal);

        Assert.False(StoredBin.TryRead(Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal)), 32, out _));
    }

    [Fact]
    public void Targets_out_of_order_or_truncated_bytes_are_left_to_the_strict_parser()
    {
        var text = Encoding.UTF8.GetString(Bin(new TargetFile("a", 1, Hashes("ab", "cd")), new TargetFile("b", 2, Hashes("ab", "cd"))));
        var swapped = text.Replace("\"a\":", "\"c\":", StringComparison.Ordinal);

        Assert.False(StoredBin.TryRead(Encoding.UTF8.GetBytes(swapped), 32, out _));
        for (var cut = 0; cut < text.Length; cut += 7)
        {
            Assert.False(StoredBin.TryRead(Encoding.UTF8.GetBytes(text[..cut]), 32, out _));
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_bytes_give_a_bin_or_false_and_a_bin_agrees_with_the_strict_parser(byte[] noise, int at)
    {
        var bytes = Bin(new TargetFile("files/x.tar.gz", 5, Hashes("ab", "cd")));
        var position = bytes.Length == 0 ? 0 : Math.Abs(at % bytes.Length);
        var mutated = bytes[..position].Concat(noise).Concat(bytes[Math.Min(bytes.Length, position + noise.Length)..]).ToArray();
        if (!StoredBin.TryRead(mutated, 32, out var bin))
        {
            return true.ToProperty();
        }

        var strict = Metadata<Targets>.Parse(mutated).Signed;
        return (bin!.Targets.Count == strict.TargetFiles.Count && bin.Version == strict.Version &&
            bin.Targets.All(t => TufRepository.Encode(strict.TargetFiles[Encoding.UTF8.GetString(t.Path.Span)]).AsSpan().SequenceEqual(t.Value.Span))).ToProperty();
    }

    private static byte[] Bin(params TargetFile[] targets) =>
        new Metadata<Targets>(new Targets { Version = 3, Expires = Expiry, TargetFiles = targets.ToDictionary(t => t.Path) }).ToBytes();

    private static Dictionary<string, string> Hashes(string sha256, string sha512) => new(StringComparer.Ordinal) { ["sha256"] = sha256, ["sha512"] = sha512 };

    private static Dictionary<string, JsonElement> Custom(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
