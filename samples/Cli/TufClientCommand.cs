using System.CommandLine;

namespace Bonded.Cli;

/// <summary>bonded tuf-client (issue 5).</summary>
internal static class TufClientCommand
{
    public static IEnumerable<Command> Create() => [];
}
