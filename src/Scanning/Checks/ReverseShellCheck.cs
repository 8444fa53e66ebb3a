using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Reverse shells: a socket wired to a shell's standard streams, or the classic one-liners (/dev/tcp, nc -e, TCPClient).</summary>
internal sealed class ReverseShellCheck : PackageCheck
{
    public override string Id => CheckIds.ReverseShell;

    public override string Description => "Opens a reverse shell: a socket connected to a shell's standard streams, or a /dev/tcp, nc -e or PowerShell TCPClient one-liner.";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var m = facts.Module;
            var count = 0;

            // Structure: os.dup2 of a socket's descriptor and a shell in the same scope.
            foreach (var dup in m.Calls.Where(c => c.Name == "os.dup2"))
            {
                var scope = m.LineFunction[dup.LineIndex];
                var hasSocket = m.Calls.Any(c => m.LineFunction[c.LineIndex] == scope && c.Name is "socket.socket" or "socket.create_connection");
                var shell = m.Calls.FirstOrDefault(c => m.LineFunction[c.LineIndex] == scope && (CodeFacts.IsSpawn(c.Name) || c.Name == "pty.spawn"));
                if (hasSocket && shell.Name is not null && Scale(facts.ContextOf(dup), Severity.Critical, Confidence.High) is { } s && count++ < MaxFindingsPerFile)
                {
                    yield return At(facts, shell.NameToken, s.Severity == Severity.Low ? Severity.Medium : s.Severity, s.Confidence, $"Connects a socket to a shell's standard streams (os.dup2 + {shell.Name}) {Describe(facts.ContextOf(dup))}.");
                    break;
                }
            }

            // A shell whose standard streams are a socket's descriptor: Popen(["/bin/sh", "-i"], stdin=s.fileno(), ...).
            var socketCall = m.Calls.Concat(facts.ResolvedCalls).FirstOrDefault(c => c.Name is "socket.socket" or "socket.create_connection" or "socket.fromfd");
            if (socketCall.Name is not null && count < MaxFindingsPerFile)
            {
                foreach (var spawn in facts.Spawns)
                {
                    var fileno = false;
                    for (var t = spawn.OpenParen + 1; t < spawn.CloseParen && !fileno; t++)
                    {
                        fileno = m.Is(t, "fileno") && m.Is(t - 1, ".");
                    }

                    if (fileno && Scale(facts.ContextOf(spawn), Severity.Critical, Confidence.High) is { } s)
                    {
                        count++;
                        yield return At(facts, spawn.NameToken, s.Severity == Severity.Low ? Severity.Medium : s.Severity, s.Confidence, $"Starts a process ({spawn.Name}) whose standard streams are a socket's descriptor {Describe(facts.ContextOf(spawn))}.");
                        break;
                    }
                }
            }

            // The file-wide keyword test comes after the literal's own: it costs more.
            foreach (var (token, value, decoded) in facts.Literals)
            {
                if (PatternWords.ReverseShell.MayMatch(value) && Patterns.ReverseShell().Match(value) is { Success: true } match && facts.HasStringKeywords && count++ < MaxFindingsPerFile && Scale(facts.ContextOf(m.LineOfToken[token]), Severity.Critical, Confidence.High) is { } s)
                {
                    yield return At(facts, token, s.Severity == Severity.Low ? Severity.Medium : s.Severity, s.Confidence, $"A reverse-shell command{(decoded ? " (assembled or decoded at run time)" : "")}: '{Names.Excerpt(match.Value, 60)}'.");
                }
            }
        }
    }
}
