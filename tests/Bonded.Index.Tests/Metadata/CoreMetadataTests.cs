using System.Text;
using Bonded.Index.Metadata;
using Bonded.Index.Names;
using Bonded.Index.Versions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Metadata;

public sealed class CoreMetadataTests
{
    private const string Full = """
        Metadata-Version: 2.4
        Name: Sample_Project
        Version: 2.1.0rc1
        Dynamic: Classifier
        Summary: A sample Python project
        Keywords: sample,setuptools
        Author-email: A. Random Developer <author@example.com>
        License-Expression: MIT AND (Apache-2.0 OR BSD-2-Clause)
        License-File: LICENSE
        License-File: licenses/NOTICE.txt
        Classifier: Programming Language :: Python :: 3
        Classifier: Development Status :: 3 - Alpha
        Requires-Dist: peppercorn
        Requires-Dist: check-manifest; extra == "dev"
        Requires-Python: >=3.8, <4
        Project-URL: Homepage, https://github.com/pypa/sampleproject
        Provides-Extra: dev
        Description-Content-Type: text/markdown

        # A sample project

        With a body.
        """;

    [Fact]
    public void Parses_every_field_of_a_2_4_document()
    {
        var metadata = CoreMetadata.Parse(Full);
        Assert.Equal("2.4", metadata.MetadataVersion);
        Assert.Equal("sample-project", metadata.Name.Normalized);
        Assert.Equal("2.1.0rc1", metadata.Version.ToString());
        Assert.Equal("A sample Python project", metadata.Summary);
        Assert.Equal("MIT AND (Apache-2.0 OR BSD-2-Clause)", metadata.LicenseExpression);
        Assert.Equal(["LICENSE", "licenses/NOTICE.txt"], metadata.LicenseFiles);
        Assert.Equal(["Classifier"], metadata.Dynamic);
        Assert.Equal(2, metadata.Classifiers.Count);
        Assert.Equal(["peppercorn", "check-manifest; extra == \"dev\""], metadata.RequiresDist);
        Assert.Equal(["dev"], metadata.ProvidesExtra);
        Assert.Equal(">=3.8,<4", metadata.RequiresPython!.ToString());
        Assert.Equal("# A sample project\n\nWith a body.", metadata.Description);
        Assert.Equal("text/markdown", metadata.Get("description-content-type"));
        Assert.Null(metadata.Get("Home-page"));
        Assert.Empty(metadata.GetAll("Platform"));
        Assert.Equal(18, metadata.Fields.Count);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("1.2")]
    [InlineData("2.1")]
    [InlineData("2.2")]
    [InlineData("2.3")]
    [InlineData("2.4")]
    public void Every_metadata_version_from_1_0_to_2_4_parses(string version)
    {
        var metadata = CoreMetadata.Parse($"Metadata-Version: {version}\r\nName: demo\r\nVersion: 1.0\r\nSummary: s\r\n");
        Assert.Equal(version, metadata.MetadataVersion);
        Assert.Null(metadata.Description);
    }

    [Fact]
    public void Continuation_lines_and_legacy_descriptions_are_joined()
    {
        var metadata = CoreMetadata.Parse("Metadata-Version: 1.1\nName: demo\nVersion: 1.0\nSummary: first\n  second\nDescription: Line one\n        |  indented\n        line three\n");
        Assert.Equal("first\nsecond", metadata.Summary);
        Assert.Equal("Line one\n  indented\nline three", metadata.Description);
    }

