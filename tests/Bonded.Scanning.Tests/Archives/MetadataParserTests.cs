using Bonded.Scanning.Archives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Archives;

public sealed class MetadataParserTests
{
    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.Elements("Name: demo", "Version: 1.0", "name:  Other ", "Summary: a: b", "Description: d", "Classifier: X", ": no key", "no colon", "", " cont", "\tmore",
            "        |  indented", "Ünïcode: välue", "Key:", "x\r"),
        Gen.Elements("body line", "## heading", "", "Name: not a header").Select(s => s));

    private static readonly Gen<string> Text = Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Line, n))
        .SelectMany(lines => Gen.Elements("\n", "\r\n").Select(newline => string.Join(newline, lines)))
        .SelectMany(text => Gen.Elements("", "\n", "\r\n").Select(end => text + end));

    // The simple reading: split into lines, headers until the first empty line, the rest joined back as the body.
    private static (Dictionary<string, List<string>> Fields, string Description) Reference(string text)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        string? lastKey = null;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                i++;
                break;
            }

            if ((line[0] == ' ' || line[0] == '\t') && lastKey is not null)
            {
                fields[lastKey][^1] += "\n" + (line.StartsWith("        |", StringComparison.Ordinal) ? line[9..] : line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            lastKey = line[..colon].Trim();
            if (!fields.TryGetValue(lastKey, out var list))
            {
                fields[lastKey] = list = [];
            }

            list.Add(line[(colon + 1)..].Trim());
        }

        var body = i < lines.Length ? string.Join('\n', lines, i, lines.Length - i) : "";
        return (fields, body.Length > 0 ? body : fields.TryGetValue("Description", out var d) && d.Count > 0 ? d[0] : "");
    }

    [Fact]
    public void Reads_headers_continuations_and_the_body()
    {
        var metadata = MetadataParser.Parse("PKG-INFO", "Name: demo\r\nVersion: 1.0\r\nDescription: first\r\n        |second\r\n\r\nThe body\r\nends here");
        Assert.Equal("demo", metadata.Name);
        Assert.Equal("1.0", metadata.Version);
        Assert.Equal("first\nsecond", metadata.Get("description"));
        Assert.Equal("The body\nends here", metadata.Description);
    }

    // Reading lines in place answers what splitting the text into strings answers.
    [Property(MaxTest = 500)]
    public Property Agrees_with_splitting_into_lines() => Prop.ForAll(Text.ToArbitrary(), text =>
    {
        var parsed = MetadataParser.Parse("PKG-INFO", text);
        var (fields, description) = Reference(text);
        return parsed.Description == description && parsed.Fields.Count == fields.Count &&
            fields.All(kv => parsed.Fields.TryGetValue(kv.Key, out var values) && values.SequenceEqual(kv.Value, StringComparer.Ordinal));
    });
}
