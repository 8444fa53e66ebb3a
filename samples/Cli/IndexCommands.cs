using System.CommandLine;
using System.Text.Json;
using Bonded.Index;
using Bonded.Index.Static;

namespace Bonded.Cli;

/// <summary>bonded index build (issue 3).</summary>
internal static class IndexCommands
{
    public static IEnumerable<Command> Create()
    {
        var dists = new Option<DirectoryInfo>("--dists") { Description = "Folder of wheels and sdists to index (searched recursively).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the index to (simple/, files/).", Required = true };
        var baseUrl = new Option<Uri?>("--base-url") { Description = "URL at which the --out folder is served; links are relative when omitted." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var build = new Command("build", "Build or update a static PEP 503/691 index (index.html per page, which pip reads over file://, and a JSON twin).");
        build.Options.Add(dists);
        build.Options.Add(output);
        build.Options.Add(baseUrl);
        build.Options.Add(format);
        build.SetAction(parse => Build(parse.GetValue(dists)!, parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(format) == "json"));

        var index = new Command("index", "Static Python package indexes.");
        index.Subcommands.Add(build);
        return [index];
    }

    // Exit codes: 0 built cleanly, 2 built but some files were skipped (listed on stderr), 1 could not build.
    private static int Build(DirectoryInfo dists, DirectoryInfo output, Uri? baseUrl, bool json)
    {
        if (baseUrl is not null && (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https" or "file")))
        {
            Console.Error.WriteLine($"error: --base-url must be an absolute http, https or file URL, not '{baseUrl}'.");
            return 1;
        }

        StaticBuildResult result;
        try
        {
            result = new StaticIndexBuilder().Build(dists.FullName, output.FullName, baseUrl);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }

        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine($"skipped: {problem.Path}: {problem.Message}");
        }

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                files = result.FilesIndexed,
                projects = result.Projects,
                pagesWritten = result.PagesWritten,
                pagesUnchanged = result.PagesUnchanged,
                pagesRemoved = result.PagesRemoved,
                filesRemoved = result.FilesRemoved,
                problems = result.Problems.Select(p => new { path = p.Path, message = p.Message }),
            }));
        }
        else
        {
            Console.Out.WriteLine($"Indexed {result.FilesIndexed} files of {result.Projects} projects into {output.FullName}: "
                + $"{result.PagesWritten} pages written, {result.PagesUnchanged} unchanged, {result.PagesRemoved} removed; {result.Problems.Count} files skipped.");
        }

        return result.Problems.Count == 0 ? 0 : 2;
    }
}
