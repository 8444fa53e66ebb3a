namespace LocalIndex.Web;

/// <summary>The server-rendered pages: accounts, second factors, tokens, projects, review queue, audit log.</summary>
internal static class WebPages
{
    public static void AddServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
