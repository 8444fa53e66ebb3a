using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Fetches code or a program from the network and runs it (exec of a response, a downloaded file started, curl | sh).</summary>
internal sealed partial class DownloadExecuteCheck : PackageCheck
{
    public override string Id => CheckIds.DownloadExecute;

    public override string Description => "Downloads code or a program and runs it: exec of a network response, a fetched file started, or a curl|sh style command.";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>Calls that start a program or load code from a file: processes, chmod +x, zip and file imports, native libraries.</summary>
    internal static bool IsRunner(string name) =>
        CodeFacts.IsSpawn(name) || name is "os.chmod" or "os.startfile" or "zipimport.zipimporter" or "imp.load_source" or "imp.load_dynamic" or "imp.load_compiled" or "runpy.run_path" or "ctypes.CDLL" or "ctypes.WinDLL" or "ctypes.cdll.LoadLibrary" or "ctypes.windll.LoadLibrary" or "importlib.util.spec_from_file_location" ||
        name.EndsWith(".load_module", StringComparison.Ordinal) || name.EndsWith(".exec_module", StringComparison.Ordinal) || name.EndsWith("ShellExecuteW", StringComparison.Ordinal) || name.EndsWith("ShellExecuteA", StringComparison.Ordinal);

    private static readonly HashSet<string> OutputFlags = new(StringComparer.OrdinalIgnoreCase) { "-O", "-o", "--output", "--output-document", "-OutFile", "/transfer" };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)(?:-O|-o|--output|--output-document|-OutFile)[\s=]+['""]?([^\s'""|&;]+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex OutputArgument();

    /// <summary>
    /// A file downloaded to a path and then started or made executable through the same name or path, in one scope:
    /// <c>wget -O target url</c>, <c>urlretrieve(url, target)</c> or a response written to <c>open(target, "wb")</c>,
    /// then <c>os.chmod(target)</c>, <c>Popen([target])</c>, <c>os.startfile(target)</c>.
    /// </summary>
    private IEnumerable<Finding> StartedDownloads(CodeFacts facts)
    {
        var m = facts.Module;
        if (facts.Network.Count == 0 && facts.Spawns.Count == 0)
        {
            yield break;
        }

        List<(int Scope, string Key, Call Download)>? targets = null;
        var networkScopes = facts.Network.Count == 0 ? [] : facts.Network.Select(c => m.LineFunction[c.LineIndex]).ToHashSet();
        // Local helpers that download (safe_download(url, dst) wrapping urlretrieve): their last argument is where the file lands.
        var downloaders = networkScopes.Where(f => f >= 0).Select(f => m.Functions[f].Name).ToHashSet(StringComparer.Ordinal);
        foreach (var call in m.Calls)
        {
            var local = call.Name.StartsWith("self.", StringComparison.Ordinal) ? call.Name[5..] : call.Name;
            var key = call.Name.EndsWith("urlretrieve", StringComparison.Ordinal) || call.Name is "wget.download" ? ArgumentKey(m, call, 1)
                : downloaders.Contains(local) && m.LineFunction[call.LineIndex] is var caller && (caller < 0 || m.Functions[caller].Name != local) ? LastArgumentKey(m, call)
                : CodeFacts.IsSpawn(call.Name) ? DownloaderOutput(m, call)
                : call.Name is "open" or "io.open" && networkScopes.Contains(m.LineFunction[call.LineIndex]) && m.StringsIn(call.OpenParen, call.CloseParen).Contains('w', StringComparison.Ordinal) ? ArgumentKey(m, call, 0)
                : null;
            if (key is { Length: > 0 })
            {
                (targets ??= []).Add((m.LineFunction[call.LineIndex], key, call));
            }
        }

        if (targets is null)
        {
            yield break;
        }

        foreach (var runner in m.Calls.Concat(facts.ResolvedCalls))
        {
            if (!IsRunner(runner.Name))
            {
                continue;
            }

            foreach (var (scope, key, download) in targets)
            {
                if (scope == m.LineFunction[runner.LineIndex] && runner.NameToken > download.CloseParen && Mentions(m, runner, key) &&
                    Scale(facts.ContextOf(runner), Severity.Critical, Confidence.High) is { } s)
                {
                    yield return At(facts, runner.NameToken, s.Severity, s.Confidence, $"Downloads a program to {Names.Excerpt(key, 40)} ({download.Name}) and starts it or makes it executable ({runner.Name}) {Describe(facts.ContextOf(runner))}.");
                    yield break;
                }
            }
        }
    }

    /// <summary>The n-th positional argument when it is a plain name or a string literal.</summary>
    private static string? ArgumentKey(PythonModule m, Call call, int index)
    {
        var start = call.OpenParen + 1;
        for (var i = 0; i < index; i++)
        {
            var comma = start;
            while (comma < call.CloseParen && !m.Is(comma, ","))
            {
                comma = (m.Is(comma, "(") || m.Is(comma, "[")) && m.Match(comma) > comma ? m.Match(comma) + 1 : comma + 1;
            }

            start = comma + 1;
        }

        return start < call.CloseParen && (start + 1 == call.CloseParen || m.Is(start + 1, ",")) ? Key(m, start) : null;
    }

    private static string? LastArgumentKey(PythonModule m, Call call)
    {
        var start = call.OpenParen + 1;
        for (var t = start; t < call.CloseParen; t = (m.Is(t, "(") || m.Is(t, "[") || m.Is(t, "{")) && m.Match(t) > t ? m.Match(t) + 1 : t + 1)
        {
            if (m.Is(t, ","))
            {
                start = t + 1;
            }
        }

        // Two arguments at least (a URL and a destination), the last a plain name or literal.
        return start > call.OpenParen + 1 && start + 1 == call.CloseParen ? Key(m, start) : null;
    }

    private static string? Key(PythonModule m, int token) => m.Tokens[token].Kind switch
    {
        TokenKind.Name => m.TokenText(token).ToString(),
        TokenKind.String => m.StringValue(token),
        _ => null,
    };

    /// <summary>Where a spawned curl, wget or PowerShell download writes: the argument after -O, -o, --output or -OutFile.</summary>
    private static string? DownloaderOutput(PythonModule m, Call call)
    {
        var downloader = false;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind != TokenKind.String)
            {
                continue;
            }

            var value = m.StringValue(t);
            if (!downloader)
            {
                var word = Path.GetFileNameWithoutExtension(value.Trim().Split(' ', 2)[0]).ToLowerInvariant();
                downloader = word is "curl" or "wget" or "powershell" or "pwsh" or "iwr" or "invoke-webrequest" or "bitsadmin";
                if (downloader && value.Contains(' ', StringComparison.Ordinal) && OutputArgument().Match(value) is { Success: true } inline)
                {
                    return inline.Groups[1].Value;
                }

                continue;
            }

            if (OutputFlags.Contains(value) && m.Is(t + 1, ",") && t + 2 < call.CloseParen)
            {
                return Key(m, t + 2);
            }
        }

        return null;
    }

    /// <summary>Whether a call's arguments hold the name or path a download was saved to.</summary>
    private static bool Mentions(PythonModule m, Call call, string key)
    {
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            var kind = m.Tokens[t].Kind;
            if ((kind == TokenKind.Name && !m.Is(t - 1, ".") && m.TokenText(t).SequenceEqual(key)) || (kind == TokenKind.String && m.StringValue(t).Contains(key, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var findings = new List<Finding>();
            var m = facts.Module;

            // exec(urlopen(...).read()) and exec(x) where x came from the network.
            foreach (var (call, runner) in facts.FetchedDataRuns())
            {
                // exec of a response is remote code whoever calls it: a function the user calls (a transport, a loader) still weighs high.
                var context = facts.ContextOf(call);
                if ((context == CodeContext.Runtime && CodeFacts.IsExec(runner.Name) ? (Severity.High, Confidence.Low) : Scale(context, Severity.Critical, Confidence.High)) is { } s)
                {
                    var through = call.Equals(runner) ? "" : $" (through {call.Name}, line {m.LineNumber(runner.NameToken)})";
                    findings.Add(At(facts, call.NameToken, s.Severity, s.Confidence, $"Runs data fetched from the network with {runner.Name}{through} {Describe(facts.ContextOf(call))}."));
                }
            }

            // Commands that fetch and run (curl | sh, wget && chmod, PowerShell DownloadString | IEX), in any string of the code.
            // (The file-wide keyword test is the last condition: it costs more than the literals' own word tests.)
            {
                foreach (var (token, value, decoded) in facts.Literals)
                {
                    if (PatternWords.DownloadCommand.MayMatch(value) && Patterns.DownloadCommand().Match(value) is { Success: true } match && Scale(facts.ContextOf(m.LineOfToken[token]), Severity.Critical, Confidence.High) is { } s && facts.HasStringKeywords)
                    {
                        findings.Add(At(facts, token, s.Severity, s.Confidence, $"A command downloads and runs a program{(decoded ? " (assembled or decoded at run time)" : "")}: '{Names.Excerpt(match.Value, 80)}', {Describe(facts.ContextOf(m.LineOfToken[token]))}."));
                    }
                }
            }

            // pip install from another index or a URL at install time: the real payload comes from a host the index never sees.
            foreach (var call in facts.Spawns)
            {
                var text = string.Join(' ', Enumerable.Range(call.OpenParen, Math.Max(0, call.CloseParen - call.OpenParen)).Where(t => m.Tokens[t].Kind == Python.TokenKind.String).Select(t => m.StringValue(t)));
                if (text.Contains("pip", StringComparison.Ordinal) && text.Contains("install", StringComparison.Ordinal) &&
                    (text.Contains("--index-url", StringComparison.Ordinal) || text.Contains("--extra-index-url", StringComparison.Ordinal) || text.Contains(" -i ", StringComparison.Ordinal) || text.Contains("http", StringComparison.Ordinal) || text.Contains("git+", StringComparison.Ordinal)) &&
                    facts.ContextOf(call) is CodeContext.InstallTime or CodeContext.ImportTime)
                {
                    findings.Add(At(facts, call.NameToken, Severity.High, Confidence.Medium, $"Runs pip install from another index or a URL {Describe(facts.ContextOf(call))}: code the index never sees is installed and run."));
                }
            }

            // A scope that downloads, writes a file and starts a process or makes a file executable.
            var calls = facts.Network.Count > 0 ? m.Calls.Concat(facts.ResolvedCalls).ToList() : [];
            foreach (var group in facts.Network.GroupBy(c => m.LineFunction[c.LineIndex]))
            {
                var scope = group.Key;
                var runner = calls.FirstOrDefault(c => m.LineFunction[c.LineIndex] == scope && IsRunner(c.Name));
                var saves = calls.Any(c => m.LineFunction[c.LineIndex] == scope && (c.Name.EndsWith("urlretrieve", StringComparison.Ordinal) || c.Name.EndsWith(".write", StringComparison.Ordinal) || c.Name.EndsWith("copyfileobj", StringComparison.Ordinal) ||
                    c.Name.EndsWith(".write_bytes", StringComparison.Ordinal) || c.Name.EndsWith("retrbinary", StringComparison.Ordinal) || c.Name is "wget.download" || c.Name.EndsWith("download_file", StringComparison.Ordinal)));
                if (runner.Name is not null && saves && Scale(facts.ContextOf(runner), Severity.High, Confidence.Medium) is { } s)
                {
                    findings.Add(At(facts, runner.NameToken, s.Severity, s.Confidence, $"Downloads a file ({group.First().Name}), saves it and runs or loads it ({runner.Name}) {Describe(facts.ContextOf(runner))}."));
                }
            }

            findings.AddRange(StartedDownloads(facts));

            foreach (var finding in findings.OrderByDescending(f => f.Severity).Take(MaxFindingsPerFile))
            {
                yield return finding;
            }
        }
    }
}
