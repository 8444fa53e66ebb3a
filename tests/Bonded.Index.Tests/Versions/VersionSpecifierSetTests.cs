using Bonded.Index.Tests.Vectors;
using Bonded.Index.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Versions;

public sealed class VersionSpecifierSetTests
{
    public static TheoryData<string, string, bool, bool> Examples()
    {
        var data = new TheoryData<string, string, bool, bool>();
        foreach (var row in VectorFile.Rows("pep440-specifiers.txt"))
        {
            data.Add(row[0], row[1], bool.Parse(row[2]), row.Length > 3 && row[3] == "pre");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_PEP_440_specifier_example_matches_as_the_PEP_says(string specifier, string version, bool expected, bool pre)
    {
        var set = VersionSpecifierSet.Parse(specifier);
        Assert.Equal(expected, set.Contains(version, pre));
        if (PythonVersion.TryParse(version, out var parsed) && !specifier.StartsWith("===", StringComparison.Ordinal))
        {
            Assert.Equal(expected, set.Contains(parsed, pre));
        }
    }

    [Theory]
    [InlineData("~=1")]
    [InlineData("~=1.0.*")]
    [InlineData(">=1.0.*")]
    [InlineData("==1.0.dev1.*")]
    [InlineData("==1.0+local.*")]
    [InlineData(">=1.0+local")]
    [InlineData("<1.0+local")]
    [InlineData("~=1.0+local")]
    [InlineData("=>1.0")]
    [InlineData("1.0")]
    [InlineData("==")]
    [InlineData("===")]
    [InlineData("=== a b")]
    [InlineData(">=1.0;python_version<'3'")]
    [InlineData(">=1.0 .0")]
    [InlineData("=<1")]
    [InlineData(">= 1.0, <")]
    [InlineData("\"><script>")]
    public void Invalid_specifiers_are_refused(string text)
    {
        Assert.False(VersionSpecifierSet.TryParse(text, out _));
        Assert.Throws<InvalidSpecifierException>(() => VersionSpecifierSet.Parse(text));
    }

    [Fact]
    public void Empty_set_contains_every_final_release_and_pre_releases_only_when_allowed()
    {
        var any = VersionSpecifierSet.Parse("");
        Assert.Same(VersionSpecifierSet.Any, any);
        Assert.True(any.Contains(PythonVersion.Parse("0.0.1"), false));
        Assert.False(any.Contains(PythonVersion.Parse("1.0a1"), false));
        Assert.True(any.Contains(PythonVersion.Parse("1.0a1"), allowPreReleases: true));
        Assert.Equal(2, VersionSpecifierSet.Parse(">=1.0, ,<2,").Clauses.Count);
    }

    [Fact]
    public void ToString_is_canonical_and_clauses_expose_their_parts()
    {
        var set = VersionSpecifierSet.Parse(" >= 1.0.0A , != 1.3.* , ~= 2.2 , === foo ");
        Assert.Equal(">=1.0.0a0,!=1.3.*,~=2.2,===foo", set.ToString());
        Assert.Equal(SpecifierOperator.NotEqual, set.Clauses[1].Operator);
        Assert.True(set.Clauses[1].IsPrefixMatch);
        Assert.Null(set.Clauses[3].Version);
        Assert.True(set.AllowsPreReleasesImplicitly);
        Assert.Equal(set, VersionSpecifierSet.Parse(set.ToString()));
        Assert.Equal(VersionSpecifier.Parse(">=1.0"), VersionSpecifier.Parse(">= 1.0"));
    }

    [Fact]
    public void Oversized_specifier_sets_are_refused()
    {
        var huge = string.Join(",", Enumerable.Repeat(">=1.0", 1000));
        Assert.False(VersionSpecifierSet.TryParse(huge, out _));
    }

    private static readonly Gen<string> Clause =
        from op in Gen.Elements("~=", "==", "!=", "<=", ">=", "<", ">")
        from space in Gen.Elements("", " ")
        from major in Gen.Choose(0, 5)
        from minor in Gen.Choose(0, 5)
        from suffix in Gen.Elements("", ".0", ".1", "a1", ".post1", ".dev1", ".*", "rc2")
        where !(suffix == ".*" && op is not ("==" or "!=")) && !(suffix == ".dev1" && op is "==" or "!=")
        select op + space + major + "." + minor + suffix;

    [Property(MaxTest = 300)]
    public Property ToString_round_trips_and_agrees_on_every_version() => Prop.ForAll(
        (from clauses in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Clause, n))
         from version in VersionGenerators.Spelled()
         from pre in Gen.Elements(true, false)
         select (string.Join(" , ", clauses), version, pre)).ToArbitrary(),
        input =>
        {
            var set = VersionSpecifierSet.Parse(input.Item1);
            var again = VersionSpecifierSet.Parse(set.ToString());
            var version = PythonVersion.Parse(input.version);
            return again.Equals(set) && string.Equals(again.ToString(), set.ToString(), StringComparison.Ordinal)
                && again.Contains(version, input.pre) == set.Contains(version, input.pre)
                && (!set.Contains(version, false) || set.Contains(version, true));
        });

    [Property(MaxTest = 500)]
    public Property Parsing_arbitrary_text_throws_only_the_documented_exception() => Prop.ForAll<string>(text =>
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            return VersionSpecifierSet.Parse(text) is not null == VersionSpecifierSet.TryParse(text, out _);
        }
        catch (InvalidSpecifierException)
        {
            return !VersionSpecifierSet.TryParse(text, out _);
        }
    });
}
