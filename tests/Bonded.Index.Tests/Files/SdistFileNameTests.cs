using Bonded.Index.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Files;

public sealed class SdistFileNameTests
{
    [Theory]
    [InlineData("foo_bar-1.0.tar.gz", "foo-bar", "1.0", ".tar.gz", true)]
    [InlineData("Foo-Bar-1.0.tar.gz", "foo-bar", "1.0", ".tar.gz", false)]
    [InlineData("python-dateutil-2.8.2.tar.gz", "python-dateutil", "2.8.2", ".tar.gz", false)]
    [InlineData("foo-1.0-1.tar.gz", "foo", "1.0.post1", ".tar.gz", false)]
    [InlineData("foo-1.0.zip", "foo", "1.0", ".zip", false)]
    [InlineData("foo-1.0.tar.bz2", "foo", "1.0", ".tar.bz2", false)]
    [InlineData("foo-1.0.tgz", "foo", "1.0", ".tgz", false)]
    [InlineData("foo-1.0rc1.tar.gz", "foo", "1.0rc1", ".tar.gz", true)]
    [InlineData("foo-1.0RC1.tar.gz", "foo", "1.0rc1", ".tar.gz", false)]
    public void Standard_and_legacy_names_parse(string fileName, string name, string version, string extension, bool standard)
    {
        var sdist = SdistFileName.Parse(fileName);
        Assert.Equal(name, sdist.Name.Normalized);
        Assert.Equal(version, sdist.Version.ToString());
        Assert.Equal(extension, sdist.Extension);
        Assert.Equal(standard, sdist.IsStandard);
        Assert.Equal(extension == ".zip", sdist.IsZip);
        Assert.Equal(fileName, sdist.ToString());
    }

    [Theory]
    [InlineData("foo.tar.gz")]
    [InlineData("foo-.tar.gz")]
    [InlineData("-1.0.tar.gz")]
    [InlineData("foo-bar.tar.gz")]
    [InlineData("foo-1.0.rar")]
    [InlineData("foo-1.0")]
    [InlineData("foo-1.0 .tar.gz")]
    [InlineData("foo<x>-1.0.tar.gz")]
    [InlineData("foo-1.0-py3-none-any.whl")]
    public void Invalid_sdist_names_are_refused(string fileName)
    {
        Assert.False(SdistFileName.TryParse(fileName, out _));
        Assert.Throws<InvalidFileNameException>(() => SdistFileName.Parse(fileName));
    }

    [Property(MaxTest = 500)]
    public Property Arbitrary_text_throws_only_the_documented_exception() => Prop.ForAll<string>(text =>
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            var sdist = SdistFileName.Parse(text + ".tar.gz");
            return SdistFileName.Parse(sdist.Name.FileNameForm + "-" + sdist.Version + ".tar.gz").IsStandard;
        }
        catch (InvalidFileNameException)
        {
            return true;
        }
    });
}
