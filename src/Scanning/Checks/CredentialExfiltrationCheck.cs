using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>
/// Sends the environment, the host's identity or credential files (SSH keys, cloud and registry tokens, browser, wallet
/// and messenger stores) over the network.
/// </summary>
internal sealed class CredentialExfiltrationCheck : PackageCheck
{
    public override string Id => CheckIds.CredentialExfiltration;

    public override string Description => "Sends environment variables, host identity or credential, browser, wallet or SSH files over the network.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.High;

    /// <summary>Whether a call's arguments hold a credential path, literally or through a name bound to one.</summary>
    private static bool NamesCredentialFile(CodeFacts facts, Call call)
    {
        var m = facts.Module;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.String && Patterns.CredentialPath().IsMatch(m.StringValue(t)))
            {
                return true;
            }

            if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, "."))
            {
                var name = m.TokenText(t).ToString();
                foreach (var (bound, start, end, _) in facts.Bindings)
                {
                    if (bound == name && Patterns.CredentialPath().IsMatch(m.StringsIn(start, end)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether the module's literals name what stealers take and no tool needs to send: wallets, browser profiles, messenger sessions, private keys.</summary>
    private static bool NamesStealerTarget(CodeFacts facts) =>
        facts.HasStringKeywords && facts.Literals.Exists(l => Patterns.CredentialPath().Match(l.Value) is { Success: true } match && Patterns.StealerTarget().IsMatch(match.Value));

    /// <summary>The local function a thread or executor call runs with sensitive arguments, when that function makes a network call; else null.</summary>
    private static string? HandsSecretsToSender(CodeFacts facts, Call call)
    {
        var m = facts.Module;
        var last = call.Name.AsSpan(call.Name.LastIndexOf('.') + 1);
        if (facts.Network.Count == 0 || last is not ("Thread" or "Timer" or "submit" or "apply_async" or "start_new_thread" or "run_in_executor") || !facts.IsSensitiveData(call.OpenParen, call.CloseParen))
        {
            return null;
        }

        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind != TokenKind.Name || m.Is(t - 1, ".") || m.Is(t + 1, "="))
            {
                continue;
            }

            var name = m.TokenText(t).ToString();
            var function = m.Functions.FindIndex(f => f.Name == name);
            if (function >= 0 && facts.Network.Exists(n => m.LineFunction[n.LineIndex] == function))
            {
                return name;
            }
        }

        return null;
    }

    private static string? FirstWord(PythonModule m, Call call)
    {
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.String)
            {
                var word = m.StringValue(t).Trim().Split(' ', 2)[0];
                return Path.GetFileNameWithoutExtension(word);
            }
        }

        return null;
    }

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var findings = new List<Finding>();
            var m = facts.Module;

            // Data flow: os.environ, getuser(), gethostname() (or names holding them) inside a network call's arguments.
            foreach (var call in facts.Network)
            {
                // DNS exfiltration: the data rides out in the labels of the names looked up (base32 chunks under an attacker's zone).
                if (facts.ResolvesEncodedName(call) && Scale(facts.ContextOf(call), Severity.High, Confidence.High) is { } dns)
                {
                    findings.Add(At(facts, call.NameToken, dns.Severity, dns.Confidence, $"Looks up host names built from encoded data ({call.Name}) {Describe(facts.ContextOf(call))}: DNS exfiltration carries data in the names it resolves."));
                    continue;
                }

                if (!facts.SendsSensitiveData(call))
                {
                    continue;
                }

                var context = facts.ContextOf(call);
                var scaled = context switch
                {
                    CodeContext.InstallTime or CodeContext.ImportTime => ((Severity, Confidence)?)(Severity.High, Confidence.High),
                    CodeContext.ModuleLevel => (Severity.High, Confidence.Medium),
                    // A function that sends wallets, browser profiles or private keys is a stealer whoever calls it.
                    CodeContext.Runtime when NamesStealerTarget(facts) => (Severity.High, Confidence.Low),
                    CodeContext.Runtime => (Severity.Medium, Confidence.Low),
                    _ => null,
                };
                if (scaled is { } s)
                {
                    findings.Add(At(facts, call.NameToken, s.Item1, s.Item2, $"Sends environment variables, credential files or the host's identity over the network ({call.Name}) {Describe(context)}."));
                }
            }

            // Credential files read in a module that also talks to the network.
            // The network call must run at load (install, import, module level) for a co-occurrence to count for much.
            // (The file-wide keyword test is the last condition of each finding here: it costs more than the literals' own tests.)
            if (facts.Network.Count > 0)
            {
                var networkContext = facts.Network.Max(c => facts.ContextOf(c));
                var reported = 0;
                foreach (var (token, value, decoded) in facts.Literals)
                {
                    if (reported >= 3 || !PatternWords.CredentialPath.MayMatch(value) || Patterns.CredentialPath().Match(value) is not { Success: true } match)
                    {
                        continue;
                    }

                    var context = facts.ContextOf(m.LineOfToken[token]);
                    var strongest = context == CodeContext.Ancillary ? context : networkContext;
                    if (Scale(strongest, Severity.High, Confidence.Medium) is { } s && facts.HasStringKeywords)
                    {
                        reported++;
                        findings.Add(At(facts, token, s.Severity, s.Confidence, $"Reads credentials or private files ('{match.Value}'{(decoded ? ", assembled or decoded at run time" : "")}) in a module that sends data over the network ({facts.Network[0].Name})."));
                    }
                }
            }

            // Secrets handed to a local function that talks to the network, through a thread or executor: Thread(target=_ship, args=(acct.key.hex(),)).
            foreach (var call in m.Calls)
            {
                if (findings.Count < MaxFindingsPerFile && HandsSecretsToSender(facts, call) is { } sender && Scale(facts.ContextOf(call), Severity.High, Confidence.High) is { } handed)
                {
                    var severity = facts.ContextOf(call) == CodeContext.Runtime ? Severity.High : handed.Severity;
                    findings.Add(At(facts, call.NameToken, severity, handed.Confidence, $"Hands private keys, credentials or the environment to {sender}, which sends data over the network, through {call.Name} {Describe(facts.ContextOf(call))}."));
                }
            }

            // A transfer tool started with the environment or host identity in its arguments: subprocess.run(["curl", "-d", json.dumps(dict(os.environ)), url]).
            foreach (var call in facts.Spawns)
            {
                var tool = FirstWord(m, call);
                if (tool is "curl" or "wget" or "nc" or "ncat" or "netcat" or "scp" or "ftp" or "tftp" or "sftp" or "rsync" && (facts.IsSensitiveData(call.OpenParen, call.CloseParen) || NamesCredentialFile(facts, call)) &&
                    Scale(facts.ContextOf(call), Severity.High, Confidence.High) is { } s)
                {
                    findings.Add(At(facts, call.NameToken, s.Severity, s.Confidence, $"Starts {tool} with credentials, environment variables or the host's identity in its arguments ({call.Name}) {Describe(facts.ContextOf(call))}."));
                }
            }

            // Shell commands that post the environment or key files (curl -d "$(env)", env | nc host).
            {
                foreach (var (token, value, decoded) in facts.Literals)
                {
                    if ((value.Contains("curl", StringComparison.Ordinal) || value.Contains("wget", StringComparison.Ordinal) || value.Contains('|', StringComparison.Ordinal)) &&
                        Patterns.CommandExfiltration().Match(value) is { Success: true } command && Scale(facts.ContextOf(m.LineOfToken[token]), Severity.High, Confidence.High) is { } s && facts.HasStringKeywords)
                    {
                        findings.Add(At(facts, token, s.Severity, s.Confidence, $"A command sends the environment or private files to a host{(decoded ? " (assembled or decoded at run time)" : "")}: '{Names.Excerpt(command.Value, 80)}', {Describe(facts.ContextOf(m.LineOfToken[token]))}."));
                        break;
                    }
                }
            }

            foreach (var finding in findings.OrderByDescending(f => f.Severity).Take(MaxFindingsPerFile))
            {
                yield return finding;
            }
        }
    }
}