    [Fact]
    public void Bytes_must_be_UTF8_and_a_BOM_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nSummary: héllo\n")).ToArray();
        Assert.Equal("héllo", CoreMetadata.Parse(bytes).Summary);
        var error = Assert.Throws<CoreMetadataException>(() => CoreMetadata.Parse(new byte[] { 0x4E, 0x61, 0xFF, 0x3A }));
        Assert.Null(error.Field);
    }

    [Theory]
    [InlineData("Name: demo\nVersion: 1.0\n", "Metadata-Version")]
    [InlineData("Metadata-Version: 3.0\nName: demo\nVersion: 1.0\n", "Metadata-Version")]
    [InlineData("Metadata-Version: 2.0\nName: demo\nVersion: 1.0\n", "Metadata-Version")]
    [InlineData("Metadata-Version: x\nName: demo\nVersion: 1.0\n", "Metadata-Version")]
    [InlineData("Metadata-Version: 2.1\nVersion: 1.0\n", "Name")]
    [InlineData("Metadata-Version: 2.1\nName: -bad-\nVersion: 1.0\n", "Name")]
    [InlineData("Metadata-Version: 2.1\nName: demo\n", "Version")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: one\n", "Version")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nRequires-Python: >=3.x\n", "Requires-Python")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nName: other\n", "Name")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nDynamic: Classifier\n", "Dynamic")]
    [InlineData("Metadata-Version: 2.2\nName: demo\nVersion: 1.0\nDynamic: Version\n", "Dynamic")]
    [InlineData("Metadata-Version: 2.3\nName: demo\nVersion: 1.0\nLicense-Expression: MIT\n", "License-Expression")]
    [InlineData("Metadata-Version: 2.3\nName: demo\nVersion: 1.0\nLicense-File: LICENSE\n", "License-File")]
    [InlineData("Metadata-Version: 2.4\nName: demo\nVersion: 1.0\nLicense-File: ../../etc/passwd\n", "License-File")]
    [InlineData("Metadata-Version: 2.4\nName: demo\nVersion: 1.0\nLicense-File: /abs\n", "License-File")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nProject-URL: no comma\n", "Project-URL")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nProvides-Extra: bad extra\n", "Provides-Extra")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nRequires-Dist: ;rm -rf\n", "Requires-Dist")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nSummary: a\u0000b\n", "Summary")]
    [InlineData("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nDescription: x\n\nbody\n", "Description")]
    public void Invalid_fields_are_named_in_the_error(string text, string field)
    {
        var error = Assert.Throws<CoreMetadataException>(() => CoreMetadata.Parse(text));
        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
        Assert.False(CoreMetadata.TryParse(text, out _, out var tryError));
        Assert.Equal(field, tryError.Field);
    }

    [Theory]
    [InlineData(" leading continuation\nName: demo\n")]
    [InlineData("Metadata-Version: 2.1\nthis line has no colon\n")]
    [InlineData("Metadata-Version: 2.1\nBad Field: x\n")]
    [InlineData(": no name\n")]
    public void Malformed_headers_are_refused(string text) => Assert.Null(Assert.Throws<CoreMetadataException>(() => CoreMetadata.Parse(text)).Field);

    [Fact]
    public void Too_many_fields_are_refused()
    {
        var text = "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n" + string.Concat(Enumerable.Repeat("Classifier: x\n", CoreMetadata.MaxFields));
        Assert.Throws<CoreMetadataException>(() => CoreMetadata.Parse(text));
    }

    [Fact]
    public void Name_and_version_agreement_is_checked()
    {
        var metadata = CoreMetadata.Parse("Metadata-Version: 2.1\nName: Foo.Bar\nVersion: 1.0.0\n");
        Assert.True(metadata.Matches(ProjectName.Parse("foo_bar"), PythonVersion.Parse("1.0")));
        metadata.EnsureMatches(ProjectName.Parse("FOO-BAR"), PythonVersion.Parse("1.0.0"));
        Assert.Equal("Name", Assert.Throws<CoreMetadataException>(() => metadata.EnsureMatches(ProjectName.Parse("baz"), PythonVersion.Parse("1.0"))).Field);
        Assert.Equal("Version", Assert.Throws<CoreMetadataException>(() => metadata.EnsureMatches(ProjectName.Parse("foo-bar"), PythonVersion.Parse("1.1"))).Field);
        Assert.Equal("Version", Assert.Throws<CoreMetadataException>(() => metadata.EnsureMatches(ProjectName.Parse("foo-bar"), PythonVersion.Parse("1.0+local"))).Field);
    }

    private static readonly Gen<string> Value = Gen.Elements("x", "hello world", "<script>alert(1)</script>", "ünïcödé", "a: b", "  padded", "\"quoted\"");

    [Property(MaxTest = 300)]
    public Property Generated_documents_parse_with_every_field_kept() => Prop.ForAll(
        (from fields in Gen.Zip(Gen.Elements("Summary", "Classifier", "Keywords", "Author", "Platform", "Home-page"), Value).ListOf()
         from body in Gen.Elements("", "Body text\n\nwith lines\n")
         select (fields, body)).ToArbitrary(),
        input =>
        {
            var unique = input.fields.Where(f => f.Item1 is "Classifier" or "Platform").Concat(input.fields.Where(f => f.Item1 is not ("Classifier" or "Platform")).DistinctBy(f => f.Item1)).ToList();
            var text = "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n" + string.Concat(unique.Select(f => $"{f.Item1}: {f.Item2}\n")) + "\n" + input.body;
            var metadata = CoreMetadata.Parse(text);
            return metadata.Fields.Count == unique.Count + 3
                && unique.All(f => metadata.GetAll(f.Item1).Contains(f.Item2.Trim()))
                && (input.body.Length == 0 ? metadata.Description is null : metadata.Description == input.body);
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
            return CoreMetadata.Parse("Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n" + text) is not null;
        }
        catch (CoreMetadataException)
        {
            return true;
        }
    });
}
