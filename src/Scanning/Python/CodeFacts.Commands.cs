namespace Bonded.Scanning.Python;

/// <summary>Commands fetched from the network and run, directly or through a local helper that runs its parameter.</summary>
internal sealed partial class CodeFacts
{
    private Dictionary<string, Call>? commandRunners;

    /// <summary>Local functions that hand one of their parameters to a process or exec: <c>def _handle(cmd): subprocess.run(cmd, shell=True)</c>.</summary>
    public Dictionary<string, Call> CommandRunners => commandRunners ??= CollectCommandRunners();

    private Dictionary<string, Call> CollectCommandRunners()
    {
        var m = Module;
        var runners = new Dictionary<string, Call>(StringComparer.Ordinal);
        if (m.Functions.Count == 0 || Spawns.Count + Execs.Count == 0)
        {
            return runners;
        }

        foreach (var call in Spawns.Concat(Execs))
        {
            var function = m.LineFunction[call.LineIndex];
            if (function < 0 || runners.ContainsKey(m.Functions[function].Name))
            {
                continue;
            }

            var parameters = Parameters(m.Functions[function]);
            for (var t = call.OpenParen + 1; t < call.CloseParen && parameters.Count > 0; t++)
            {
                if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, ".") && !m.Is(t + 1, "=") && parameters.Contains(m.TokenText(t).ToString()))
                {
                    runners[m.Functions[function].Name] = call;
                    break;
                }
            }
        }

        return runners;
    }

    private HashSet<string> Parameters(FunctionDefinition function)
    {
        var m = Module;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var line = m.Lines[function.LineIndex];
        var open = line.FirstToken;
        while (open < line.EndToken && !m.Is(open, "("))
        {
            open++;
        }

        if (open >= line.EndToken || m.Match(open) < 0)
        {
            return names;
        }

        for (var t = open + 1; t < m.Match(open); t++)
        {
            if (m.Tokens[t].Kind == TokenKind.Name && (m.Is(t - 1, "(") || m.Is(t - 1, ",") || m.Is(t - 1, "*") || m.Is(t - 1, "**")) && !m.Is(t, "self") && !m.Is(t, "cls"))
            {
                names.Add(m.TokenText(t).ToString());
            }
        }

        return names;
    }

    /// <summary>
    /// Where data fetched from the network is run: a process, exec or pickle call given it (the site is the runner), or a local
    /// helper given it that runs its parameter (the site is the helper's call).
    /// </summary>
    public IEnumerable<(Call Site, Call Runner)> FetchedDataRuns()
    {
        foreach (var call in Execs.Concat(Spawns).Concat(Deserializes))
        {
            if (IsDownloaded(call.OpenParen, call.CloseParen))
            {
                yield return (call, call);
            }
        }

        // Only data fetched in this module can reach a helper.
        if ((Network.Count == 0 && downloadedNames.Count == 0) || CommandRunners.Count == 0)
        {
            yield break;
        }

        foreach (var call in Module.Calls)
        {
            var name = call.Name.StartsWith("self.", StringComparison.Ordinal) ? call.Name[5..] : call.Name;
            if (CommandRunners.TryGetValue(name, out var runner) && IsDownloaded(call.OpenParen, call.CloseParen))
            {
                yield return (call, runner);
            }
        }
    }
}
