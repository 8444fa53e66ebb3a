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
        configure?.Invoke(builder);

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<LocalIndexOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectory);
        app.Logger.LogInformation("Local index data folder: {DataDirectory}", options.DataDirectory);

        app.MapGet("/", () => Results.Content(HomePage.Render(), "text/html; charset=utf-8"));
        return app;
    }
}
