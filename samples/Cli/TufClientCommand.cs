using System.CommandLine;
using Bonded.Tuf;

namespace Bonded.Cli;

/// <summary>
/// bonded tuf-client (issue 5): the TUF client, speaking tuf-conformance's CLIENT-CLI.md protocol. Options come before the
/// subcommand; <c>init</c> makes no request; the metadata folder holds unversioned files; exit 0 on success, 1 otherwise.
/// </summary>
internal static class TufClientCommand
{
    public static IEnumerable<Command> Create()
    {
        var metadataDir = new Option<string>("--metadata-dir")
        {
            Description = "Folder of the client's trusted metadata (root.json, timestamp.json, ...).",
            Required = true,
            Recursive = true,
        };
        var metadataUrl = new Option<string>("--metadata-url")
        {
            Description = "Base URL of the repository's metadata (http, https or file).",
            Recursive = true,
        };
        var targetNames = new Option<string[]>("--target-name")
        {
            Description = "Target path to download; repeat for several, processed in order.",
            Recursive = true,
        };
        var targetBaseUrl = new Option<string>("--target-base-url")
        {
            Description = "Base URL of the repository's targets.",
            Recursive = true,
        };
        var targetDir = new Option<string>("--target-dir")
        {
            Description = "Folder for downloaded, verified targets (also the target cache).",
            Recursive = true,
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Serve from the local metadata and targets only, while that metadata has not expired.",
            Recursive = true,
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Print each step.",
            Recursive = true,
        };

        var trustedRoot = new Argument<FileInfo>("TRUSTED_ROOT") { Description = "The initial trusted root.json." };
        var init = new Command("init", "Initialize the metadata folder with a trusted root (no request is made).") { trustedRoot };
        init.SetAction(parse => Run(parse.GetValue(verbose), () =>
        {
            var directory = parse.GetRequiredValue(metadataDir);
            Directory.CreateDirectory(directory);
            File.Copy(parse.GetRequiredValue(trustedRoot).FullName, Path.Combine(directory, "root.json"), overwrite: true);
            Console.WriteLine($"bonded tuf-client: initialized {directory}");
            return Task.CompletedTask;
        }));

        var refresh = new Command("refresh", "Update the trusted top-level metadata from the repository.");
        refresh.SetAction(parse => Run(parse.GetValue(verbose), async () =>
        {
            using var updater = CreateUpdater(parse, metadataDir, metadataUrl, targetBaseUrl, targetDir, offline);
            await updater.RefreshAsync();
            Console.WriteLine("bonded tuf-client: refreshed");
        }));

        var download = new Command("download", "Refresh, then download and verify each --target-name into --target-dir (cached files are reused).");
        download.SetAction(parse => Run(parse.GetValue(verbose), async () =>
        {
            var names = parse.GetValue(targetNames) ?? [];
            if (names.Length == 0)
            {
                throw new ArgumentException("download needs at least one --target-name.");
            }

            using var updater = CreateUpdater(parse, metadataDir, metadataUrl, targetBaseUrl, targetDir, offline);
            foreach (var name in names)
            {
                var target = await updater.GetTargetInfoAsync(name) ?? throw new TufException($"No role lists target {name}.");
                var path = await updater.DownloadTargetAsync(target);
                Console.WriteLine($"bonded tuf-client: {name} -> {path}");
            }
        }));

        var command = new Command("tuf-client", "TUF client speaking the tuf-conformance CLIENT-CLI protocol.")
        {
            metadataDir, metadataUrl, targetNames, targetBaseUrl, targetDir, offline, verbose, init, refresh, download,
        };
        return [command];
    }

    private static TufUpdater CreateUpdater(ParseResult parse, Option<string> metadataDir, Option<string> metadataUrl,
        Option<string> targetBaseUrl, Option<string> targetDir, Option<bool> offline)
    {
        var isOffline = parse.GetValue(offline);
        var metadataBase = ToUri(parse.GetValue(metadataUrl));
        if (metadataBase is null && !isOffline)
        {
            throw new ArgumentException("--metadata-url is required unless --offline.");
        }

        return new TufUpdater(new TufUpdaterOptions
        {
            MetadataDirectory = parse.GetRequiredValue(metadataDir),
            MetadataBaseUri = metadataBase,
            TargetBaseUri = ToUri(parse.GetValue(targetBaseUrl)),
            TargetDirectory = parse.GetValue(targetDir),
            Offline = isOffline,
        });
    }

    /// <summary>A URL, or a local folder as a <c>file:</c> URI.</summary>
    private static Uri? ToUri(string? value) => value switch
    {
        null => null,
        _ when Uri.TryCreate(value, UriKind.Absolute, out var uri) => uri,
        _ => new Uri(Path.GetFullPath(value)),
    };

    private static int Run(bool verbose, Func<Task> action)
    {
        try
        {
            action().GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"bonded tuf-client: {e.GetType().Name}: {e.Message}");
            if (verbose)
            {
                Console.Error.WriteLine(e);
            }

            return 1;
        }
    }
}
