namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>tuf-js (npm, run by node) verifying downloads from a running host against its <c>/tuf/</c> metadata.</summary>
public static class TufJs
{
    public static string NodeDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "tests", "Integration", "node", "package.json")))
            {
                directory = directory.Parent;
            }

            return directory is null
                ? throw new InvalidOperationException("tests/Integration/node not found above " + AppContext.BaseDirectory)
                : Path.Combine(directory.FullName, "tests", "Integration", "node");
        }
    }

    /// <summary>Trusts the host's <c>1.root.json</c> (fetched here), refreshes and downloads each target; one output line per target.</summary>
    public static async Task<ProcessResult> DownloadAsync(Uri baseAddress, HttpClient client, string workDirectory, params string[] targetPaths)
    {
        Directory.CreateDirectory(workDirectory);
        var root = Path.Combine(workDirectory, "trusted-root.json");
        await File.WriteAllBytesAsync(root, await client.GetByteArrayAsync(new Uri(baseAddress, "tuf/1.root.json")));
        var node = NodeDirectory;
        Assert.True(Directory.Exists(Path.Combine(node, "node_modules", "tuf-js")), "run `npm ci` in tests/Integration/node (test.sh does)");
        return await ProcessRunner.RunAsync("node", [Path.Combine(node, "host-tuf-download.js"), baseAddress.ToString(), root, Path.Combine(workDirectory, "client"), .. targetPaths], node, timeout: TimeSpan.FromMinutes(2));
    }
}
