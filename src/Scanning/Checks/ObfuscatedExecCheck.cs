using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>exec, eval or compile (or a shell) given decoded or obfuscated data: base64, hex, zlib, marshal, chr joins, reversed strings.</summary>
internal sealed class ObfuscatedExecCheck : PackageCheck
{
    public override string Id => CheckIds.ObfuscatedExec;

    public override string Description => "Runs decoded or obfuscated data with exec, eval, compile, a shell or pickle (base64, hex, zlib, marshal, chr joins, XOR, reversed strings, code hidden in data files).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>A string literal of some length inside the call's arguments (data embedded in the code), described; or null.</summary>
    private static string? EmbeddedData(CodeFacts facts, Call call)
    {
        var m = facts.Module;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind != TokenKind.String)
            {
                continue;
            }

            var value = m.StringValue(t);
            var bytes = m.Text.AsSpan(m.Tokens[t].Start, m.Tokens[t].PrefixLength).ContainsAny('b', 'B');
            if ((bytes && value.Length >= 16) || (value.Length >= 40 && Patterns.Base64Text().IsMatch(value)))
            {
                return "data embedded in the code";
            }
        }

        // A name bound to such a constant: _DEFAULTS = b"\x80\x04..."; pickle.loads(_DEFAULTS).
        var folded = facts.Folder.Fold(call.OpenParen + 1, call.CloseParen);
        return folded is { Length: >= 16 } && (folded.Any(c => c < ' ' || c > '~') || Patterns.Base64Text().IsMatch(folded)) ? "data embedded in the code" : null;
    }

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var count = 0;

            // In-memory shellcode: executable memory allocated through ctypes and a thread or function pointer started in it.
            var m = facts.Module;
            var allocate = m.Calls.FirstOrDefault(c => c.Name.EndsWith("VirtualAlloc", StringComparison.Ordinal) || c.Name.EndsWith("VirtualAllocEx", StringComparison.Ordinal) || c.Name.EndsWith("VirtualProtect", StringComparison.Ordinal));
            var start = m.Calls.FirstOrDefault(c => c.Name.EndsWith("CreateThread", StringComparison.Ordinal) || c.Name.EndsWith("CreateRemoteThread", StringComparison.Ordinal) || c.Name.EndsWith("CFUNCTYPE", StringComparison.Ordinal) || c.Name.EndsWith("EnumWindows", StringComparison.Ordinal));
            if (allocate.Name is not null && start.Name is not null && Scale(facts.ContextOf(start), Severity.Critical, Confidence.High) is { } shell)
            {
                count++;
                yield return At(facts, start.NameToken, shell.Severity, shell.Confidence, $"Runs shellcode in memory ({allocate.Name} then {start.Name}) {Describe(facts.ContextOf(start))}.");
            }

            foreach (var call in facts.Execs.Concat(facts.Spawns))
            {
                var obfuscation = facts.ObfuscationIn(call.OpenParen, call.CloseParen);
                var context = facts.ContextOf(call);
                if (obfuscation is null || count >= MaxFindingsPerFile)
                {
                    continue;
                }

                // Decoded code run anywhere but tests is rare in benign packages: high even in functions.
                var scaled = context switch
                {
                    CodeContext.InstallTime or CodeContext.ImportTime => ((Severity, Confidence)?)(Severity.Critical, Confidence.High),
                    CodeContext.ModuleLevel => (Severity.Critical, Confidence.Medium),
                    CodeContext.Runtime when obfuscation.StartsWith("marshal", StringComparison.Ordinal) || obfuscation.StartsWith("a decoded value", StringComparison.Ordinal) => (Severity.Medium, Confidence.Low),
                    CodeContext.Runtime => (Severity.High, Confidence.Low),
                    _ => (Severity.Low, Confidence.Low),
                };
                count++;
                yield return At(facts, call.NameToken, scaled.Value.Item1, scaled.Value.Item2, $"Runs {obfuscation} with {call.Name} {Describe(context)}.");
            }

            // YAML with Python tags that call functions when loaded unsafely: !!python/object/apply:os.system.
            if (count < MaxFindingsPerFile && facts.Deserializes.Count + m.Calls.Count(c => c.Name.EndsWith("yaml.load", StringComparison.Ordinal)) > 0)
            {
                foreach (var (token, value, _) in facts.Literals)
                {
                    if (value.Contains("!!python/object/apply:", StringComparison.Ordinal) || value.Contains("!!python/object/new:", StringComparison.Ordinal))
                    {
                        if (Scale(facts.ContextOf(m.LineOfToken[token]), Severity.Critical, Confidence.High) is { } y)
                        {
                            count++;
                            yield return At(facts, token, y.Severity, y.Confidence, $"Loads YAML with a Python tag that calls a function on load {Describe(facts.ContextOf(m.LineOfToken[token]))}.");
                        }

                        break;
                    }
                }
            }

            // pickle and friends run code while loading (__reduce__): loading embedded, decoded or hidden data is running it.
            foreach (var call in facts.Deserializes)
            {
                if (count >= MaxFindingsPerFile)
                {
                    break;
                }

                var context = facts.ContextOf(call);
                var obfuscation = facts.ObfuscationIn(call.OpenParen, call.CloseParen) ?? EmbeddedData(facts, call);
                if (obfuscation is null || context is not (CodeContext.InstallTime or CodeContext.ImportTime or CodeContext.ModuleLevel))
                {
                    continue;
                }

                count++;
                yield return At(facts, call.NameToken, Severity.Critical, context == CodeContext.ModuleLevel ? Confidence.Medium : Confidence.High,
                    $"Deserializes {obfuscation} with {call.Name} {Describe(context)}: unpickling runs whatever code the data names (__reduce__).");
            }
        }
    }
}
