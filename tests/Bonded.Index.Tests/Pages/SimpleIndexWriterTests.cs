using System.Text;
using System.Text.Json;
using Bonded.Index.Names;
using Bonded.Index.Pages;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Pages;

public sealed class SimpleIndexWriterTests
{
    private static readonly SimpleIndexWriter Writer = new();

    private static IndexProject Sample() => new(ProjectName.Parse("Holy_Grail"),
    [
        new IndexFile("holy_grail-1.0.tar.gz", "https://files.example/holy_grail-1.0.tar.gz", 1234)
        {
            Hashes = new Dictionary<string, string> { ["sha256"] = "aa", ["md5"] = "bb" },
            UploadTime = new DateTimeOffset(2022, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(60),
        },
        new IndexFile("holy_grail-2.0-py3-none-any.whl", "../../files/holy_grail-2.0-py3-none-any.whl", 99)
        {
            Hashes = new Dictionary<string, string> { ["sha256"] = "cc" },
            RequiresPython = ">=3.8,<4",
            Yanked = true,
            YankedReason = "broken <b>",
            CoreMetadataHashes = new Dictionary<string, string> { ["sha256"] = "dd" },
            ProvenanceUrl = "https://files.example/holy_grail-2.0-py3-none-any.whl.provenance",
        },
        new IndexFile("holy_grail-1.5-py3-none-any.whl", "holy_grail-1.5-py3-none-any.whl", 7)
        {
            Yanked = true,
            CoreMetadataHashes = new Dictionary<string, string>(),
        },
    ]);

    private static string Text(byte[] page) => Encoding.UTF8.GetString(page);

    [Fact]
    public void Project_HTML_has_every_PEP_attribute_exactly()
    {
        var html = Text(Writer.RenderProject(Sample(), SimpleFormat.Html));
        Assert.Equal(
            "<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.4\">\n    <title>Links for Holy_Grail</title>\n  </head>\n  <body>\n    <h1>Links for Holy_Grail</h1>\n"
            + "    <a href=\"https://files.example/holy_grail-1.0.tar.gz#sha256=aa\">holy_grail-1.0.tar.gz</a><br>\n"
            + "    <a href=\"../../files/holy_grail-2.0-py3-none-any.whl#sha256=cc\" data-requires-python=\"&gt;=3.8,&lt;4\" data-yanked=\"broken &lt;b&gt;\" data-core-metadata=\"sha256=dd\" data-dist-info-metadata=\"sha256=dd\" data-provenance=\"https://files.example/holy_grail-2.0-py3-none-any.whl.provenance\">holy_grail-2.0-py3-none-any.whl</a><br>\n"
            + "    <a href=\"holy_grail-1.5-py3-none-any.whl\" data-yanked=\"\" data-core-metadata=\"true\" data-dist-info-metadata=\"true\">holy_grail-1.5-py3-none-any.whl</a><br>\n"
            + "  </body>\n</html>\n",
            html);
    }

    [Fact]
    public void Project_JSON_has_every_PEP_field_exactly()
    {
        using var json = JsonDocument.Parse(Writer.RenderProject(Sample(), SimpleFormat.Json));
        var root = json.RootElement;
        Assert.Equal("1.4", root.GetProperty("meta").GetProperty("api-version").GetString());
        Assert.Equal("holy-grail", root.GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("project-status", out _));
        Assert.Equal(["1.0", "1.5", "2.0"], root.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        var files = root.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(3, files.Length);

        Assert.Equal("holy_grail-1.0.tar.gz", files[0].GetProperty("filename").GetString());
        Assert.Equal("https://files.example/holy_grail-1.0.tar.gz", files[0].GetProperty("url").GetString());
        Assert.Equal("{\"md5\":\"bb\",\"sha256\":\"aa\"}", files[0].GetProperty("hashes").GetRawText());
        Assert.False(files[0].GetProperty("yanked").GetBoolean());
        Assert.Equal(1234, files[0].GetProperty("size").GetInt64());
        Assert.Equal("2022-01-02T01:04:05.000006Z", files[0].GetProperty("upload-time").GetString());
        Assert.False(files[0].TryGetProperty("requires-python", out _));
        Assert.False(files[0].TryGetProperty("core-metadata", out _));
        Assert.False(files[0].TryGetProperty("dist-info-metadata", out _));
        Assert.Equal(JsonValueKind.Null, files[0].GetProperty("provenance").ValueKind);

        Assert.Equal(">=3.8,<4", files[1].GetProperty("requires-python").GetString());
        Assert.Equal("broken <b>", files[1].GetProperty("yanked").GetString());
        Assert.Equal("dd", files[1].GetProperty("core-metadata").GetProperty("sha256").GetString());
        Assert.Equal("https://files.example/holy_grail-2.0-py3-none-any.whl.provenance", files[1].GetProperty("provenance").GetString());
        Assert.False(files[1].TryGetProperty("upload-time", out _));

        Assert.True(files[2].GetProperty("yanked").GetBoolean());
        Assert.True(files[2].GetProperty("core-metadata").GetBoolean());
        Assert.Equal("{}", files[2].GetProperty("hashes").GetRawText());
    }

    [Theory]
    [InlineData(ProjectStatus.Archived, "archived")]
    [InlineData(ProjectStatus.Deprecated, "deprecated")]
    [InlineData(ProjectStatus.Quarantined, "quarantined")]
    public void Project_status_is_marked_and_quarantine_lists_nothing(ProjectStatus status, string text)
    {
        var project = Sample() with { Status = status, StatusReason = "the project is \"haunted\" <!--" };
        var html = Text(Writer.RenderProject(project, SimpleFormat.Html));
        Assert.Contains($"    <meta name=\"pypi:project-status\" content=\"{text}\">\n", html, StringComparison.Ordinal);
        Assert.Contains("    <meta name=\"pypi:project-status-reason\" content=\"the project is &quot;haunted&quot; &lt;!--\">\n", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Writer.RenderProject(project, SimpleFormat.Json));
        var statusObject = json.RootElement.GetProperty("project-status");
        Assert.Equal(text, statusObject.GetProperty("status").GetString());
        Assert.Equal("the project is \"haunted\" <!--", statusObject.GetProperty("reason").GetString());
        var quarantined = status == ProjectStatus.Quarantined;
        Assert.Equal(quarantined, !html.Contains("<a ", StringComparison.Ordinal));
        Assert.Equal(quarantined ? 0 : 3, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal(quarantined ? 0 : 3, json.RootElement.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public void Active_projects_carry_no_status_markers()
    {
        var html = Text(Writer.RenderProject(Sample(), SimpleFormat.Html));
        Assert.DoesNotContain("project-status", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_pages_link_every_project_by_normalized_name()
    {
        ProjectName[] names = [ProjectName.Parse("Frob"), ProjectName.Parse("spam_spam.SPAM")];
        Assert.Equal(
            "<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.4\">\n    <title>Simple index</title>\n  </head>\n  <body>\n"
            + "    <a href=\"frob/\">Frob</a>\n    <a href=\"spam-spam-spam/\">spam_spam.SPAM</a>\n  </body>\n</html>\n",
            Text(Writer.RenderRoot(names, SimpleFormat.Html)));
        Assert.Equal(
            "{\"meta\":{\"api-version\":\"1.4\"},\"projects\":[{\"name\":\"Frob\"},{\"name\":\"spam_spam.SPAM\"}]}",
            Text(Writer.RenderRoot(names, SimpleFormat.Json)));
    }

    [Fact]
    public void Output_is_byte_stable_and_independent_of_hash_dictionary_order()
    {
        var a = Sample();
        var reordered = a with { Files = [a.Files[0] with { Hashes = new Dictionary<string, string> { ["md5"] = "bb", ["sha256"] = "aa" } }, a.Files[1], a.Files[2]] };
        foreach (var format in new[] { SimpleFormat.Html, SimpleFormat.Json })
        {
            Assert.Equal(Writer.RenderProject(a, format), Writer.RenderProject(Sample(), format));
            Assert.Equal(Writer.RenderProject(a, format), Writer.RenderProject(reordered, format));
        }
    }

    [Fact]
    public void Explicit_versions_override_the_ones_from_file_names()
    {
        var project = Sample() with { Versions = ["3.0"] };
        using var json = JsonDocument.Parse(Writer.RenderProject(project, SimpleFormat.Json));
        Assert.Equal(["3.0"], json.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["1.0", "2.0.0rc1"], SimpleIndexWriter.VersionsOf([
            new IndexFile("x-2.0.0rc1.tar.gz", "u", 1), new IndexFile("x-1.0-py3-none-any.whl", "u", 1), new IndexFile("x-1.0.tar.gz", "u", 1), new IndexFile("junk", "u", 1)]));
    }

    [Fact]
    public void Content_types_follow_the_format()
    {
        Assert.Equal("application/vnd.pypi.simple.v1+json", SimpleIndexWriter.ContentTypeOf(SimpleFormat.Json));
        Assert.Equal("application/vnd.pypi.simple.v1+html", SimpleIndexWriter.ContentTypeOf(SimpleFormat.Html));
    }

    private static readonly Gen<string> Hostile = Gen.Elements(
        "\"><script>alert(1)</script>", "' onmouseover='x", "a&b", "</a><a href=\"javascript:x\">", "\u0000\u001b[31m", "\u2028\u2029",
        "\"}, {\"filename\": \"evil", "\\\"", "\ud800", "<!--", "]]>", "ünï", ">=3.8\" data-yanked=\"");

    [Property(MaxTest = 300)]
    public Property No_value_escapes_its_HTML_attribute_or_JSON_string() => Prop.ForAll(
        (from fileName in Hostile
         from url in Hostile
         from reason in Hostile
         from requires in Hostile
         from status in Hostile
         from hash in Hostile
         select (fileName, url, reason, requires, status, hash)).ToArbitrary(),
        v =>
        {
            var project = new IndexProject(ProjectName.Parse("demo"),
            [
                new IndexFile(v.fileName, v.url, 1)
                {
                    YankedReason = v.reason,
                    RequiresPython = v.requires,
                    ProvenanceUrl = v.url,
                    Hashes = new Dictionary<string, string> { ["sha256"] = v.hash },
                    CoreMetadataHashes = new Dictionary<string, string> { ["sha256"] = v.hash },
                },
            ]) { Status = ProjectStatus.Archived, StatusReason = v.status };
            var html = Text(Writer.RenderProject(project, SimpleFormat.Html));
            var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];

            // Exactly the markup we wrote: one anchor, quotes only where attributes open and close, no raw control characters.
            var anchors = body.Split("<a ").Length - 1;
            var quotes = html.Count(c => c == '"');
            var htmlOk = anchors == 1 && quotes == 2 * 12 && !html.Any(c => c < ' ' && c != '\n') && !body.Contains("<script", StringComparison.Ordinal);

            using var json = JsonDocument.Parse(Writer.RenderProject(project, SimpleFormat.Json));
            var file = json.RootElement.GetProperty("files")[0];
            var jsonOk = json.RootElement.GetProperty("files").GetArrayLength() == 1
                && Same(file.GetProperty("filename").GetString(), v.fileName)
                && Same(file.GetProperty("yanked").GetString(), v.reason)
                && Same(file.GetProperty("requires-python").GetString(), v.requires)
                && Same(json.RootElement.GetProperty("project-status").GetProperty("reason").GetString(), v.status);
            return htmlOk && jsonOk;
        });

    // Lone surrogates become U+FFFD; everything else survives exactly.
    private static bool Same(string? actual, string expected) => string.Equals(actual, expected.Replace("\ud800", "\ufffd", StringComparison.Ordinal), StringComparison.Ordinal);
}
