using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Reverse shells: a socket wired to a shell's standard streams, or the classic one-liners (/dev/tcp, nc -e, TCPClient).</summary>
internal sealed class ReverseShellCheck : PackageCheck
{
    public override string Id => CheckIds.ReverseShell;

    public override string Description => "Opens a reverse shell: a socket connected to a shell's standard streams, or a /dev/tcp, nc -e or PowerShell TCPClient one-liner.";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>
    /// An HTTP-polling remote shell: one scope fetches a command, runs it (directly or through a local helper) and sends the
    /// output back with another network call. A job runner does the same for its own server, so the weight follows the context:
    /// at import, in a thread nobody asked for, it is a backdoor.
    /// </summary>
    private Finding? RemoteCommandLoop(CodeFacts facts)
    {
        if (facts.Network.Count < 2)
        {
            return null;
        }

        var m = facts.Module;
        foreach (var (site, runner) in facts.FetchedDataRuns())
        {
            var scope = m.LineFunction[site.LineIndex];
            var reply = facts.Network.FirstOrDefault(c => m.LineFunction[c.LineIndex] == scope && c.NameToken != site.NameToken && Sends(m, c));
            if (reply.Name is null || CodeFacts.IsExec(runner.Name) || facts.Deserializes.Contains(runner))
            {
                continue;
            }

            // Called on purpose (a job runner's run() with the server it is given), download-execute already weighs it; the loop
            // adds weight when it starts by itself, or when the server it obeys is written into the package (a backdoor's C2).
            var context = facts.ContextOf(site);
            if (context == CodeContext.Runtime && HardCodedServer(facts, scope) is { } server)
            {
                return At(facts, site.NameToken, Severity.High, Confidence.Medium, $"A remote command loop obeying a server written into the package ('{Names.Excerpt(server, 50)}'): runs commands fetched from it ({runner.Name}) and sends the output back ({reply.Name}) when called.");
            }

            if (context != CodeContext.Runtime && Scale(context, Severity.Critical, Confidence.High) is { } s)
            {
                return At(facts, site.NameToken, s.Severity == Severity.Low ? Severity.Medium : s.Severity, s.Confidence, $"A remote command loop: runs commands fetched from the network ({runner.Name}) and sends the output back ({reply.Name}) {Describe(context)}.");
            }
        }

        return null;
    }

    /// <summary>The URL a scope's network calls use when it is a literal or a module-level constant, or null (a server from configuration).</summary>
    private static string? HardCodedServer(CodeFacts facts, int scope)
    {
        var m = facts.Module;
        foreach (var call in facts.Network)
        {
            if (m.LineFunction[call.LineIndex] != scope)
            {
                continue;
            }

            for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
            {
                if (m.Tokens[t].Kind == TokenKind.String && m.StringValue(t) is var value && value.Contains("://", StringComparison.Ordinal))
                {
                    return value;
                }

                if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, "."))
                {
                    foreach (var (name, start, end, lineIndex) in m.Assignments)
                    {
                        if (m.LineFunction[lineIndex] < 0 && (end == start + 1 || m.Tokens[start + 1].Kind is TokenKind.Newline or TokenKind.Comment) && m.Tokens[start].Kind == TokenKind.String && m.TokenText(t).SequenceEqual(name) &&
                            m.StringValue(start) is var constant && constant.Contains("://", StringComparison.Ordinal))
                        {
                            return constant;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a network call sends data: post/put/send-style methods, or a request given a body.</summary>
    private static bool Sends(PythonModule m, Call call)
    {
        var name = call.Name;
        var last = name[(name.LastIndexOf('.') + 1)..];
        if (last is "post" or "put" or "patch" or "send" or "sendall" or "sendto" or "send_message" or "sendmail" or "emit" or "send_bytes" or "storbinary" ||
            (last is "write" && name.Contains("().", StringComparison.Ordinal)))
        {
            return true;
        }

        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if ((m.Is(t, "data") || m.Is(t, "json") || m.Is(t, "body")) && m.Is(t + 1, "="))
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

            if (count < MaxFindingsPerFile && RemoteCommandLoop(facts) is { } loop)
            {
                count++;
                yield return loop;
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
