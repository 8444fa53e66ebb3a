using LocalIndex.Signing;
using LocalIndex.Simple;
using LocalIndex.Upload;
using LocalIndex.Web;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace LocalIndex;

/// <summary>Builds the web application: the services of the four libraries and the endpoints.</summary>
public static class LocalIndexHost
{
    /// <summary>Builds the host from command-line arguments (<c>--data DIR</c>, <c>--urls URL</c>, any ASP.NET Core setting).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(LocalIndexHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--data"] = "LocalIndex:DataDirectory",
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(LocalIndexProgram.DefaultUrls);
        }

        builder.Services.AddOptions<LocalIndexOptions>().Bind(builder.Configuration.GetSection("LocalIndex"));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        var dataDirectory = Path.GetFullPath(builder.Configuration["LocalIndex:DataDirectory"] ?? LocalIndexOptions.DefaultDataDirectory());
        builder.Services.Configure<LocalIndexOptions>(o => o.DataDirectory = dataDirectory);
        builder.Services.AddLocalIndexCore(dataDirectory, builder.Configuration);
        builder.Services.AddHostedService<TufRefreshService>();
        WebPages.AddServices(builder.Services, dataDirectory);
        configure?.Invoke(builder);

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<LocalIndexOptions>>().Value;
        app.Logger.LogInformation("Local index data folder: {DataDirectory}", options.DataDirectory);

        // Render every page and bring TUF up to date before the first request is served.
        app.Services.GetRequiredService<IndexPublisher>().RebuildAllAsync(CancellationToken.None).GetAwaiter().GetResult();

        app.MapGet("/", () => Results.Content(HomePage.Render(), "text/html; charset=utf-8"));
        LegacyUpload.Map(app);
        SimpleEndpoints.Map(app);
        MapTuf(app);
        WebPages.Map(app);
        return app;
    }

    private static void MapTuf(WebApplication app)
    {
        var tuf = app.Services.GetRequiredService<ITufTargets>();
        if (tuf.MetadataDirectory is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/tuf",
            FileProvider = new PhysicalFileProvider(folder),
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "max-age=0, must-revalidate",
        });
    }
}
