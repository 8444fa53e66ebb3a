using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>exec, eval or compile (or a shell) given decoded or obfuscated data: base64, hex, zlib, marshal, chr joins, reversed strings.</summary>
internal sealed class ObfuscatedExecCheck : PackageCheck
{
    public override string Id => CheckIds.ObfuscatedExec;

    public override string Description => "Runs decoded or obfuscated data with exec, eval, compile, a shell or pickle (base64, hex, zlib, marshal, chr joins, XOR, reversed strings, code hidden in data files).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    private static bool IsFileRead(string name) =>
        name is "open" or "io.open" or "codecs.open" || name.EndsWith(".read_bytes", StringComparison.Ordinal) || name.EndsWith(".read_text", StringComparison.Ordinal) || name.EndsWith(".read", StringComparison.Ordinal);

    /// <summary>Names bound to a file's contents (or a handle): f = open(...); data = f.read().</summary>
    private static HashSet<string> FileContentNames(CodeFacts facts)
    {
        var m = facts.Module;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 2; round++)
        {
            foreach (var (name, start, end, _) in facts.Bindings)
            {
                if (!names.Contains(name) && ReadsFile(m, start, end, names))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool ReadsFile(PythonModule m, int start, int end, HashSet<string> names)
    {
        foreach (var call in m.CallsIn(start, end))
        {
            if (IsFileRead(call.Name))
            {
                return true;
            }
        }

        for (var t = start; t < end; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, ".") && names.Contains(m.TokenText(t).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the file an exec reads is Python source (setup.py taking its version from a module): a .py path in the call or in the bindings it uses.</summary>
    private static bool NamesPythonSource(CodeFacts facts, Call call, HashSet<string> contents)
    {
        var m = facts.Module;
        var text = new System.Text.StringBuilder(m.StringsIn(call.OpenParen, call.CloseParen));
        foreach (var (name, start, end, _) in facts.Bindings)
        {
            if (contents.Contains(name))
            {
                for (var t = start; t < end; t++)
                {
                    if (m.Tokens[t].Kind == TokenKind.String)
                    {
                        text.Append('\n').Append(m.StringValue(t));
                    }
                }
            }
        }

        return text.ToString().Split('\n').Any(v => v.EndsWith(".py", StringComparison.Ordinal));
    }

    /// <summary>Whether [start, end) cuts a part out of data: a slice with a colon, or split/partition/find/index after a marker.</summary>
    private static bool CutsData(PythonModule m, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.Name && m.Is(t - 1, ".") && m.TokenText(t) is "split" or "rsplit" or "partition" or "rpartition" or "find" or "rfind" or "index" or "rindex")
            {
                return true;
            }

            if (m.Is(t, "[") && m.Match(t) > t)
            {
                for (var i = t + 1; i < m.Match(t); i++)
                {
                    if (m.Is(i, ":"))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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

    // Callables a pickle names to run code while it loads: a process, a shell, exec or an import of anything.
    private static readonly string[] DangerousGlobals =
    [
        "os\nsystem", "posix\nsystem", "nt\nsystem", "os\npopen", "posix\npopen", "nt\npopen", "os\nexecv", "os\nspawn", "subprocess\n", "commands\n", "pty\nspawn",
        "builtins\nexec", "builtins\neval", "builtins\ncompile", "builtins\n__import__", "__builtin__\nexec", "__builtin__\neval", "__builtin__\ncompile",
        "__builtin__\n__import__", "__builtin__\nexecfile", "runpy\n", "importlib\nimport_module", "socket\n", "webbrowser\nopen",
    ];

    /// <summary>
    /// The dangerous callable a pickle's first bytes import (GLOBAL 'module\nname\n', or the two strings before STACK_GLOBAL), as
    /// "module.name"; null when the head is not a pickle or names nothing dangerous. Model files are often pickles: loading
    /// one runs what it names (__reduce__).
    /// </summary>
    internal static string? DangerousPickleGlobal(ReadOnlySpan<byte> head)
    {
        // Protocol 2+ starts with PROTO (0x80, version); protocols 0 and 1 with GLOBAL ('c'), MARK ('(') or an empty list/dict.
        if (head.Length < 8 || !((head[0] == 0x80 && head[1] is >= 2 and <= 5) || head[0] is (byte)'c' or (byte)'(' or (byte)']' or (byte)'}'))
        {
            return null;
        }

        // Runs of opcodes and lengths collapse to one '\n', so that STACK_GLOBAL's strings (0x8c, length, text, 0x94) read 'module\nname\n' like GLOBAL's.
        Span<char> buffer = stackalloc char[head.Length];
        var length = 0;
        foreach (var b in head)
        {
            var c = b is >= 0x20 and < 0x7f ? (char)b : '\n';
            if (c != '\n' || (length > 0 && buffer[length - 1] != '\n'))
            {
                buffer[length++] = c;
            }
        }

        var text = buffer[..length];

        foreach (var global in DangerousGlobals)
        {
            var at = text.IndexOf(global, StringComparison.Ordinal);
            if (at > 0 && text[at - 1] is '\n' or 'c')
            {
                var end = text[(at + global.Length)..].IndexOf('\n');
                var name = text.Slice(at, global.Length + (end < 0 ? 0 : end)).ToString().Replace('\n', '.');
                return name.TrimEnd('.');
            }
        }

        return null;
    }

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var file in package.Files)
        {
            if (!file.IsPython && !file.IsAncillary && !file.HasText && DangerousPickleGlobal(file.Head.Span) is { } global)
            {
                yield return new Finding(Id, Severity.Critical, Confidence.High, $"A pickle (model or data file) that runs {global} when it is loaded: unpickling calls what it names (__reduce__).",
                    $"{file.RelativePath}: pickle imports {global}", file.Path, null) { FileSha256 = file.Sha256 };
            }
        }

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

            // A dropper without a download: decoded data written to a file that the same scope then starts or loads.
            var runners = m.Calls.Concat(facts.ResolvedCalls).Where(c => DownloadExecuteCheck.IsRunner(c.Name)).ToList();
            foreach (var write in runners.Count == 0 ? [] : m.Calls)
            {
                if (count >= MaxFindingsPerFile || !(write.Name.EndsWith(".write", StringComparison.Ordinal) || write.Name.EndsWith(".write_bytes", StringComparison.Ordinal)) ||
                    facts.ObfuscationIn(write.OpenParen, write.CloseParen) is not { } decoded)
                {
                    continue;
                }

                var scope = m.LineFunction[write.LineIndex];
                var runner = runners.FirstOrDefault(c => m.LineFunction[c.LineIndex] == scope && c.NameToken > write.NameToken);
                var context = facts.ContextOf(write);
                if (runner.Name is not null && context is CodeContext.InstallTime or CodeContext.ImportTime or CodeContext.ModuleLevel)
                {
                    count++;
                    yield return At(facts, runner.NameToken, Severity.Critical, context == CodeContext.ModuleLevel ? Confidence.Medium : Confidence.High,
                        $"Writes {decoded} to a file and starts or loads it ({runner.Name}) {Describe(context)}.");
                    break;
                }
            }

            // Code cut out of a file's contents (after a marker, by slicing or splitting) and run, at load: steganography in any carrier.
            if (count < MaxFindingsPerFile && facts.Execs.Exists(c => facts.ContextOf(c) is CodeContext.InstallTime or CodeContext.ImportTime or CodeContext.ModuleLevel))
            {
                var contents = FileContentNames(facts);
                foreach (var call in facts.Execs)
                {
                    var context = facts.ContextOf(call);
                    if (context is not (CodeContext.InstallTime or CodeContext.ImportTime or CodeContext.ModuleLevel) || facts.ObfuscationIn(call.OpenParen, call.CloseParen) is not null ||
                        !ReadsFile(m, call.OpenParen, call.CloseParen, contents) || !CutsData(m, call.OpenParen, call.CloseParen) || NamesPythonSource(facts, call, contents))
                    {
                        continue;
                    }

                    count++;
                    yield return At(facts, call.NameToken, Severity.Critical, context == CodeContext.ModuleLevel ? Confidence.Medium : Confidence.High,
                        $"Runs code cut out of a file's contents (sliced or split after a marker) with {call.Name} {Describe(context)}.");
                    break;
                }
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

            // exec, a shell or a process reached through a name assembled at run time: getattr(os, "sys" + "tem")(...).
            foreach (var call in facts.ComputedCalls)
            {
                var context = facts.ContextOf(call);
                if (count >= MaxFindingsPerFile || !(CodeFacts.IsSpawn(call.Name) || CodeFacts.IsExec(call.Name)) || Scale(context, Severity.Critical, Confidence.High) is not { } computed)
                {
                    continue;
                }

                count++;
                yield return At(facts, call.NameToken, computed.Severity, computed.Confidence, $"Calls {call.Name} through a name assembled at run time (getattr, __import__ or a builtins lookup of a built string) {Describe(context)}.");
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
