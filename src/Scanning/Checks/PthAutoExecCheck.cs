namespace Bonded.Scanning.Checks;

/// <summary>
/// <c>.pth</c> files whose <c>import</c> lines Python runs at every interpreter start. Namespace-package, editable-install
/// and distutils-shim lines are known and benign; lines that decode, fetch, spawn or exec are not.
/// </summary>
internal sealed class PthAutoExecCheck : PackageCheck
{
    private static readonly string[] DangerousModules = ["base64", "binascii", "codecs", "marshal", "zlib", "lzma", "bz2", "socket", "subprocess", "urllib", "urllib2", "urllib.request", "requests", "http.client", "httpx", "ctypes", "pty"];

    private static readonly string[] KnownBenign = ["f_locals['sitedir']", "_distutils_hack", "_virtualenv", "__editable__", "coverage.process_startup", "_pytest", "pywin32_bootstrap", "sitecustomize"];

    public override string Id => CheckIds.PthAutoExec;

    public override string Description => "A .pth file runs code at every Python start-up (its 'import' lines are executed by the site module).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>
    /// What makes a .pth line dangerous (a process, network or decoding call, an import of such a module, exec of
    /// computed code), or null. exec of a literal string is looked into, one level deep.
    /// </summary>
    internal static string? DangerousCall(string line, int depth)
    {
        var module = Python.PythonModule.Parse(line);
        foreach (var imported in module.Imports)
        {
            if (DangerousModules.Contains(imported))
            {
                return $"the module '{imported}'";
            }
        }

        foreach (var call in module.Calls)
        {
            var name = call.Name;
            if (Python.CodeFacts.IsSpawn(name) || Python.CodeFacts.IsNetwork(name) || Python.CodeFacts.IsDecoder(name))
            {
                return name;
            }

            if (name is "__import__" or "importlib.import_module" && call.OpenParen + 1 < module.Tokens.Count && module.Tokens[call.OpenParen + 1].Kind == Python.TokenKind.String &&
                DangerousModules.Contains(module.StringValue(call.OpenParen + 1)))
            {
                return $"the module '{module.StringValue(call.OpenParen + 1)}'";
            }

            if (DangerousModules.Any(d => name.StartsWith(d + ".", StringComparison.Ordinal)))
            {
                return name;
            }

            if (name is "exec" or "eval" or "compile" or "builtins.exec")
            {
                var literal = call.OpenParen + 2 == call.CloseParen || (call.OpenParen + 1 < module.Tokens.Count && module.Tokens[call.OpenParen + 1].Kind == Python.TokenKind.String && (module.Is(call.OpenParen + 2, ")") || module.Is(call.OpenParen + 2, ",")));
                if (!literal)
                {
                    return $"{name} of computed code";
                }

                if (depth == 0 && DangerousCall(module.StringValue(call.OpenParen + 1), depth + 1) is { } inner)
                {
                    return inner + $" (inside {name})";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What a module of this package that the .pth line imports does at load (a process, network, exec or
    /// deserialization): the .pth makes that module's top level run at every start-up. Null when nothing.
    /// </summary>
    internal static string? ImportedModuleDanger(ScannedPackage package, string line)
    {
        var parsed = Python.PythonModule.Parse(line);
        foreach (var imported in parsed.Imports)
        {
            var path = imported.Replace('.', '/');
            string[] candidates = [path + ".py", path + "/__init__.py"];
            var file = package.Files.FirstOrDefault(f => f.IsPython && f.HasText &&
                candidates.Any(c => f.RelativePath == c || f.RelativePath.EndsWith("/" + c, StringComparison.Ordinal)));
            if (file?.Facts is not { } facts)
            {
                continue;
            }

            foreach (var call in facts.Spawns.Concat(facts.Network).Concat(facts.Execs).Concat(facts.Deserializes))
            {
                if (facts.Module.RunsAtLoad(call.LineIndex))
                {
                    return $"{call.Name} at the top level of '{file.RelativePath}', which it imports";
                }
            }
        }

        return null;
    }

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        // Install- or import-time code that writes a .pth file whose import line does something dangerous.
        foreach (var file in package.Files)
        {
            if (!file.IsPython || !file.HasText || file.IsAncillary || file.Phase == ExecutionPhase.Runtime || !file.Text.Contains(".pth", StringComparison.Ordinal) || file.Facts is not { } facts)
            {
                continue;
            }

            var literals = facts.Literals;
            if (!literals.Exists(l => l.Value.EndsWith(".pth", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var (token, value, _) in literals)
            {
                var line = value.TrimStart();
                if ((line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("import\t", StringComparison.Ordinal)) && (DangerousCall(line.Split('\n')[0], depth: 0) ?? ImportedModuleDanger(package, line.Split('\n')[0])) is { } dangerous &&
                    facts.Module.RunsAtLoad(facts.Module.LineOfToken[token]))
                {
                    yield return new Finding(Id, Severity.Critical, Confidence.High, $"Writes a .pth file whose line runs at every Python start-up and uses {dangerous}.",
                        facts.Module.Evidence(token), file.Path, facts.Module.LineNumber(token)) { FileSha256 = file.Sha256 };
                    break;
                }
            }
        }

        foreach (var file in package.Files)
        {
            if (!file.HasText || !file.RelativePath.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || file.IsAncillary)
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var raw in file.Text.Split('\n'))
            {
                lineNumber++;
                var line = raw.TrimEnd('\r');
                if (!(line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("import\t", StringComparison.Ordinal)))
                {
                    continue;
                }

                var benign = KnownBenign.Any(k => line.Contains(k, StringComparison.Ordinal));
                var dangerous = DangerousCall(line, depth: 0) ?? ImportedModuleDanger(package, line);
                if (dangerous is not null && !benign)
                {
                    yield return Create(Severity.Critical, Confidence.High, $"A .pth file runs code at every Python start-up that uses {dangerous}.", line, file.Path, lineNumber);
                }
                else
                {
                    yield return Create(benign ? Severity.Info : Severity.Low, Confidence.Medium, "A .pth file imports a module at every Python start-up.", line, file.Path, lineNumber);
                }
            }
        }
    }
}
