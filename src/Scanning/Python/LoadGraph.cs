namespace Bonded.Scanning.Python;

/// <summary>
/// Import-time code that lives in other modules of the same package. A package's <c>__init__.py</c> (or a wheel's
/// top-level module) that imports a sibling module at load runs that module's top level at import time; a function of the
/// sibling it calls at load (<c>from ._aws import warm; warm()</c>, <c>_telemetry.flush()</c>) or hands to a thread, timer or
/// exit hook (<c>Thread(target=_clip.loop)</c>) runs then too. Malware splits its payload this way so that the file that runs
/// at import looks innocent. Only the package's own modules are followed, one level deep, from files that run at import.
/// </summary>
internal static class LoadGraph
{
    public static void Resolve(ScannedPackage package)
    {
        var byPath = new Lazy<Dictionary<string, PackageFile>>(() => Index(package), LazyThreadSafetyMode.None);
        foreach (var importer in package.Files)
        {
            if (importer.Phase != ExecutionPhase.Import || importer.IsAncillary || importer.IsEmbedded || !importer.HasText ||
                !importer.RelativePath.EndsWith(".py", StringComparison.Ordinal) || !importer.Text.Contains("import", StringComparison.Ordinal) || importer.Module is not { } m)
            {
                continue;
            }

            var directory = Directory(importer.RelativePath);
            var segments = "/" + directory + "/";
            Dictionary<string, (PackageFile File, string? Member)>? locals = null;
            for (var l = 0; l < m.Lines.Count; l++)
            {
                var first = m.Lines[l].FirstToken;
                if (!(m.Is(first, "from") || m.Is(first, "import")) || !m.RunsAtLoad(l))
                {
                    continue;
                }

                foreach (var (local, file, member) in ImportsOn(m, l, directory, segments, byPath))
                {
                    file.ImportedAtLoad = true;
                    (locals ??= new(StringComparer.Ordinal))[local] = (file, member);
                }
            }

            if (locals is null)
            {
                continue;
            }

            foreach (var call in m.Calls)
            {
                if (!m.RunsAtLoad(call.LineIndex))
                {
                    continue;
                }

                Enter(m, FirstOfChain(m, call.NameToken), call.NameToken, locals);

                // Callbacks handed to threads, timers, executors and exit hooks: Thread(target=_clip.loop), atexit.register(flush).
                if (IsCallbackTaker(call.Name))
                {
                    for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
                    {
                        if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, ".") && !m.Is(t + 1, "=") && !m.Is(t + 1, "("))
                        {
                            var last = t;
                            while (m.Is(last + 1, ".") && last + 2 < call.CloseParen && m.Tokens[last + 2].Kind == TokenKind.Name)
                            {
                                last += 2;
                            }

                            if (!m.Is(last + 1, "("))
                            {
                                Enter(m, t, last, locals);
                            }

                            t = last;
                        }
                    }
                }
            }
        }
    }

    private static bool IsCallbackTaker(string name) =>
        name.EndsWith("Thread", StringComparison.Ordinal) || name.EndsWith("Timer", StringComparison.Ordinal) || name.EndsWith("register", StringComparison.Ordinal) ||
        name.EndsWith("Process", StringComparison.Ordinal) || name.EndsWith("start_new_thread", StringComparison.Ordinal) || name.EndsWith("submit", StringComparison.Ordinal) ||
        name.EndsWith("call_soon", StringComparison.Ordinal) || name.EndsWith("run_in_executor", StringComparison.Ordinal);

    /// <summary>Marks what a dotted name from <paramref name="first"/> to <paramref name="last"/> reaches in an imported module as run at load.</summary>
    private static void Enter(PythonModule m, int first, int last, Dictionary<string, (PackageFile File, string? Member)> locals)
    {
        if (m.Tokens[first].Kind != TokenKind.Name || !locals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(m.TokenText(first), out var target))
        {
            return;
        }

        // warm() for "from ._aws import warm"; _aws.warm() for "from . import _aws"; Client.setup() marks Client and setup.
        var entries = target.File.LoadEntries ??= new HashSet<string>(StringComparer.Ordinal);
        if (target.Member is { } member)
        {
            entries.Add(member);
        }

        if (first + 2 <= last && m.Tokens[first + 2].Kind == TokenKind.Name)
        {
            entries.Add(m.TokenText(first + 2).ToString());
        }
    }

    private static int FirstOfChain(PythonModule m, int nameToken)
    {
        var t = nameToken;
        while (t >= 2 && m.Is(t - 1, ".") && m.Tokens[t - 2].Kind == TokenKind.Name)
        {
            t -= 2;
        }

        return t;
    }

    /// <summary>The package's own modules an import line binds: the local name, the module's file, and the member imported from it (null for the module itself).</summary>
    private static List<(string Local, PackageFile File, string? Member)> ImportsOn(PythonModule m, int lineIndex, string directory, string segments, Lazy<Dictionary<string, PackageFile>> byPath)
    {
        var found = new List<(string, PackageFile, string?)>();
        var line = m.Lines[lineIndex];
        var t = line.FirstToken + 1;
        var end = line.EndToken;
        if (m.Is(line.FirstToken, "import"))
        {
            // import pkg.sub [as s]: only an alias binds the submodule itself.
            while (t < end)
            {
                if (!OwnTop(m, t, segments))
                {
                    return found;
                }

                var (dotted, next) = Dotted(m, t, end);
                if (dotted.Length == 0)
                {
                    break;
                }

                t = next;
                string? alias = null;
                if (m.Is(t, "as") && t + 1 < end)
                {
                    alias = m.TokenText(t + 1).ToString();
                    t += 2;
                }

                if (Find(byPath, Absolute(directory, segments, dotted)) is { } file)
                {
                    found.Add((alias ?? "\0" + dotted, file, null));
                }

                if (!m.Is(t, ","))
                {
                    break;
                }

                t++;
            }

            return found;
        }

        var dots = 0;
        while (t < end && (m.Is(t, ".") || m.Is(t, "...")))
        {
            dots += m.Tokens[t].Length;
            t++;
        }

        if (dots == 0 && !OwnTop(m, t, segments))
        {
            return found;
        }

        var (module, after) = Dotted(m, t, end);
        if (!m.Is(after, "import"))
        {
            return found;
        }

        var basePath = dots > 0 ? Relative(directory, dots, module) : Absolute(directory, segments, module);
        if (basePath is null)
        {
            return found;
        }

        var moduleFile = module.Length == 0 ? null : Find(byPath, basePath);
        Span<char> buffer = stackalloc char[256];
        for (t = after + 1; t < end; t++)
        {
            if (m.Tokens[t].Kind != TokenKind.Name)
            {
                continue;
            }

            var nameToken = t;
            var localToken = t;
            if (m.Is(t + 1, "as") && t + 2 < end)
            {
                localToken = t + 2;
                t += 2;
            }

            // from . import _clip (a submodule) or from .debug import enable (a member of a module).
            var name = m.TokenText(nameToken);
            PackageFile? submodule = null;
            if (basePath.Length + 1 + name.Length <= buffer.Length)
            {
                var length = 0;
                if (basePath.Length > 0)
                {
                    basePath.AsSpan().CopyTo(buffer);
                    buffer[basePath.Length] = '/';
                    length = basePath.Length + 1;
                }

                name.CopyTo(buffer[length..]);
                byPath.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..(length + name.Length)], out submodule);
            }

            if (submodule is not null)
            {
                found.Add((m.TokenText(localToken).ToString(), submodule, null));
            }
            else if (moduleFile is not null)
            {
                found.Add((m.TokenText(localToken).ToString(), moduleFile, name.ToString()));
            }
        }

        if (moduleFile is not null && found.Count == 0)
        {
            moduleFile.ImportedAtLoad = true;
        }

        return found;
    }

    /// <summary>Whether the name at <paramref name="t"/> is a folder on the importer's path (so the import may be the package's own).</summary>
    private static bool OwnTop(PythonModule m, int t, string segments)
    {
        if (t >= m.Tokens.Count || m.Tokens[t].Kind != TokenKind.Name)
        {
            return false;
        }

        var top = m.TokenText(t);
        var rest = segments.AsSpan();
        for (var at = rest.IndexOf(top); at >= 0; at = rest.IndexOf(top))
        {
            if (at > 0 && rest[at - 1] == '/' && at + top.Length < rest.Length && rest[at + top.Length] == '/')
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    private static (string Dotted, int Next) Dotted(PythonModule m, int t, int end)
    {
        var parts = new List<string>();
        while (t < end && m.Tokens[t].Kind == TokenKind.Name && !m.Is(t, "import") && !m.Is(t, "as"))
        {
            parts.Add(m.TokenText(t).ToString());
            t++;
            if (m.Is(t, ".") && t + 1 < end)
            {
                t++;
            }
            else
            {
                break;
            }
        }

        return (string.Join('/', parts), t);
    }

    /// <summary>The folder path of a relative import: one dot is the importer's own package, each more climbs one folder.</summary>
    private static string? Relative(string directory, int dots, string module)
    {
        var path = directory;
        for (var d = 1; d < dots; d++)
        {
            if (path.Length == 0)
            {
                return null;
            }

            var slash = path.LastIndexOf('/');
            path = slash < 0 ? "" : path[..slash];
        }

        return module.Length == 0 ? path : path.Length == 0 ? module : path + "/" + module;
    }

    /// <summary>
    /// An absolute import of the package's own module (<c>pkg.sub</c> from <c>src/pkg/__init__.py</c>): its first part must be a
    /// folder on the importer's path, and the rest is resolved under that folder. Anything else is another distribution.
    /// </summary>
    private static string Absolute(string directory, string segments, string module)
    {
        var slash = module.IndexOf('/', StringComparison.Ordinal);
        var top = slash < 0 ? module.AsSpan() : module.AsSpan(0, slash);

        // Most absolute imports name the standard library or other distributions: one search rules them out.
        var at = segments.AsSpan().IndexOf(top);
        if (at <= 0 || segments[at - 1] != '/' || at + top.Length >= segments.Length || segments[at + top.Length] != '/')
        {
            return "\0";
        }

        var folders = directory.Split('/');
        for (var i = folders.Length - 1; i >= 0; i--)
        {
            if (folders[i].AsSpan().SequenceEqual(top))
            {
                var prefix = string.Join('/', folders, 0, i);
                return prefix.Length == 0 ? module : prefix + "/" + module;
            }
        }

        return "\0";
    }

    private static PackageFile? Find(Lazy<Dictionary<string, PackageFile>> byPath, string path) =>
        path.Length == 0 || path[0] == '\0' ? null : byPath.Value.GetValueOrDefault(path);

    private static string Directory(string relative)
    {
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative[..slash];
    }

    private static Dictionary<string, PackageFile> Index(ScannedPackage package)
    {
        var index = new Dictionary<string, PackageFile>(StringComparer.Ordinal);
        foreach (var file in package.Files)
        {
            // Keyed by the module's path without ".py" or "/__init__.py": "pkg/sub" for pkg/sub.py and for pkg/sub/__init__.py.
            var path = file.RelativePath;
            if (!file.IsAncillary && path.EndsWith(".py", StringComparison.Ordinal) && !path.Contains("!/", StringComparison.Ordinal))
            {
                index.TryAdd(path.EndsWith("/__init__.py", StringComparison.Ordinal) ? path[..^"/__init__.py".Length] : path[..^".py".Length], file);
            }
        }

        return index;
    }
}
