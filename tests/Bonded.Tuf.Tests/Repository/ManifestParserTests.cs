using System.Collections.Concurrent;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Tuf.Tests.Repository;

public sealed class ManifestParserTests
{
    private static readonly HashBins Layout = new(16384, "bins");

    private static readonly Gen<TargetFile> Targets =
        from path in ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get)
            .Where(p => p[0] != '/' && !p.Any(char.IsControl) && !p.Any(char.IsSurrogate))
        from length in Gen.Choose(0, int.MaxValue).Select(n => (long)n * 3)
        from names in Gen.SubListOf("sha256", "sha512", "blake2b", "md5").Where(l => l.Count > 0)
        from digests in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), names.Count * 4)
        select new TargetFile(path, length, names.Select((name, i) => (name, hex: Convert.ToHexStringLower(digests.AsSpan(i * 4, 4))))
            .ToDictionary(p => p.name, p => p.hex, StringComparer.Ordinal));

    [Property(MaxTest = 300)]
    public Property The_one_pass_parser_and_the_strict_parser_agree() =>
        Prop.ForAll(Targets.ToArbitrary(), target =>
        {
            var line = TargetManifest.FormatLine(target);
            var staged = ManifestParser.ParseStaged(line, Layout, 7, new ValueSlab(line.Length));
            var strict = ManifestParser.ParseFull(line);
            return staged.Path.ToString() == target.Path && staged.Line == 7 && staged.Bin == Layout.BinOf(target.Path)
                && staged.Value.Span.SequenceEqual(TufRepository.Encode(target)) && staged.Value.Span.SequenceEqual(TufRepository.Encode(strict))
                && ManifestParser.ParseTarget(line).Hashes.OrderBy(h => h.Key).SequenceEqual(target.Hashes.OrderBy(h => h.Key))
                && staged.Path.Equals(TargetPath.FromString(target.Path)) && staged.Path.GetHashCode() == TargetPath.FromString(target.Path).GetHashCode();
        });

    [Fact]
    public void Member_order_and_spacing_do_not_change_the_value()
    {
        var compact = ManifestParser.ParseStaged("{\"path\":\"a/b\",\"length\":5,\"hashes\":{\"sha512\":\"0b\",\"sha256\":\"0a\"}}"u8, Layout, 1, new ValueSlab(256));
        var spaced = ManifestParser.ParseStaged(" { \"hashes\" : { \"sha256\" : \"0a\" , \"sha512\" : \"0b\" } , \"length\" : 5 , \"path\" : \"a/b\" } "u8, Layout, 1, new ValueSlab(256));
        var escaped = ManifestParser.ParseStaged("{\"path\":\"a\\/b\",\"length\":5,\"hashes\":{\"sha256\":\"0a\",\"sha512\":\"0b\"},\"custom\":{}}"u8, Layout, 1, new ValueSlab(256));
        const string expected = "{\"hashes\":{\"sha256\":\"0a\",\"sha512\":\"0b\"},\"length\":5}";
        Assert.Equal(expected, Encoding.UTF8.GetString(compact.Value.Span));
        Assert.Equal(expected, Encoding.UTF8.GetString(spaced.Value.Span));
        Assert.Equal("{\"custom\":{},\"hashes\":{\"sha256\":\"0a\",\"sha512\":\"0b\"},\"length\":5}", Encoding.UTF8.GetString(escaped.Value.Span));
        Assert.Equal("a/b", escaped.Path.ToString());
    }

    [Property(MaxTest = 200)]
    public bool Paths_order_by_code_point_as_canonical_json_sorts_them(string a, string b)
    {
        if (a is null || b is null || a.Any(char.IsSurrogate) || b.Any(char.IsSurrogate))
        {
            return true;
        }

        return Math.Sign(TargetPath.Compare(TargetPath.FromString(a), TargetPath.FromString(b))) == Math.Sign(CodePointComparer.Instance.Compare(a, b))
            && TargetPath.FromString(a).Equals(TargetPath.FromString(a)) == true && (a == b) == TargetPath.FromString(a).Equals(TargetPath.FromString(b));
    }

    [Theory]
    [InlineData("a\u0085b")]
    [InlineData("a\u007fb")]
    [InlineData("\u0000")]
    public void Control_characters_in_a_raw_path_are_rejected(string path)
    {
        var line = Encoding.UTF8.GetBytes("{\"path\":\"" + path + "\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}");
        Assert.Throws<InvalidMetadataException>(() => ManifestParser.ParseStaged(line, Layout, 1, new ValueSlab(256)));
    }

    [Fact]
    public void A_full_slab_hands_out_new_arrays()
    {
        var slab = new ValueSlab(8);
        var first = slab.Take(6);
        var second = slab.Take(6);
        Assert.Equal(6, first.Length);
        Assert.Equal(6, second.Length);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(second, out var segment) && segment.Array!.Length == 6);
    }

    [Theory]
    [InlineData("{\"path\":\"/abs\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}", "relative")]
    [InlineData("{\"path\":\"\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}", "non-empty")]
    [InlineData("{\"path\":\"a\\u0007b\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}", "control")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"AA\"}}", "hex")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"abc\"}}", "hex")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"\"}}", "hex")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"zz\"}}", "hex")]
    [InlineData("{\"path\":\"a\",\"length\":-1,\"hashes\":{\"sha256\":\"aa\"}}", "negative")]
    [InlineData("{\"path\":\"a\",\"length\":1,\"hashes\":{\"sha256\":\"aa\",\"sha256\":\"bb\"}}", "duplicate")]
    public void Staging_rejects_invalid_targets_saying_why(string line, string reason)
    {
        var exception = Assert.Throws<InvalidMetadataException>(() => ManifestParser.ParseStaged(Encoding.UTF8.GetBytes(line), Layout, 1, new ValueSlab(256)));
        Assert.Contains(reason, exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Blocks_hold_whole_lines_and_count_them()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 90_000; i++)
        {
            builder.Append("{\"path\":\"p/").Append(i).Append("\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}").Append(i % 3 == 0 ? "\r\n" : "\n");
        }

        builder.Append("{\"path\":\"last\",\"length\":1,\"hashes\":{\"sha256\":\"aa\"}}");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        Assert.True(bytes.Length > ManifestParser.BlockSize);
        var free = new ConcurrentQueue<byte[]>();
        var next = 1L;
        var paths = new List<string>();
        await foreach (var block in ManifestParser.ReadBlocksAsync(new MemoryStream(bytes), free, CancellationToken.None))
        {
            Assert.Equal(next, block.FirstLine);
            var targets = new TargetFile[block.LineCount];
            var count = ManifestParser.ParseBlock(block, targets, (line, _) => ManifestParser.ParseTarget(line), out var error);
            Assert.Null(error);
            paths.AddRange(targets.Take(count).Select(t => t.Path));
            next += block.LineCount;
            free.Enqueue(block.Buffer);
        }

        Assert.Equal(90_001, paths.Count);
        Assert.Equal("p/89999", paths[89_999]);
        Assert.Equal("last", paths[^1]);
    }
}
