using System.CommandLine;

namespace Bonded.Cli;

/// <summary>bonded index build (issue 3).</summary>
internal static class IndexCommands
{
    public static IEnumerable<Command> Create() => [];
}
