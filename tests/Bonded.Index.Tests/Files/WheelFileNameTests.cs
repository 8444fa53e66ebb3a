using Bonded.Index.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Files;

public sealed class WheelFileNameTests
{
    [Fact]
    public void A_simple_wheel_name_gives_name_version_and_tags()
    {
        var wheel = WheelFileName.Parse("distribution-1.0-1-py27-none-any.whl");
        Assert.Equal("distribution", wheel.Name.Normalized);
        Assert.Equal("1.0", wheel.Version.ToString());
        Assert.Equal("1", wheel.BuildTag);
        Assert.Equal(1, wheel.BuildNumber);
        Assert.Equal(["py27"], wheel.PythonTags);
        Assert.Equal(["none"], wheel.AbiTags);
        Assert.Equal(["any"], wheel.PlatformTags);
        Assert.Equal("distribution-1.0-1-py27-none-any.whl", wheel.ToString());
    }

    [Fact]
    public void Compressed_tag_sets_expand_to_every_combination()
    {
        var wheel = WheelFileName.Parse("numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl");
        Assert.Null(wheel.BuildTag);
        Assert.Equal(-1, wheel.BuildNumber);
        Assert.Equal(
            ["cp312-cp312-manylinux_2_17_x86_64", "cp312-cp312-manylinux2014_x86_64"],
            wheel.Tags.Select(t => t.ToString()));

        var universal = WheelFileName.Parse("six-1.16.0-py2.py3-none-any.whl");
        Assert.Equal(2, universal.Tags.Count());
        Assert.Contains(new WheelTag("py3", "none", "any"), universal.Tags);
    }

    [Theory]
    [InlineData("Foo_Bar-1.0-py3-none-any.whl", "foo-bar")]
    [InlineData("foo.bar-1.0-py3-none-any.whl", "foo-bar")]
    [InlineData("zope.interface-6.0-cp311-cp311-win_amd64.whl", "zope-interface")]
    public void Escaped_names_normalize(string fileName, string normalized) => Assert.Equal(normalized, WheelFileName.Parse(fileName).Name.Normalized);

    [Theory]
    [InlineData("foo-1.0-123abc-py3-none-any.whl", 123, "123abc")]
    [InlineData("foo-1.0-2_x-py3-none-any.whl", 2, "2_x")]
    public void Build_tags_start_with_digits(string fileName, long number, string tag)
    {
        var wheel = WheelFileName.Parse(fileName);
        Assert.Equal(tag, wheel.BuildTag);
        Assert.Equal(number, wheel.BuildNumber);
    }

    [Fact]
    public void Local_versions_and_pre_releases_parse()
    {
        Assert.Equal("1.0rc1+cpu", WheelFileName.Parse("torch-1.0rc1+cpu-cp39-cp39-linux_x86_64.whl").Version.ToString());
    }

    [Theory]
    [InlineData("foo-1.0-py3-none-any.zip")]
    [InlineData("foo-1.0-py3-none.whl")]
    [InlineData("foo-1.0-1-2-py3-none-any.whl")]
    [InlineData("foo-bar-1.0-py3-none-any.whl")]
    [InlineData("foo-1.0-abc-py3-none-any.whl")]
    [InlineData("foo-notaversion-py3-none-any.whl")]
    [InlineData("-1.0-py3-none-any.whl")]
    [InlineData("foo__bar-1.0-py3-none-any.whl")]
    [InlineData("foo-1.0-py3-none-.whl")]
    [InlineData("foo-1.0-py3..py2-none-any.whl")]
    [InlineData("foo-1.0-py3-none-any<script>.whl")]
    [InlineData("../foo-1.0-py3-none-any.whl")]
    [InlineData("foo-1.0-99999999999999999999-py3-none-any.whl")]
    [InlineData(".whl")]
    public void Invalid_wheel_names_are_refused(string fileName)
    {
        Assert.False(WheelFileName.TryParse(fileName, out _));
        Assert.Throws<InvalidFileNameException>(() => WheelFileName.Parse(fileName));
    }

    [Fact]
    public void Overlong_names_are_refused() => Assert.False(WheelFileName.TryParse(new string('a', 2000) + "-1.0-py3-none-any.whl", out _));

    [Property(MaxTest = 300)]
    public Property Generated_names_round_trip() => Prop.ForAll(
        (from name in Gen.Elements("foo", "Foo_Bar", "a.b", "x9")
         from version in Gen.Elements("1.0", "2.0rc1", "1!3.4.post2", "0.1.dev3", "1.0+local.1")
         from build in Gen.Elements("", "-1", "-20abc")
         from python in Gen.Elements("py3", "py2.py3", "cp312")
         from abi in Gen.Elements("none", "abi3", "cp312")
         from platform in Gen.Elements("any", "linux_x86_64", "manylinux_2_17_x86_64.manylinux2014_x86_64")
         select $"{name}-{version}{build}-{python}-{abi}-{platform}.whl").ToArbitrary(),
        fileName =>
        {
            var wheel = WheelFileName.Parse(fileName);
            var rebuilt = $"{wheel.Name.Value}-{wheel.Version}{(wheel.BuildTag is null ? "" : "-" + wheel.BuildTag)}-{string.Join('.', wheel.PythonTags)}-{string.Join('.', wheel.AbiTags)}-{string.Join('.', wheel.PlatformTags)}.whl";
            return string.Equals(rebuilt, fileName, StringComparison.Ordinal)
                && wheel.Tags.Count() == wheel.PythonTags.Count * wheel.AbiTags.Count * wheel.PlatformTags.Count;
        });

    [Property(MaxTest = 500)]
    public Property Arbitrary_text_throws_only_the_documented_exception() => Prop.ForAll<string>(text =>
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            return WheelFileName.Parse(text + ".whl") is not null;
        }
        catch (InvalidFileNameException)
        {
            return true;
        }
    });
}
