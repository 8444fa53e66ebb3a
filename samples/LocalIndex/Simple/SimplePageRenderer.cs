using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LocalIndex.Simple;

/// <summary>One file as a project page lists it.</summary>
internal sealed record PageFile(
    string Filename,
    string Url,
    string Sha256,
    long Size,
    DateTimeOffset UploadTime,
    string? RequiresPython,
    bool Yanked,
    string? YankReason,
    string? MetadataSha256);

/// <summary>A project page's content: name, PEP 792 status, versions and the files that are published.</summary>
internal sealed record ProjectPage(string Name, string NormalizedName, string? Status, IReadOnlyList<string> Versions, IReadOnlyList<PageFile> Files);

/// <summary>Renders simple pages (PEP 503 HTML, PEP 691 JSON); output is byte-stable so pages can be cached and signed.</summary>
internal interface ISimplePageRenderer
{
    byte[] ProjectHtml(ProjectPage page);

    byte[] ProjectJson(ProjectPage page);

    byte[] RootHtml(IReadOnlyList<(string Name, string NormalizedName)> projects);

    byte[] RootJson(IReadOnlyList<(string Name, string NormalizedName)> projects);
}

/// <summary>Interim renderer until Bonded.Index's <c>SimpleIndexWriter</c> is merged.</summary>
internal sealed class InterimSimplePageRenderer : ISimplePageRenderer
{
    public byte[] ProjectHtml(ProjectPage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"pypi:repository-version\" content=\"1.1\">\n");
        if (page.Status is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<meta name=\"pypi:project-status\" content=\"{Attr(page.Status)}\">\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<title>Links for {Attr(page.Name)}</title>\n</head>\n<body>\n<h1>Links for {Attr(page.Name)}</h1>\n");
        foreach (var file in page.Files)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{Attr(file.Url)}#sha256={file.Sha256}\"");
            if (file.RequiresPython is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $" data-requires-python=\"{Attr(file.RequiresPython)}\"");
            }

            if (file.Yanked)
            {
                html.Append(CultureInfo.InvariantCulture, $" data-yanked=\"{Attr(file.YankReason ?? "")}\"");
            }

            if (file.MetadataSha256 is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $" data-dist-info-metadata=\"sha256={file.MetadataSha256}\" data-core-metadata=\"sha256={file.MetadataSha256}\"");
            }

            html.Append(CultureInfo.InvariantCulture, $">{Attr(file.Filename)}</a><br>\n");
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    public byte[] ProjectJson(ProjectPage page)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("meta");
            json.WriteString("api-version", "1.1");
            if (page.Status is not null)
            {
                json.WriteString("project-status", page.Status);
            }

            json.WriteEndObject();
            json.WriteString("name", page.NormalizedName);
            json.WriteStartArray("versions");
            foreach (var version in page.Versions)
            {
                json.WriteStringValue(version);
            }

            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in page.Files)
            {
                json.WriteStartObject();
                json.WriteString("filename", file.Filename);
                json.WriteString("url", file.Url);
                json.WriteStartObject("hashes");
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
                if (file.RequiresPython is not null)
                {
                    json.WriteString("requires-python", file.RequiresPython);
                }

                if (file.MetadataSha256 is not null)
                {
                    json.WriteStartObject("core-metadata");
                    json.WriteString("sha256", file.MetadataSha256);
                    json.WriteEndObject();
                }

                if (file.Yanked)
                {
                    if (file.YankReason is { Length: > 0 } reason)
                    {
                        json.WriteString("yanked", reason);
                    }
                    else
                    {
                        json.WriteBoolean("yanked", true);
                    }
                }

                json.WriteNumber("size", file.Size);
                json.WriteString("upload-time", file.UploadTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public byte[] RootHtml(IReadOnlyList<(string Name, string NormalizedName)> projects)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta name=\"pypi:repository-version\" content=\"1.1\">\n<title>Simple index</title>\n</head>\n<body>\n");
        foreach (var (_, normalized) in projects)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"{Attr(normalized)}/\">{Attr(normalized)}</a><br>\n");
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    public byte[] RootJson(IReadOnlyList<(string Name, string NormalizedName)> projects)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("meta");
            json.WriteString("api-version", "1.1");
            json.WriteEndObject();
            json.WriteStartArray("projects");
            foreach (var (_, normalized) in projects)
            {
                json.WriteStartObject();
                json.WriteString("name", normalized);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Attr(string value) => WebUtility.HtmlEncode(value);
}
