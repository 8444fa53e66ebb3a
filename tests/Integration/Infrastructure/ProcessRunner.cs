using System.Diagnostics;
using System.Text;

namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>What a finished external program left behind.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}

/// <summary>Runs real external programs (pip, twine, node, the bonded tool) with a timeout.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null,
        string? standardInput = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.\n{stdout}\n{stderr}");
        }

        process.WaitForExit();
        lock (stdout)
        {
            lock (stderr)
            {
                return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
            }
        }
    }
}

/// <summary>Runs the <c>bonded</c> tool built beside the tests.</summary>
public static class BondedTool
{
    /// <summary>
    /// The tool as its own project built it (samples/Cli/bin/CONFIG/net10.0), with its own dependencies beside it; the copy
    /// in the test output lacks the Microsoft.Extensions assemblies that this ASP.NET test project takes from the shared
    /// framework. Falls back to that copy when the repository layout is not found.
    /// </summary>
    public static string DllPath { get; } = FindDll();

    private static string FindDll()
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var targetFramework = baseDirectory.Name;
        var configuration = baseDirectory.Parent?.Name ?? "Release";
        for (var dir = baseDirectory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Libraries.sln")))
            {
                var own = Path.Combine(dir.FullName, "samples", "Cli", "bin", configuration, targetFramework, "bonded.dll");
                if (File.Exists(own))
                {
                    return own;
                }

                break;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "bonded.dll");
    }

    public static Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string? workingDirectory, TimeSpan? timeout = null)
        => ProcessRunner.RunAsync("dotnet", [DllPath, .. arguments], workingDirectory, timeout: timeout);
}
