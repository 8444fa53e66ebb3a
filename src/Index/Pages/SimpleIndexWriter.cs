using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bonded.Index.Files;
using Bonded.Index.Names;
using Bonded.Index.Versions;

namespace Bonded.Index.Pages;

/// <summary>Renders the simple repository API pages: PEP 503 HTML and PEP 691 JSON, root and project pages.</summary>
/// <remarks>
/// Pages carry PEP 592 yanking, PEP 629 repository version (1.4), PEP 658/714 core metadata (both HTML attribute names,
/// <c>core-metadata</c> in JSON), PEP 700 <c>versions</c>, <c>size</c> and <c>upload-time</c>, PEP 740 provenance and PEP 792
/// project status. Output depends only on the input, byte for byte, so pages can be cached, diffed and signed. Every name,
/// version, URL, reason and requires-python value is escaped for its context.
/// </remarks>
public sealed class SimpleIndexWriter
{
    /// <summary>The repository API version the pages declare.</summary>
    public const string ApiVersion = "1.4";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false, SkipValidation = true };

    /// <summary>Writes the root page: one link per project, in the order given.</summary>
    /// <param name="projects">The projects, in the order to list them (sort them for a stable page).</param>
    /// <param name="format">HTML or JSON.</param>
    /// <param name="output">Where the UTF-8 page goes.</param>
    public void WriteRoot(IEnumerable<ProjectName> projects, SimpleFormat format, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(output);
        if (format == SimpleFormat.Json)
        {
            WriteRootJson(projects, output);
        }
        else
        {
            WriteRootHtml(projects, output);
        }
    }

    /// <summary>Writes one project's page.</summary>
    /// <param name="project">The project and its files.</param>
    /// <param name="format">HTML or JSON.</param>
    /// <param name="output">Where the UTF-8 page goes.</param>
    public void WriteProject(IndexProject project, SimpleFormat format, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(output);
        if (format == SimpleFormat.Json)
        {
            WriteProjectJson(project, output);
        }
        else
        {
            WriteProjectHtml(project, output);
        }
    }

    /// <summary>Renders the root page to a byte array.</summary>
    /// <param name="projects">The projects, in the order to list them.</param>
    /// <param name="format">HTML or JSON.</param>
    /// <returns>The UTF-8 page.</returns>
    public byte[] RenderRoot(IEnumerable<ProjectName> projects, SimpleFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        WriteRoot(projects, format, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Renders one project's page to a byte array.</summary>
    /// <param name="project">The project and its files.</param>
    /// <param name="format">HTML or JSON.</param>
    /// <returns>The UTF-8 page.</returns>
    public byte[] RenderProject(IndexProject project, SimpleFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteProject(project, format, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The content type to send with a page of the given format.</summary>
    /// <param name="format">HTML or JSON.</param>
    /// <returns><c>application/vnd.pypi.simple.v1+json</c> or <c>application/vnd.pypi.simple.v1+html</c>.</returns>
    public static string ContentTypeOf(SimpleFormat format) => format == SimpleFormat.Json ? SimpleContentNegotiation.JsonV1 : SimpleContentNegotiation.HtmlV1;

    private static void WriteRootHtml(IEnumerable<ProjectName> projects, IBufferWriter<byte> output)
    {
        var o = new Utf8Output(output);
        o.Raw("<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.4\">\n    <title>Simple index</title>\n  </head>\n  <body>\n"u8);
        foreach (var project in projects)
        {
            // Valid names are [A-Za-z0-9._-]: nothing to escape.
            o.Raw("    <a href=\""u8);
            o.Text(project.Normalized);
            o.Raw("/\">"u8);
            o.Text(project.Value);
            o.Raw("</a>\n"u8);
        }

        o.Raw("  </body>\n</html>\n"u8);
    }

    private static void WriteRootJson(IEnumerable<ProjectName> projects, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        WriteMeta(json);
        json.WriteStartArray("projects"u8);
        foreach (var project in projects)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, project.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteMeta(Utf8JsonWriter json)
    {
        json.WriteStartObject("meta"u8);
        json.WriteString("api-version"u8, ApiVersion);
        json.WriteEndObject();
    }

    private static void WriteProjectHtml(IndexProject project, IBufferWriter<byte> output)
    {
        var o = new Utf8Output(output);
        o.Raw("<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.4\">\n"u8);
        if (project.Status != ProjectStatus.Active)
        {
            o.Raw("    <meta name=\"pypi:project-status\" content=\""u8);
            o.Raw(StatusText(project.Status));
            o.Raw("\">\n"u8);
        }

        if (project.StatusReason is not null)
        {
            o.Wrapped("    <meta name=\"pypi:project-status-reason\" content=\""u8, project.StatusReason, "\">\n"u8);
        }

        o.Wrapped("    <title>Links for "u8, project.Name.Value, "</title>\n  </head>\n  <body>\n    <h1>Links for "u8);
        o.Escaped(project.Name.Value);
        o.Raw("</h1>\n"u8);
        if (project.Status != ProjectStatus.Quarantined)
        {
            foreach (var file in project.Files)
            {
                WriteFileHtml(o, file);
            }
        }

        o.Raw("  </body>\n</html>\n"u8);
    }

    private static void WriteFileHtml(Utf8Output o, IndexFile file)
    {
        o.Raw("    <a href=\""u8);
        o.Escaped(file.Url);
        var (hashName, hashValue) = PreferredHash(file.Hashes);
        if (hashName is not null)
        {
            o.Wrapped("#"u8, hashName, "="u8);
            o.Escaped(hashValue);
        }

        o.Raw("\""u8);
        if (file.RequiresPython is not null)
        {
            o.Wrapped(" data-requires-python=\""u8, file.RequiresPython, "\""u8);
        }

        if (file.IsYanked)
        {
            o.Wrapped(" data-yanked=\""u8, file.YankedReason ?? string.Empty, "\""u8);
        }

        if (file.CoreMetadataHashes is { } metadataHashes)
        {
            var (name, value) = PreferredHash(metadataHashes);
            foreach (var attribute in (ReadOnlySpan<string>)[" data-core-metadata=\"", " data-dist-info-metadata=\""])
            {
                o.Text(attribute);
                if (name is null)
                {
                    o.Raw("true"u8);
                }
                else
                {
                    o.Escaped(name);
                    o.Raw("="u8);
                    o.Escaped(value);
                }

                o.Raw("\""u8);
            }
        }

        if (file.ProvenanceUrl is not null)
        {
            o.Wrapped(" data-provenance=\""u8, file.ProvenanceUrl, "\""u8);
        }

        o.Wrapped(">"u8, file.FileName, "</a><br>\n"u8);
    }

    private static (string? Name, string Value) PreferredHash(IReadOnlyDictionary<string, string> hashes)
    {
        if (hashes.Count == 0)
        {
            return (null, string.Empty);
        }

        if (hashes.TryGetValue("sha256", out var sha256))
        {
            return ("sha256", sha256);
        }

        var name = hashes.Keys.Min(StringComparer.Ordinal)!;
        return (name, hashes[name]);
    }

    private static ReadOnlySpan<byte> StatusText(ProjectStatus status) => status switch
    {
        ProjectStatus.Archived => "archived"u8,
        ProjectStatus.Quarantined => "quarantined"u8,
        ProjectStatus.Deprecated => "deprecated"u8,
        _ => "active"u8,
    };

    private static void WriteProjectJson(IndexProject project, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        WriteMeta(json);
        json.WriteString("name"u8, project.Name.Normalized);
        if (project.Status != ProjectStatus.Active || project.StatusReason is not null)
        {
            json.WriteStartObject("project-status"u8);
            json.WriteString("status"u8, StatusText(project.Status));
            if (project.StatusReason is not null)
            {
                json.WriteString("reason"u8, project.StatusReason);
            }

            json.WriteEndObject();
        }

        var quarantined = project.Status == ProjectStatus.Quarantined;
        json.WriteStartArray("versions"u8);
        if (!quarantined)
        {
            foreach (var version in project.Versions ?? VersionsOf(project.Files))
            {
                json.WriteStringValue(version);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("files"u8);
        if (!quarantined)
        {
            foreach (var file in project.Files)
            {
                WriteFileJson(json, file);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteFileJson(Utf8JsonWriter json, IndexFile file)
    {
        json.WriteStartObject();
        json.WriteString("filename"u8, file.FileName);
        json.WriteString("url"u8, file.Url);
        json.WriteStartObject("hashes"u8);
        WriteHashes(json, file.Hashes);
        json.WriteEndObject();
        if (file.RequiresPython is not null)
        {
            json.WriteString("requires-python"u8, file.RequiresPython);
        }

        if (file.CoreMetadataHashes is { } metadataHashes)
        {
            if (metadataHashes.Count == 0)
            {
                json.WriteBoolean("core-metadata"u8, true);
            }
            else
            {
                json.WriteStartObject("core-metadata"u8);
                WriteHashes(json, metadataHashes);
                json.WriteEndObject();
            }
        }

        if (file.YankedReason is not null)
        {
            json.WriteString("yanked"u8, file.YankedReason);
        }
        else
        {
            json.WriteBoolean("yanked"u8, file.Yanked);
        }

        json.WriteNumber("size"u8, file.Size);
        if (file.UploadTime is { } uploaded)
        {
            Span<char> text = stackalloc char[32];
            uploaded.UtcDateTime.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
            json.WriteString("upload-time"u8, text[..written]);
        }

        if (file.ProvenanceUrl is not null)
        {
            json.WriteString("provenance"u8, file.ProvenanceUrl);
        }
        else
        {
            json.WriteNull("provenance"u8);
        }

        json.WriteEndObject();
    }

    private static void WriteHashes(Utf8JsonWriter json, IReadOnlyDictionary<string, string> hashes)
    {
        if (hashes.Count == 1)
        {
            foreach (var (name, value) in hashes)
            {
                json.WriteString(name, value);
            }

            return;
        }

        foreach (var name in hashes.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteString(name, hashes[name]);
        }
    }

    /// <summary>The distinct versions of a set of files, parsed from their names and sorted by PEP 440 ordering.</summary>
    /// <param name="files">The files.</param>
    /// <returns>The normalized versions, oldest first.</returns>
    public static IReadOnlyList<string> VersionsOf(IEnumerable<IndexFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var versions = new SortedSet<PythonVersion>(Comparer<PythonVersion>.Create(static (a, b) =>
        {
            var c = a.CompareTo(b);
            return c != 0 ? c : string.CompareOrdinal(a.ToString(), b.ToString());
        }));
        foreach (var file in files)
        {
            if (WheelFileName.TryParse(file.FileName, out var wheel))
            {
                versions.Add(wheel.Version);
            }
            else if (SdistFileName.TryParse(file.FileName, out var sdist))
            {
                versions.Add(sdist.Version);
            }
        }

        var result = new List<string>(versions.Count);
        string? previous = null;
        foreach (var version in versions)
        {
            var text = version.ToString();
            if (!string.Equals(text, previous, StringComparison.Ordinal))
            {
                result.Add(text);
            }

            previous = text;
        }

        return result;
    }
}
