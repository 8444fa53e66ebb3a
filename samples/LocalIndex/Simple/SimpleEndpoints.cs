using System.Text;
using Bonded.Index.Pages;
using LocalIndex.Storage;
using LocalIndex.Upload;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace LocalIndex.Simple;

/// <summary>The simple API (<c>/simple/</c>), downloads (<c>/files/</c>) and their TUF-consistent names.</summary>
internal static class SimpleEndpoints
{
    private const string CacheControl = "max-age=0, must-revalidate";

    public static void Map(WebApplication app)
    {
        // Fast path for the hottest request, a cached project page under its normalized name: answered from memory
        // before authentication and endpoint dispatch. Anything else (redirects, 404s, query strings) goes on to the endpoints.
        var publisher = app.Services.GetRequiredService<IndexPublisher>();
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 9 } && path[^1] == '/' && path.StartsWith("/simple/", StringComparison.Ordinal)
                && path.IndexOf('/', 8) == path.Length - 1 && !context.Request.QueryString.HasValue && HttpMethods.IsGet(context.Request.Method)
                && publisher.Project(path[8..^1]) is { } pages)
            {
                return WriteNegotiatedAsync(context, pages);
            }

            return next(context);
        });

        // Routing treats "/simple" and "/simple/" alike, so the endpoints redirect to the slash form themselves.
        app.MapGet("/simple/", (HttpContext context, IndexPublisher pages) =>
            context.Request.Path.Value!.EndsWith('/') ? ServeNegotiated(context, pages.Root) : Results.Redirect("/simple/", permanent: true));
        app.MapGet("/simple/{name}/", (HttpContext context, string name, IndexPublisher pages, IDistributionInspector names) =>
        {
            var normalized = names.Normalize(name);
            if (normalized is null)
            {
                return Results.NotFound();
            }

            return normalized != name || !context.Request.Path.Value!.EndsWith('/')
                ? Results.Redirect($"/simple/{normalized}/{context.Request.QueryString}", permanent: true)
                : ServeNegotiated(context, pages.Project(name));
        });
        app.MapGet("/simple/{name}/{file}", (HttpContext context, string name, string file, IndexPublisher pages) => ServeTarget(context, pages.Project(name), file));
        app.MapGet("/simple/index.html", (HttpContext context, IndexPublisher pages) => ServeTarget(context, pages.Root, "index.html"));
        app.MapGet("/simple/index.v1_json", (HttpContext context, IndexPublisher pages) => ServeTarget(context, pages.Root, "index.v1_json"));
        app.MapGet("/simple/{hashed}.index.html", (HttpContext context, string hashed, IndexPublisher pages) => ServeTarget(context, pages.Root, hashed + ".index.html"));
        app.MapGet("/simple/{hashed}.index.v1_json", (HttpContext context, string hashed, IndexPublisher pages) => ServeTarget(context, pages.Root, hashed + ".index.v1_json"));
        app.MapGet("/files/{project}/{filename}", DownloadAsync);
    }

    private static readonly StringValues VaryAccept = "Accept";
    private static readonly StringValues HtmlContentType = "text/html; charset=utf-8";
    private static readonly StringValues CacheControlValue = CacheControl;

    private static IResult ServeNegotiated(HttpContext context, ProjectPages? pages)
        => pages is null ? Results.NotFound() : new NegotiatedPage(pages);

    /// <summary>Chooses the page's form per PEP 691 and writes it (or 304, or 406) straight to the response.</summary>
    private static Task WriteNegotiatedAsync(HttpContext context, ProjectPages pages)
    {
        var response = context.Response;
        response.Headers.Vary = VaryAccept;
        var format = context.Request.Query["format"];
        var choice = SimpleContentNegotiation.Negotiate(context.Request.Headers.Accept.ToString(), StringValues.IsNullOrEmpty(format) ? null : format.ToString());
        if (!choice.IsAcceptable)
        {
            response.StatusCode = 406;
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync("406 Not Acceptable: ask for application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html or text/html.");
        }

        var page = choice.Format == SimpleFormat.Json ? pages.Json : pages.Html;
        response.Headers.ETag = page.ETagValue;
        response.Headers.CacheControl = CacheControlValue;
        foreach (var candidate in context.Request.Headers.IfNoneMatch)
        {
            if (candidate is not null && candidate.Contains(page.ETag, StringComparison.Ordinal))
            {
                response.StatusCode = 304;
                return Task.CompletedTask;
            }
        }

        response.Headers.ContentType = choice.Format == SimpleFormat.Json ? (StringValues)choice.ContentType
            : choice.ContentType == SimpleContentNegotiation.TextHtml ? HtmlContentType
            : (StringValues)choice.ContentType;
        response.ContentLength = page.Content.Length;
        return response.Body.WriteAsync(page.Content).AsTask();
    }

    /// <summary>The endpoint form of <see cref="WriteNegotiatedAsync"/>.</summary>
    private sealed class NegotiatedPage(ProjectPages pages) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteNegotiatedAsync(httpContext, pages);
    }

    /// <summary>Serves a page by its TUF target name: <c>index.html</c>, <c>index.v1_json</c> or <c>SHA256.index.html</c> (consistent snapshots).</summary>
    private static IResult ServeTarget(HttpContext context, ProjectPages? pages, string file)
    {
        if (pages is null)
        {
            return Results.NotFound();
        }

        var dot = file.IndexOf('.', StringComparison.Ordinal);
        var prefix = file.Length > 65 && dot == 64 || dot == 128 ? file[..dot] : null;
        var bare = prefix is null ? file : file[(dot + 1)..];
        var page = bare switch
        {
            "index.html" => pages.Html,
            "index.v1_json" => pages.Json,
            _ => null,
        };
        if (page is null || (prefix is not null && prefix != page.Sha256 && prefix != page.Sha512))
        {
            return Results.NotFound();
        }

        return Serve(context, page, page.ContentType);
    }

    private static IResult Serve(HttpContext context, RenderedPage page, string contentType)
    {
        var headers = context.Response.Headers;
        headers.ETag = page.ETag;
        headers.CacheControl = CacheControl;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(page.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(304);
        }

        return Results.Bytes(page.Content, contentType);
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, string project, string filename, IRegistryStore store, IBlobStore blobs)
    {
        var isMetadata = filename.EndsWith(".metadata", StringComparison.Ordinal);
        var name = isMetadata ? filename[..^".metadata".Length] : filename;
        var file = await store.FindFileAsync(name, context.RequestAborted);
        string? hashPrefix = null;
        if (file is null && name.Length > 65 && name[64] == '.')
        {
            // Consistent snapshot name: SHA256.filename, as TUF clients fetch targets.
            hashPrefix = name[..64];
            file = await store.FindFileAsync(name[65..], context.RequestAborted);
        }

        if (file is null || file.ProjectName != project || file.State != FileState.Published || (hashPrefix is not null && hashPrefix != file.Sha256))
        {
            return Results.NotFound();
        }

        var project404 = await store.FindProjectAsync(project, context.RequestAborted);
        if (project404?.Status == "quarantined")
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "max-age=31536000, immutable";
        if (isMetadata)
        {
            var text = await store.GetMetadataTextAsync(file.Id, context.RequestAborted);
            return text is null ? Results.NotFound() : Results.Bytes(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");
        }

        var stream = blobs.OpenRead(file.BlobKey);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = filename.EndsWith(".whl", StringComparison.Ordinal) || filename.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/octet-stream";
        return Results.Stream(stream, type, entityTag: new EntityTagHeaderValue("\"" + file.Sha256[..32] + "\""), enableRangeProcessing: true);
    }
}
