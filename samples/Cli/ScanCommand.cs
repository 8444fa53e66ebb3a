using System.CommandLine;

namespace Bonded.Cli;

/// <summary>bonded scan (issue 6).</summary>
internal static class ScanCommand
{
    public static IEnumerable<Command> Create() => [];
}
