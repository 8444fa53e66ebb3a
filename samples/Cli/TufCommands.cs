using System.CommandLine;

namespace Bonded.Cli;

/// <summary>bonded tuf init/add/remove/publish/rotate/status (issue 4).</summary>
internal static class TufCommands
{
    public static IEnumerable<Command> Create() => [];
}
