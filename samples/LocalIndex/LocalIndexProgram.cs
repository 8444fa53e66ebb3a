using System.Globalization;

namespace LocalIndex;

/// <summary>Entry point: <c>LocalIndex [serve] [--data DIR] [--urls URL]</c> and the admin commands.</summary>
public static class LocalIndexProgram
{
    /// <summary>The address the index listens on unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        switch (command)
        {
            case "serve":
                var app = LocalIndexHost.Build(rest);
                await app.RunAsync().ConfigureAwait(false);
                return 0;
            case "--help" or "-h" or "help":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"LocalIndex: unknown command '{command}'.")).ConfigureAwait(false);
                await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }

    public const string Usage = """
        Usage:
          LocalIndex [serve] [--data DIR] [--urls URL]   run the index (default http://127.0.0.1:8080)
        """;
}
