using Bonded.Index.Tests.Vectors;
using Bonded.Index.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Versions;

public sealed class PythonVersionTests
{
    public static TheoryData<string, string> Normalizations()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in VectorFile.Rows("pep440-normalization.txt"))
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    public static TheoryData<string> Invalid() => VectorFile.Column("pep440-invalid.txt");

    [Theory]
    [MemberData(nameof(Normalizations))]
    public void Every_PEP_440_spelling_normalizes_as_the_PEP_says(string input, string normalized)
    {
        var version = PythonVersion.Parse(input);
        Assert.Equal(normalized, version.ToString());
        Assert.Equal(version, PythonVersion.Parse(normalized));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    [InlineData("")]
    [InlineData("   ")]
    public void Invalid_versions_are_refused(string input)
    {
        Assert.False(PythonVersion.TryParse(input, out _));
        var error = Assert.Throws<InvalidVersionException>(() => PythonVersion.Parse(input));
        Assert.IsAssignableFrom<IndexFormatException>(error);
    }

    [Fact]
    public void Every_PEP_440_ordering_example_sorts_strictly_ascending()
    {
        var blocks = VectorFile.Blocks("pep440-ordering.txt").ToList();
        Assert.True(blocks.Count >= 9);
        foreach (var block in blocks)
        {
            var versions = block.Select(PythonVersion.Parse).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = 0; j < versions.Count; j++)
                {
                    Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(versions[i].CompareTo(versions[j])));
                }
            }

            var shuffled = versions.AsEnumerable().Reverse().ToList();
            shuffled.Sort();
            Assert.Equal(block, shuffled.Select(v => block[versions.IndexOf(v)]));
        }
    }

    [Fact]
    public void PEP_440_equivalent_versions_are_equal_with_equal_hashes()
    {
        foreach (var row in VectorFile.Rows("pep440-equal.txt"))
        {
            var left = PythonVersion.Parse(row[0]);
            var right = PythonVersion.Parse(row[1]);
            Assert.Equal(left, right);
            Assert.True(left == right);
            Assert.Equal(0, left.CompareTo(right));
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
        }
    }

    [Fact]
    public void Segments_are_exposed()
    {
        var version = PythonVersion.Parse("1!2.3.4rc5.post6.dev7+Ubuntu-8");
        Assert.Equal(1, version.Epoch);
        Assert.Equal([2L, 3L, 4L], version.Release);
        Assert.Equal(PreReleaseKind.ReleaseCandidate, version.PreReleaseKind);
        Assert.Equal(5, version.PreReleaseNumber);
        Assert.Equal(6, version.PostRelease);
        Assert.Equal(7, version.DevRelease);
        Assert.Equal("ubuntu.8", version.Local);
        Assert.True(version.IsPreRelease);
        Assert.True(version.IsPostRelease);
        Assert.True(version.IsDevRelease);
        Assert.Equal("1!2.3.4rc5.post6.dev7", version.Public.ToString());
        Assert.Equal("1!2.3.4", version.BaseVersion.ToString());
    }

    [Theory]
    [InlineData("1.0", false)]
    [InlineData("1.0a1", true)]
    [InlineData("1.0.dev1", true)]
    [InlineData("1.0.post1", false)]
    [InlineData("1.0.post1.dev1", true)]
    [InlineData("1.0+local", false)]
    public void Pre_releases_are_pre_or_dev_releases(string text, bool pre) => Assert.Equal(pre, PythonVersion.Parse(text).IsPreRelease);

    [Fact]
    public void Local_segments_order_numbers_after_words_and_longer_after_shorter()
    {
        string[] ascending = ["1.0", "1.0+a", "1.0+b", "1.0+b.1", "1.0+1", "1.0+2", "1.0+10", "1.0+10.a", "1.0+10.1", "1.0+99999999999999999999999"];
        var parsed = ascending.Select(PythonVersion.Parse).ToList();
        for (var i = 1; i < parsed.Count; i++)
        {
            Assert.True(parsed[i - 1] < parsed[i], $"{ascending[i - 1]} < {ascending[i]}");
        }
    }

    [Fact]
    public void Huge_and_long_inputs_are_refused_not_thrown_on()
    {
        Assert.False(PythonVersion.TryParse(new string('1', 100_000), out _));
        Assert.False(PythonVersion.TryParse(string.Join('.', Enumerable.Repeat("1", 200)), out _));
        Assert.True(PythonVersion.TryParse(string.Join('.', Enumerable.Repeat("1", 100)), out var many));
        Assert.Equal(100, many.Release.Count);
        Assert.True(PythonVersion.TryParse("9223372036854775807", out var max));
        Assert.Equal(long.MaxValue, max.Release[0]);
        Assert.False(PythonVersion.TryParse("9223372036854775808", out _));
        Assert.False(PythonVersion.TryParse((string?)null, out _));
    }

    [Fact]
    public void Comparison_with_null_and_other_objects()
    {
        var version = PythonVersion.Parse("1.0");
        Assert.Equal(1, version.CompareTo(null));
        Assert.Equal(1, version.CompareTo((object?)null));
        Assert.Throws<ArgumentException>(() => version.CompareTo("1.0"));
        Assert.False(version.Equals("1.0"));
        Assert.True(null < version);
        Assert.True(version > null);
    }

    [Property(MaxTest = 500)]
    public Property ToString_reparses_to_an_equal_version_and_is_canonical() => Prop.ForAll(VersionGenerators.SpelledVersions(), text =>
    {
        var version = PythonVersion.Parse(text);
        var normalized = version.ToString();
        var again = PythonVersion.Parse(normalized);
        return again.Equals(version) && again.CompareTo(version) == 0 && string.Equals(again.ToString(), normalized, StringComparison.Ordinal)
            && again.GetHashCode() == version.GetHashCode();
    });

    [Property(MaxTest = 300)]
    public Property Ordering_is_total_antisymmetric_and_consistent_with_equality() => Prop.ForAll(
        (from x in VersionGenerators.Spelled() from y in VersionGenerators.Spelled() from z in VersionGenerators.Spelled() select (x, y, z)).ToArbitrary(),
        triple =>
        {
            var (a, b, c) = (PythonVersion.Parse(triple.Item1), PythonVersion.Parse(triple.Item2), PythonVersion.Parse(triple.Item3));
            var ab = Math.Sign(a.CompareTo(b));
            var ba = Math.Sign(b.CompareTo(a));
            var transitive = !(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;
            var equality = (ab == 0) == a.Equals(b) && (ab != 0 || a.GetHashCode() == b.GetHashCode());
            return ab == -ba && transitive && equality && a.CompareTo(a) == 0;
        });

    [Property(MaxTest = 1000)]
    public Property Parsing_arbitrary_text_never_throws_anything_but_the_documented_exception() => Prop.ForAll<string>(text =>
    {
        if (text is null)
        {
            return true;
        }

        var ok = PythonVersion.TryParse(text, out var version);
        try
        {
            var parsed = PythonVersion.Parse(text);
            return ok && parsed.Equals(version);
        }
        catch (InvalidVersionException)
        {
            return !ok;
        }
    });

    [Property(MaxTest = 300)]
    public Property Mutated_versions_parse_or_are_refused_cleanly() => Prop.ForAll(
        (from text in VersionGenerators.Spelled()
         from position in Gen.Choose(0, 40)
         from insert in Gen.Elements("!", "+", ".", "-", "_", "..", "a", "post", "dev", "\u0661", "\0", "ü", " ")
         select text.Insert(Math.Min(position, text.Length), insert)).ToArbitrary(),
        text =>
        {
            if (PythonVersion.TryParse(text, out var version))
            {
                return PythonVersion.Parse(version.ToString()).Equals(version);
            }

            return Assert.Throws<InvalidVersionException>(() => PythonVersion.Parse(text)) is not null;
        });
}
