using Bonded.Index.Names;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Names;

public sealed class ProjectNameTests
{
    [Theory]
    [InlineData("Frob", "frob")]
    [InlineData("Silly_Walk", "silly-walk")]
    [InlineData("friendly-bard", "friendly-bard")]
    [InlineData("Friendly-Bard", "friendly-bard")]
    [InlineData("FRIENDLY-BARD", "friendly-bard")]
    [InlineData("friendly.bard", "friendly-bard")]
    [InlineData("friendly_bard", "friendly-bard")]
    [InlineData("friendly--bard", "friendly-bard")]
    [InlineData("FrIeNdLy-._.-bArD", "friendly-bard")]
    [InlineData("a", "a")]
    [InlineData("0", "0")]
    [InlineData("zope.interface", "zope-interface")]
    public void Names_normalize_per_PEP_503(string name, string normalized)
    {
        var parsed = ProjectName.Parse(name);
        Assert.Equal(normalized, parsed.Normalized);
        Assert.Equal(name, parsed.Value);
        Assert.Equal(name, parsed.ToString());
        Assert.Equal(normalized, ProjectName.Normalize(name));
        Assert.Equal(ProjectName.Parse(normalized), parsed);
        Assert.True(ProjectName.Parse(normalized) == parsed);
        Assert.Equal(ProjectName.Parse(normalized).GetHashCode(), parsed.GetHashCode());
        Assert.Equal(normalized.Replace('-', '_'), parsed.FileNameForm);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-frob")]
    [InlineData("frob-")]
    [InlineData(".frob")]
    [InlineData("frob_")]
    [InlineData("fr ob")]
    [InlineData("frob!")]
    [InlineData("frøb")]
    [InlineData("ｆｒｏｂ")]
    [InlineData("<script>")]
    [InlineData("a\"b")]
    [InlineData("../etc")]
    [InlineData("frob/x")]
    [InlineData("frob\0")]
    [InlineData("frob\n")]
    public void Invalid_names_are_refused(string name)
    {
        Assert.False(ProjectName.TryParse(name, out _));
        Assert.False(ProjectName.IsValid(name));
        Assert.Throws<InvalidProjectNameException>(() => ProjectName.Parse(name));
        Assert.Throws<InvalidProjectNameException>(() => ProjectName.Normalize(name));
    }

    [Fact]
    public void Overlong_names_are_refused()
    {
        Assert.True(ProjectName.TryParse(new string('a', ProjectName.MaxLength), out _));
        Assert.False(ProjectName.TryParse(new string('a', ProjectName.MaxLength + 1), out _));
        Assert.False(ProjectName.TryParse(null, out _));
    }

    private static readonly Gen<string> Names =
        from first in Gen.Elements("A", "b", "Z", "0", "9", "x")
        from middle in Gen.Elements("a", "B", "1", ".", "-", "_", "--", "._-").ListOf()
        from last in Gen.Elements("c", "D", "7")
        select first + string.Concat(middle) + last;

    [Property(MaxTest = 500)]
    public Property Normalization_is_idempotent_and_equality_follows_it() => Prop.ForAll(Names.ToArbitrary(), name =>
    {
        var parsed = ProjectName.Parse(name);
        var again = ProjectName.Parse(parsed.Normalized);
        return string.Equals(again.Normalized, parsed.Normalized, StringComparison.Ordinal)
            && again.Equals(parsed) && parsed.CompareTo(again) == 0
            && !parsed.Normalized.Contains("--", StringComparison.Ordinal)
            && parsed.Normalized.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    });

    [Property(MaxTest = 500)]
    public Property Arbitrary_text_never_throws_an_undocumented_exception() => Prop.ForAll<string>(text =>
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            return ProjectName.Parse(text).Normalized.Length > 0;
        }
        catch (InvalidProjectNameException)
        {
            return !ProjectName.TryParse(text, out _);
        }
    });
}
