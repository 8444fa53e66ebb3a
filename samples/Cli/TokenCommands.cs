using System.CommandLine;

namespace Bonded.Cli;

/// <summary>bonded token inspect/attenuate/verify (issue 7).</summary>
internal static class TokenCommands
{
    public static IEnumerable<Command> Create() => [];
}
