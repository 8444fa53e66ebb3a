using System.CommandLine;

namespace Bonded.Cli;

/// <summary>The root of the <c>bonded</c> command line; each command group lives in a file of its own.</summary>
internal static class BondedCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("bonded: static Python indexes, TUF repositories and client, malware scanning and API tokens.");
        foreach (var command in IndexCommands.Create()
            .Concat(TufCommands.Create())
            .Concat(TufClientCommand.Create())
            .Concat(ScanCommand.Create())
            .Concat(TokenCommands.Create()))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
