using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Fetches code or a program from the network and runs it (exec of a response, a downloaded file started, curl | sh).</summary>
internal sealed class DownloadExecuteCheck : PackageCheck
{
    public override string Id => CheckIds.DownloadExecute;

    public override string Description => "Downloads code or a program and runs it: exec of a network response, a fetched file started, or a curl|sh style command.";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>Calls that start a program or load code from a file: processes, chmod +x, zip and file imports, native libraries.</summary>
    internal static bool IsRunner(string name) =>
        CodeFacts.IsSpawn(name) || name is "os.chmod" or "os.startfile" or "zipimport.zipimporter" or "imp.load_source" or "imp.load_dynamic" or "imp.load_compiled" or "runpy.run_path" or "ctypes.CDLL" or "ctypes.WinDLL" or "ctypes.cdll.LoadLibrary" or "ctypes.windll.LoadLibrary" or "importlib.util.spec_from_file_location" ||
        name.EndsWith(".load_module", StringComparison.Ordinal) || name.EndsWith(".exec_module", StringComparison.Ordinal) || name.EndsWith("ShellExecuteW", StringComparison.Ordinal) || name.EndsWith("ShellExecuteA", StringComparison.Ordinal);

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var findings = new List<Finding>();
            var m = facts.Module;

            // exec(urlopen(...).read()) and exec(x) where x came from the network.
            foreach (var call in facts.Execs.Concat(facts.Spawns).Concat(facts.Deserializes))
            {
                if (facts.IsDownloaded(call.OpenParen, call.CloseParen) && Scale(facts.ContextOf(call), Severity.Critical, Confidence.High) is { } s)
                {
                    findings.Add(At(facts, call.NameToken, s.Severity, s.Confidence, $"Runs data fetched from the network with {call.Name} {Describe(facts.ContextOf(call))}."));
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

            foreach (var finding in findings.OrderByDescending(f => f.Severity).Take(MaxFindingsPerFile))
            {
                yield return finding;
            }
        }
    }
}
