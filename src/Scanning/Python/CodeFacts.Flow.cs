using System.Text.RegularExpressions;

namespace Bonded.Scanning.Python;

/// <summary>
/// Data flow beyond plain assignments: strings folded from constants, callees computed at run time, aliases of
/// dangerous callables, methods of network objects, data read from non-source files, and paths outside the build.
/// </summary>
internal sealed partial class CodeFacts
{
    private static readonly HashSet<string> DeserializeCalls = new(StringComparer.Ordinal)
    {
        "pickle.loads", "pickle.load", "cPickle.loads", "cPickle.load", "_pickle.loads", "dill.loads", "dill.load", "cloudpickle.loads",
        "jsonpickle.decode", "yaml.unsafe_load",
    };

    // Methods of a connection, session, mail or FTP client object that send or receive.
    private static readonly HashSet<string> NetworkMethods = new(StringComparer.Ordinal)
    {
        "request", "urlopen", "open", "send", "sendall", "sendto", "send_message", "sendmail", "storbinary", "storlines", "post", "put", "patch", "get",
        "putrequest", "connect", "getresponse", "recv", "recvfrom", "recv_into", "retrbinary", "retrlines", "execute", "emit", "send_bytes",
        // asyncio streams: reader.readline() receives, writer.write() sends.
        "readline", "readexactly", "readuntil", "write",
    };

    // Callables whose result is where the code lives when it is a dynamic import: __import__("o" + "s").system(...).
    private static readonly HashSet<string> Importers = new(StringComparer.Ordinal) { "__import__", "importlib.import_module", "import_module" };

    private readonly ScopedNames dataFileNames = new();
    private readonly ScopedNames outsideNames = new();
    private readonly Dictionary<(string Name, int Scope), string> networkObjects = [];
    private readonly Dictionary<string, string> moduleAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> computedModules = new(StringComparer.Ordinal);
    private List<(string Name, int Start, int End, int LineIndex)>? bindings;
    private StringFolder? folder;
    private HashSet<int>? knownCallParens;
    private int callableDepth;
    private bool calleeFolded;

    /// <summary>Calls the parser could not name but this analysis resolved (dynamic callees, aliases, network objects' methods), in source order.</summary>
    public List<Call> ResolvedCalls { get; } = [];

    /// <summary>Resolved calls whose callee name was assembled at run time (getattr(os, "sys" + "tem"), __import__(chr(111) + chr(115)).system).</summary>
    public List<Call> ComputedCalls { get; } = [];

    /// <summary>Calls that deserialize data with a format that can run code on load (pickle and friends).</summary>
    public List<Call> Deserializes { get; } = [];

    private List<CodeFacts>? embedded;

    /// <summary>
    /// Python code hidden in literals that decode or fold to source (base64, hex, chr joins) and sit on lines that run at load,
    /// parsed as files of their own (at most three per file, one level deep).
    /// </summary>
    public List<CodeFacts> EmbeddedCode => embedded ??= CollectEmbeddedCode();

    private List<CodeFacts> CollectEmbeddedCode()
    {
        var list = new List<CodeFacts>();
        if (File.IsEmbedded || !Literals.Exists(l => l.Decoded))
        {
            return list;
        }

        foreach (var (token, value, decoded) in Literals)
        {
            if (!decoded || value.Length < 20 || value.Length > 1 << 20 || list.Count >= 3 ||
                !(value.Contains("import ", StringComparison.Ordinal) || value.Contains("exec(", StringComparison.Ordinal) || value.Contains("system(", StringComparison.Ordinal)) ||
                ContextOf(Module.LineOfToken[token]) is not (CodeContext.InstallTime or CodeContext.ImportTime or CodeContext.ModuleLevel))
            {
                continue;
            }

            if (PackageFile.Embedded(File, value, Module.LineNumber(token)).Facts is { } facts)
            {
                list.Add(facts);
            }
        }

        return list;
    }

    /// <summary>Folds constant expressions to the strings they build at run time.</summary>
    public StringFolder Folder => folder ??= new StringFolder(Module);

    /// <summary>
    /// Every binding of a name to an expression: plain assignments, <c>with ... as name</c>, <c>for name in ...</c>,
    /// <c>name[...] = ...</c>, <c>name += ...</c>, and <c>name.method(args)</c> statements (the name then holds its arguments).
    /// </summary>
    public List<(string Name, int Start, int End, int LineIndex)> Bindings => bindings ??= CollectBindings();

    public static bool IsDeserializer(string name) => DeserializeCalls.Contains(name) || name.EndsWith(".unsafe_load", StringComparison.Ordinal);

    private List<(string Name, int Start, int End, int LineIndex)> CollectBindings()
    {
        var m = Module;
        var list = new List<(string, int, int, int)>(m.Assignments);
        for (var l = 0; l < m.Lines.Count; l++)
        {
            var line = m.Lines[l];
            var first = line.FirstToken;
            if (m.Is(first, "async"))
            {
                first++;
            }

            if (first >= line.EndToken)
            {
                continue;
            }

            if (m.Is(first, "with"))
            {
                var start = first + 1;
                for (var t = start; t < line.EndToken; t++)
                {
                    if ((m.Is(t, "(") || m.Is(t, "[")) && m.Match(t) > t)
                    {
                        t = m.Match(t);
                    }
                    else if (m.Is(t, "as") && t + 1 < line.EndToken && m.Tokens[t + 1].Kind == TokenKind.Name)
                    {
                        list.Add((m.TokenText(t + 1).ToString(), start, t, l));
                    }
                    else if (m.Is(t, ","))
                    {
                        start = t + 1;
                    }
                    else if (m.Is(t, ":") && !m.Is(t + 1, "="))
                    {
                        break;
                    }
                }
            }
            else if (m.Is(first, "for") && first + 2 < line.EndToken && m.Tokens[first + 1].Kind == TokenKind.Name && m.Is(first + 2, "in"))
            {
                var colon = first + 3;
                while (colon < line.EndToken && !m.Is(colon, ":"))
                {
                    colon = (m.Is(colon, "(") || m.Is(colon, "[") || m.Is(colon, "{")) && m.Match(colon) > colon ? m.Match(colon) + 1 : colon + 1;
                }

                list.Add((m.TokenText(first + 1).ToString(), first + 3, colon, l));
            }
            else if (m.Tokens[first].Kind == TokenKind.Name && !m.Is(first, "self") && !m.Is(first, "cls"))
            {
                if (m.Is(first + 1, ","))
                {
                    // reader, writer = await asyncio.open_connection(...): every name of a tuple target holds the value (the parser keeps the last).
                    AddTupleTargets(m, first, line.EndToken, l, list);
                }
                else if (m.Is(first + 1, "[") && m.Match(first + 1) > first + 1 && m.Is(m.Match(first + 1) + 1, "="))
                {
                    list.Add((m.TokenText(first).ToString(), m.Match(first + 1) + 2, line.EndToken, l));
                }
                else if (first + 1 < line.EndToken && m.TokenText(first + 1) is "+=" or "|=" or "^=")
                {
                    list.Add((m.TokenText(first).ToString(), first + 2, line.EndToken, l));
                }
                else if (m.Is(first + 1, ".") && first + 3 < line.EndToken && m.Tokens[first + 2].Kind == TokenKind.Name && m.Is(first + 3, "(") &&
                    m.Match(first + 3) == line.EndToken - 1 - (m.Tokens[line.EndToken - 1].Kind is TokenKind.Newline or TokenKind.Comment ? 1 : 0) && m.Match(first + 3) > first + 4)
                {
                    // buffer.write(decoded), message.set_content(environment): the object now holds its argument.
                    list.Add((m.TokenText(first).ToString(), first + 4, m.Match(first + 3), l));
                }
            }
        }

        return list;
    }

    private static void AddTupleTargets(PythonModule m, int first, int end, int lineIndex, List<(string, int, int, int)> list)
    {
        var equals = first;
        while (equals < end && (m.Tokens[equals].Kind == TokenKind.Name || m.Is(equals, ",")))
        {
            equals++;
        }

        if (!m.Is(equals, "="))
        {
            return;
        }

        // The last name is already an assignment of the parser's.
        for (var t = first; t < equals - 1; t += 2)
        {
            list.Add((m.TokenText(t).ToString(), equals + 1, end, lineIndex));
        }
    }

    /// <summary>
    /// Marks more code as running at load: the initialisers of classes instantiated at load (<c>Beacon()</c> at module
    /// level runs <c>Beacon.__init__</c>), functions decorated with an exit or signal hook (<c>@atexit.register</c>),
    /// and whatever those call.
    /// </summary>
    private void MarkMoreLoadTimeCode()
    {
        var m = Module;
        if (m.Functions.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, List<FunctionDefinition>>(StringComparer.Ordinal);
        var initialisers = new Dictionary<string, List<FunctionDefinition>>(StringComparer.Ordinal);
        foreach (var function in m.Functions)
        {
            if (!byName.TryGetValue(function.Name, out var list))
            {
                byName[function.Name] = list = [];
            }

            list.Add(function);
            if (function.ClassName is { } owner && function.Name is "__init__" or "__new__" or "__post_init__" or "__enter__" or "__exit__" or "__call__")
            {
                if (!initialisers.TryGetValue(owner, out var init))
                {
                    initialisers[owner] = init = [];
                }

                init.Add(function);
            }

            // @atexit.register, @signal-style registration decorators: the function runs without a call naming it.
            for (var previous = function.LineIndex - 1; previous >= 0 && m.Is(m.Lines[previous].FirstToken, "@"); previous--)
            {
                var decorator = m.Lines[previous];
                for (var t = decorator.FirstToken; t < decorator.EndToken; t++)
                {
                    if (m.Is(t, "register") && m.RunsAtLoad(previous))
                    {
                        function.RunsAtLoad = true;
                    }
                }
            }
        }

        // Functions and classes of this module that another module of the package runs at load (see LoadGraph).
        if (File.LoadEntries is { Count: > 0 } entries)
        {
            var entered = false;
            foreach (var entry in entries)
            {
                if (byName.TryGetValue(entry, out var targets))
                {
                    entered |= Mark(targets.FindAll(f => f.Parent < 0 && f.ClassName is null));
                }

                if (initialisers.TryGetValue(entry, out var init))
                {
                    entered |= Mark(init);
                }
            }

            if (entered)
            {
                m.MarkFunctionsRunAtLoad();
            }
        }

        if (initialisers.Count == 0 && !m.Functions.Exists(f => f.RunsAtLoad))
        {
            return;
        }

        for (var round = 0; round < 10; round++)
        {
            var marked = false;
            foreach (var call in m.Calls)
            {
                if (!m.RunsAtLoad(call.LineIndex))
                {
                    continue;
                }

                var name = call.Name;
                var last = name[(name.LastIndexOf('.') + 1)..];
                var local = !name.Contains('.', StringComparison.Ordinal) || name.StartsWith("self.", StringComparison.Ordinal) || name.StartsWith("cls.", StringComparison.Ordinal);
                if (initialisers.TryGetValue(last, out var init))
                {
                    marked |= Mark(init);
                }

                if (local && byName.TryGetValue(last, out var targets))
                {
                    marked |= Mark(targets);
                }
            }

            if (!marked)
            {
                break;
            }
        }

        static bool Mark(List<FunctionDefinition> functions)
        {
            var any = false;
            foreach (var function in functions)
            {
                any |= !function.RunsAtLoad;
                function.RunsAtLoad = true;
            }

            return any;
        }
    }

    /// <summary>Network objects and their methods, dynamic callees and aliases of dangerous callables, sorted into the call lists.</summary>
    private void ResolveIndirectCalls()
    {
        var m = Module;

        // Only calls of the module itself are looked at here, and every network call among them is classified already.
        var bindings = Network.Count > 0 || Spawns.Exists(call => IsNetwork(call.Name)) ? Bindings : [];
        foreach (var (name, start, end, lineIndex) in bindings)
        {
            var scope = m.LineFunction[lineIndex];
            foreach (var call in m.CallsIn(start, end))
            {
                if (IsNetwork(call.Name))
                {
                    networkObjects[(name, scope)] = call.Name;
                    break;
                }
            }
        }

        // Aliases: run = os.system; e = getattr(builtins, "ex" + "ec"); x = __builtins__["eval"];
        // and modules bound to names: sp = subprocess; _m = __import__("o" + "s").
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var computedAliases = new HashSet<string>(StringComparer.Ordinal);
        var aliasLookup = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        var methodLookup = NetworkMethods.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (name, start, end, lineIndex) in m.Assignments)
        {
            _ = lineIndex;
            if (end - start > 24 || m.Tokens[start].Kind != TokenKind.Name)
            {
                continue;
            }

            calleeFolded = false;
            var target = CallableAt(start, end);
            if (target is not null && IsDangerous(target))
            {
                aliases[name] = target;
                if (calleeFolded)
                {
                    computedAliases.Add(name);
                }
            }
            else if (ModuleAt(start, end) is { } module)
            {
                moduleAliases[name] = module;
                if (calleeFolded)
                {
                    computedAliases.Add(name);
                    computedModules.Add(name);
                }
            }
        }

        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(m.Tokens);
        for (var t = 1; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Operator || tokens[t].Length != 1 || m.Text[tokens[t].Start] != '(')
            {
                continue;
            }

            var close = m.Match(t) < 0 ? m.Tokens.Count - 1 : m.Match(t);
            string? resolved = null;
            var nameToken = t - 1;
            var computed = false;
            calleeFolded = false;
            if (aliases.Count > 0 && m.Tokens[t - 1].Kind == TokenKind.Name && !m.Is(t - 2, "."))
            {
                if (aliasLookup.TryGetValue(m.TokenText(t - 1), out var aliased) && !m.Is(t - 2, "def"))
                {
                    resolved = aliased;
                    computed = computedAliases.Contains(m.TokenText(t - 1).ToString());
                }
            }

            if (resolved is null && moduleAliases.Count > 0 && m.Tokens[t - 1].Kind == TokenKind.Name && m.Is(t - 2, "."))
            {
                // sp.Popen(...) where sp = subprocess: the module's function.
                var first = FirstOfCallee(t - 1);
                if (m.Tokens[first].Kind == TokenKind.Name && moduleAliases.TryGetValue(m.TokenText(first).ToString(), out var module))
                {
                    var parts = new List<string> { module };
                    for (var p = first + 2; p < t; p += 2)
                    {
                        parts.Add(m.TokenText(p).ToString());
                    }

                    resolved = string.Join('.', parts);
                    nameToken = first;
                    computed = computedAliases.Contains(m.TokenText(first).ToString());
                }
            }
            else if (networkObjects.Count > 0 && m.Tokens[t - 1].Kind == TokenKind.Name && m.Is(t - 2, ".") && t >= 3 && m.Tokens[t - 3].Kind == TokenKind.Name && !m.Is(t - 4, ".") &&
                methodLookup.Contains(m.TokenText(t - 1)))
            {
                // conn.request(...), server.send_message(...) on a network object.
                var obj = m.TokenText(t - 3).ToString();
                var scope = m.LineFunction[m.LineOfToken[t]];
                if (networkObjects.TryGetValue((obj, scope), out var ctor) || networkObjects.TryGetValue((obj, -1), out ctor))
                {
                    resolved = ctor + "()." + m.TokenText(t - 1).ToString();
                    nameToken = t - 3;
                }
            }

            if (resolved is null && (IsChar(t - 1, ')') || IsChar(t - 1, ']') || (m.Tokens[t - 1].Kind == TokenKind.Name && IsChar(t - 2, '.') && IsChar(t - 3, ')'))) &&
                MayBeDynamicCallee(FirstOfCallee(t - 1)))
            {
                resolved = CallableAt(FirstOfCallee(t - 1), t);
                if (resolved is not null && KnownParen(t))
                {
                    resolved = null;
                }

                nameToken = FirstOfCallee(t - 1);
            }

            if (resolved is null || !IsDangerous(resolved))
            {
                continue;
            }

            var resolvedCall = new Call(resolved, nameToken, t, close, m.LineOfToken[t]);
            ResolvedCalls.Add(resolvedCall);
            if (computed || calleeFolded)
            {
                ComputedCalls.Add(resolvedCall);
            }
        }

        // A dangerous callable handed to something that calls it: Thread(target=os.system, args=(cmd,)), atexit.register(os.system, cmd),
        // executor.submit(exec, code). The call then runs with the arguments of the call that receives it.
        foreach (var call in m.Calls)
        {
            var last = call.Name.AsSpan(call.Name.LastIndexOf('.') + 1);
            if (last is not ("Thread" or "Process" or "Timer" or "register" or "submit" or "apply_async" or "run_in_executor" or "call_later" or "call_soon" or "start_new_thread" or "map" or "Pool"))
            {
                continue;
            }

            foreach (var (s, t) in ArgumentRanges(call.OpenParen, call.CloseParen))
            {
                var start = m.Tokens[s].Kind == TokenKind.Name && m.Is(s + 1, "=") ? s + 2 : s;
                if (start < t && m.Tokens[start].Kind == TokenKind.Name && CallableAt(start, t) is { } target && IsDangerous(target) && target != "__import__")
                {
                    ResolvedCalls.Add(new Call(target, start, call.OpenParen, call.CloseParen, call.LineIndex));
                }
            }
        }

        foreach (var call in ResolvedCalls)
        {
            Classify(call);
        }
    }

    /// <summary>The module an expression names: an imported module (by its local name), or __import__ / import_module of a foldable name.</summary>
    private string? ModuleAt(int start, int end)
    {
        var m = Module;
        while (end > start && m.Tokens[end - 1].Kind is TokenKind.Newline or TokenKind.Comment or TokenKind.NonLogicalNewline)
        {
            end--;
        }

        if (start + 1 == end && m.Tokens[start].Kind == TokenKind.Name && m.Aliases.TryGetValue(m.TokenText(start).ToString(), out var module) && m.Imports.Contains(module))
        {
            return module;
        }

        // __import__(expr), importlib.import_module(expr)
        var open = start;
        while (open < end && (m.Tokens[open].Kind == TokenKind.Name || m.Is(open, ".")))
        {
            open++;
        }

        if (open > start && end - open >= 2 && m.Is(open, "(") && m.Match(open) == end - 1 && m.Tokens[open - 1].Kind == TokenKind.Name &&
            Importers.Contains(m.Resolve(m.Text[m.Tokens[start].Start..m.Tokens[open - 1].End])))
        {
            return FoldName(open + 1, SplitEnd(open + 1, end - 1));
        }

        return null;
    }

    /// <summary>Whether a callee expression starts with a lookup that can compute a name (getattr, a dynamic import, a builtins or globals table).</summary>
    private bool MayBeDynamicCallee(int first)
    {
        var m = Module;
        if (m.Tokens[first].Kind != TokenKind.Name)
        {
            return false;
        }

        var head = m.TokenText(first);
        return head is "getattr" or "__import__" or "import_module" or "importlib" or "__builtins__" or "builtins" or "__builtin__" or "globals" or "locals" or "vars" ||
            (moduleAliases.Count > 0 && moduleAliases.ContainsKey(head.ToString())) || (m.Aliases.TryGetValue(head.ToString(), out var target) && target is "builtins" or "importlib" or "importlib.import_module");
    }

    private void Classify(Call call)
    {
        var kinds = KindsOf(call.Name);
        if ((kinds & NameKinds.Spawn) != 0)
        {
            Spawns.Add(call);
        }
        else if ((kinds & NameKinds.Network) != 0)
        {
            Network.Add(call);
        }
        else if ((kinds & NameKinds.Exec) != 0)
        {
            Execs.Add(call);
        }
        else if ((kinds & NameKinds.Deserialize) != 0)
        {
            Deserializes.Add(call);
        }
    }

    /// <summary>The call sets a name can be in (<see cref="KindsOf"/>).</summary>
    [Flags]
    private enum NameKinds : byte
    {
        None = 0,
        Spawn = 1,
        Network = 2,
        Exec = 4,
        Deserialize = 8,
        Sensitive = 16,
    }

    /// <summary>Every name of the call sets with the sets it is in (built on first use, after the sets).</summary>
    private static class NameTable
    {
        public static readonly System.Collections.Frozen.FrozenDictionary<string, NameKinds> Kinds = Build();

        private static System.Collections.Frozen.FrozenDictionary<string, NameKinds> Build()
        {
            var kinds = new Dictionary<string, NameKinds>(StringComparer.Ordinal);
            foreach (var (names, kind) in new[] { (SpawnCalls, NameKinds.Spawn), (NetworkCalls, NameKinds.Network), (ExecCalls, NameKinds.Exec), (DeserializeCalls, NameKinds.Deserialize), (SensitiveCalls, NameKinds.Sensitive) })
            {
                foreach (var name in names)
                {
                    kinds[name] = kinds.GetValueOrDefault(name) | kind;
                }
            }

            return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(kinds, StringComparer.Ordinal);
        }
    }

    private static bool IsDangerous(string name) => IsSpawn(name) || IsNetwork(name) || ExecCalls.Contains(name) || IsDeserializer(name) || name is "__import__";

    private bool KnownParen(int paren)
    {
        if (knownCallParens is null)
        {
            knownCallParens = [];
            foreach (var call in Module.Calls)
            {
                if (IsSpawn(call.Name) || IsNetwork(call.Name) || ExecCalls.Contains(call.Name) || IsDeserializer(call.Name))
                {
                    knownCallParens.Add(call.OpenParen);
                }
            }
        }

        return knownCallParens.Contains(paren);
    }

    /// <summary>The first token of the callee expression ending at <paramref name="last"/> (a name chain, a call, a subscript).</summary>
    private int FirstOfCallee(int last)
    {
        var m = Module;
        var t = last;
        while (t > 0)
        {
            if ((m.Is(t, ")") || m.Is(t, "]")) && m.Match(t) > 0)
            {
                t = m.Match(t) - 1;
                if (m.Is(t, ")") || m.Is(t, "]"))
                {
                    continue;
                }

                if (m.Tokens[t].Kind != TokenKind.Name)
                {
                    return t + 1;
                }
            }

            if (m.Tokens[t].Kind == TokenKind.Name && m.Is(t - 1, ".") && t >= 2)
            {
                t -= 2;
                continue;
            }

            return t;
        }

        return Math.Max(t, 0);
    }

    /// <summary>
    /// The dotted name of a callable expression in [start, end): a plain or dotted name, <c>getattr(x, expr)</c>,
    /// <c>__builtins__[expr]</c>, <c>globals()[expr]</c>, <c>__import__(expr).name</c>, with expr folded; null otherwise.
    /// </summary>
    internal string? CallableAt(int start, int end)
    {
        if (callableDepth >= 8)
        {
            return null;
        }

        callableDepth++;
        try
        {
            return CallableAtCore(start, end);
        }
        finally
        {
            callableDepth--;
        }
    }

    private string? CallableAtCore(int start, int end)
    {
        var m = Module;
        while (end > start && m.Tokens[end - 1].Kind is TokenKind.Newline or TokenKind.Comment or TokenKind.NonLogicalNewline)
        {
            end--;
        }

        if (start >= end)
        {
            return null;
        }

        // name or name.chain
        var t = start;
        if (m.Tokens[t].Kind == TokenKind.Name)
        {
            t++;
            while (t + 1 < end && m.Is(t, ".") && m.Tokens[t + 1].Kind == TokenKind.Name)
            {
                t += 2;
            }

            var dotted = DottedName(start, t);
            var single = t == start + 1;
            if (t == end)
            {
                return m.Resolve(dotted);
            }

            // getattr(target, member)
            if (single && dotted == "getattr" && m.Is(t, "(") && m.Match(t) is var close and > 0 && close == end - 1)
            {
                var comma = -1;
                for (var c = t + 1; c < close; c++)
                {
                    if ((m.Is(c, "(") || m.Is(c, "[")) && m.Match(c) > c)
                    {
                        c = m.Match(c);
                    }
                    else if (m.Is(c, ","))
                    {
                        comma = c;
                        break;
                    }
                }

                if (comma < 0)
                {
                    return null;
                }

                var second = SplitEnd(comma + 1, close);
                var member = FoldName(comma + 1, second);
                if (member is null)
                {
                    return null;
                }

                var target = TargetModule(t + 1, comma);
                return target is null or "builtins" or "__builtins__" or "__builtin__" ? member : target + "." + member;
            }

            // __import__(expr).member  /  importlib.import_module(expr).member
            var head = m.Resolve(dotted);
            if (Importers.Contains(head) && m.Is(t, "(") && m.Match(t) is var importClose and > 0 && m.Is(importClose + 1, ".") && importClose + 2 < end && m.Tokens[importClose + 2].Kind == TokenKind.Name)
            {
                var module = FoldName(t + 1, importClose);
                var rest = new List<string>();
                var r = importClose + 1;
                while (r + 1 < end && m.Is(r, ".") && m.Tokens[r + 1].Kind == TokenKind.Name)
                {
                    rest.Add(m.TokenText(r + 1).ToString());
                    r += 2;
                }

                return module is null || r != end ? null : module + "." + string.Join('.', rest);
            }

            // __builtins__[expr], builtins.__dict__[expr]
            if (m.Is(t, "[") && m.Match(t) is var bracket and > 0 && bracket == end - 1 && (head is "__builtins__" or "builtins" or "__builtin__" || head.EndsWith(".__dict__", StringComparison.Ordinal)))
            {
                var member = FoldName(t + 1, bracket);
                var owner = head.EndsWith(".__dict__", StringComparison.Ordinal) ? head[..^".__dict__".Length] : head;
                return member is null ? null : owner is "builtins" or "__builtins__" or "__builtin__" ? member : owner + "." + member;
            }

            // globals()[expr], vars(builtins)[expr]
            if (single && dotted is "globals" or "locals" or "vars" && m.Is(t, "(") && m.Match(t) is var vclose and > 0 && m.Is(vclose + 1, "[") && m.Match(vclose + 1) is var vbracket and > 0 && vbracket == end - 1)
            {
                var member = FoldName(vclose + 2, vbracket);
                var owner = dotted == "vars" ? TargetModule(t + 1, vclose) : null;
                return member is null ? null : owner is null or "builtins" or "__builtins__" ? member : owner + "." + member;
            }
        }

        return null;
    }

    /// <summary>The dotted name spelled by the name tokens at start, start + 2, ... before <paramref name="end"/> (dots between).</summary>
    private string DottedName(int start, int end)
    {
        var m = Module;
        if (end == start + 1)
        {
            return m.TokenText(start).ToString();
        }

        var length = -1;
        for (var p = start; p < end; p += 2)
        {
            length += m.Tokens[p].Length + 1;
        }

        return string.Create(length, (m, start, end), static (span, state) =>
        {
            var (module, first, stop) = state;
            var at = 0;
            for (var p = first; p < stop; p += 2)
            {
                if (at > 0)
                {
                    span[at++] = '.';
                }

                var text = module.TokenText(p);
                text.CopyTo(span[at..]);
                at += text.Length;
            }
        });
    }

    /// <summary>Whether token <paramref name="t"/> is the one character <paramref name="c"/> (as <see cref="PythonModule.Is"/> with a one-character string).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsChar(int t, char c)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Module.Tokens);
        return t >= 0 && t < tokens.Length && tokens[t].Length == 1 && Module.Text[tokens[t].Start] == c;
    }

    /// <summary>Folds a name; notes when it was not a plain literal (so the callee was computed).</summary>
    private string? FoldName(int start, int end)
    {
        var value = Folder.Fold(start, end);
        if (value is not null && !(start + 1 == end && Module.Tokens[start].Kind == TokenKind.String))
        {
            calleeFolded = true;
        }

        return value;
    }

    private int SplitEnd(int start, int close)
    {
        var m = Module;
        for (var c = start; c < close; c++)
        {
            if ((m.Is(c, "(") || m.Is(c, "[")) && m.Match(c) > c)
            {
                c = m.Match(c);
            }
            else if (m.Is(c, ","))
            {
                return c;
            }
        }

        return close;
    }

    /// <summary>The module a getattr target names: a plain (aliased) name, or __import__(expr).</summary>
    private string? TargetModule(int start, int end)
    {
        var m = Module;
        if (start + 1 == end && m.Tokens[start].Kind == TokenKind.Name)
        {
            var name = m.TokenText(start).ToString();
            if (moduleAliases.TryGetValue(name, out var module))
            {
                calleeFolded |= computedModules.Contains(name);
                return module;
            }

            return m.Resolve(name);
        }

        if (m.Tokens[start].Kind == TokenKind.Name && Importers.Contains(m.Resolve(m.TokenText(start).ToString())) && m.Is(start + 1, "(") && m.Match(start + 1) == end - 1)
        {
            return FoldName(start + 2, end - 1);
        }

        return CallableAt(start, end);
    }

    /// <summary>The first token of the receiver of a method whose name token is <paramref name="nameToken"/> (path in path.write_text()).</summary>
    public static int ReceiverStart(PythonModule m, int nameToken)
    {
        var t = nameToken - 2;
        while (t >= 0)
        {
            if ((m.Is(t, ")") || m.Is(t, "]")) && m.Match(t) >= 0)
            {
                t = m.Match(t) - 1;
                continue;
            }

            if (m.Tokens[t].Kind == TokenKind.Name)
            {
                if (m.Is(t - 1, "."))
                {
                    t -= 2;
                    continue;
                }

                return t;
            }

            return t + 1;
        }

        return 0;
    }

    /// <summary>Whether [start, end) reads a file that is not source (an image, font, archive, data blob), or holds a name that did.</summary>
    public bool IsDataFileRead(int start, int end) => dataFileCalls ? RangeHas(start, end, ReadsDataFile, dataFileNames) : NameIn(dataFileNames, start, end);

    private bool ReadsDataFile(Call call)
    {
        // Readers of images and sounds read media whatever path they are given.
        if (call.Name is "PIL.Image.open" or "Image.open" or "wave.open" or "imageio.imread" or "imageio.v3.imread" or "cv2.imread" or "soundfile.read")
        {
            return true;
        }

        if (call.Name is not ("open" or "io.open" or "codecs.open" or "pathlib.Path" or "Path" or "pkgutil.get_data" or "importlib.resources.read_binary" or "importlib.resources.files") &&
            !call.Name.EndsWith("read_bytes", StringComparison.Ordinal))
        {
            return false;
        }

        var m = Module;
        var from = call.Name.EndsWith("read_bytes", StringComparison.Ordinal) ? ReceiverStart(m, call.NameToken) : call.OpenParen + 1;
        for (var t = from; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.String && DataFileExtension().IsMatch(m.StringValue(t)))
            {
                return true;
            }

            // Image.open(_ASSET) where _ASSET = os.path.join(..., "banner.png").
            if (m.Tokens[t].Kind == TokenKind.Name && HasName(DataFilePaths, t))
            {
                return true;
            }
        }

        return false;
    }

    private ScopedNames? dataFilePaths;

    /// <summary>Names bound to a path that ends in a media or document file name (a literal in the binding).</summary>
    private ScopedNames DataFilePaths => dataFilePaths ??= CollectDataFilePaths();

    private ScopedNames CollectDataFilePaths()
    {
        var m = Module;
        var set = new ScopedNames();
        foreach (var (name, start, end, lineIndex) in m.Assignments)
        {
            for (var t = start; t < end && t < start + 32; t++)
            {
                if (m.Tokens[t].Kind == TokenKind.String && m.Tokens[t].Length < 200 && DataFileExtension().IsMatch(m.StringValue(t)))
                {
                    set.Add((name, m.LineFunction[lineIndex]));
                    break;
                }
            }
        }

        return set;
    }

    private HashSet<string>? fetchingFunctions;

    /// <summary>Whether a call is to a local function that returns what it fetched from the network (an API helper: <c>_api("GET", "/messages")</c>).</summary>
    private bool CallsFetchingFunction(Call call) =>
        fetchingFunctions is { Count: > 0 } && fetchingFunctions.Contains(call.Name.StartsWith("self.", StringComparison.Ordinal) ? call.Name[5..] : call.Name);

    /// <summary>
    /// Marks the local functions whose <c>return</c> holds fetched data, then lets names bound from their calls carry it, so that
    /// commands polled through a chat or C2 API helper and then run are seen as fetched.
    /// </summary>
    private void MarkFetchingFunctions()
    {
        var m = Module;
        if (Network.Count == 0 || m.Functions.Count == 0 || Execs.Count + Spawns.Count + Deserializes.Count == 0)
        {
            return;
        }

        for (var l = 0; l < m.Lines.Count; l++)
        {
            var function = m.LineFunction[l];
            if (function >= 0 && m.Is(m.Lines[l].FirstToken, "return") && IsDownloaded(m.Lines[l].FirstToken + 1, m.Lines[l].EndToken) && NamesFixedUrl(function))
            {
                (fetchingFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Functions[function].Name);
            }
        }

        if (fetchingFunctions is null)
        {
            return;
        }

        // Calls to these functions are fetches too, which NoteCallKinds could not know.
        fetchCalls = true;

        for (var round = 0; round < 2; round++)
        {
            foreach (var (name, start, end, lineIndex) in Bindings)
            {
                var key = (name, m.LineFunction[lineIndex]);
                if (!downloadedNames.Contains(key) && IsDownloaded(start, end))
                {
                    downloadedNames.Add(key);
                }
            }
        }
    }

    /// <summary>
    /// Whether a function talks to a host of its own choosing: a URL literal in its body, or a module-level name bound to one.
    /// A generic opener (nltk's <c>_open(resource_url)</c>) fetches what its caller names, and its callers are judged on their own.
    /// </summary>
    private bool NamesFixedUrl(int function)
    {
        var m = Module;
        for (var l = m.Functions[function].LineIndex + 1; l < m.Lines.Count && (m.LineFunction[l] == function || IsInside(l, function)); l++)
        {
            for (var t = m.Lines[l].FirstToken; t < m.Lines[l].EndToken; t++)
            {
                if ((m.Tokens[t].Kind == TokenKind.String && m.StringValue(t).Contains("://", StringComparison.Ordinal)) ||
                    (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, ".") && ModuleUrlNames.Contains(m.TokenText(t).ToString())))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsInside(int line, int function)
    {
        for (var f = Module.LineFunction[line]; f >= 0; f = Module.Functions[f].Parent)
        {
            if (f == function)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string>? moduleUrlNames;

    /// <summary>Module-level names bound to an expression with a URL literal (_SITE = "https://...", _BASE = "https://..." + _TOKEN).</summary>
    private HashSet<string> ModuleUrlNames => moduleUrlNames ??= Module.Assignments.Where(a => Module.LineFunction[a.LineIndex] < 0 && Module.StringsIn(a.Start, a.End).Contains("://", StringComparison.Ordinal))
        .Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? dataFileFunctions;

    /// <summary>Whether a call is to a local function that returns what it read from a media or document file (pixels, samples, bytes).</summary>
    private bool CallsDataFileFunction(Call call) =>
        dataFileFunctions is { Count: > 0 } && dataFileFunctions.Contains(call.Name.StartsWith("self.", StringComparison.Ordinal) ? call.Name[5..] : call.Name);

    /// <summary>
    /// Marks the local functions whose <c>return</c> holds data read from a media file, then lets names bound from their
    /// calls carry it: <c>exec(_palette())</c> where <c>_palette</c> decodes an image's pixels.
    /// </summary>
    private void MarkDataFileFunctions()
    {
        var m = Module;
        if (m.Functions.Count == 0 || Execs.Count + Spawns.Count + Deserializes.Count == 0 || (dataFileNames.Count == 0 && !m.Calls.Exists(ReadsDataFile)))
        {
            return;
        }

        for (var l = 0; l < m.Lines.Count; l++)
        {
            var function = m.LineFunction[l];
            if (function >= 0 && m.Is(m.Lines[l].FirstToken, "return") && IsDataFileRead(m.Lines[l].FirstToken + 1, m.Lines[l].EndToken))
            {
                (dataFileFunctions ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Functions[function].Name);
            }
        }

        if (dataFileFunctions is null)
        {
            return;
        }

        // Calls to these functions decode data too, which NoteCallKinds could not know.
        decodingCalls = true;

        foreach (var (name, start, end, lineIndex) in Bindings)
        {
            var key = (name, m.LineFunction[lineIndex]);
            if (!dataFileNames.Contains(key) && RangeHas(start, end, CallsDataFileFunction))
            {
                dataFileNames.Add(key);
            }
        }
    }

    /// <summary>Whether [start, end) points outside the build: the user's home, temp, site-packages, system folders, or a name holding such a path.</summary>
    public bool IsOutsidePath(int start, int end)
    {
        var m = Module;
        end = Math.Min(end, start + 64);
        for (var t = start; t < end && t < m.Tokens.Count; t++)
        {
            var kind = m.Tokens[t].Kind;
            if (kind == TokenKind.Name)
            {
                var text = m.TokenText(t);
                if (text is "expanduser" or "home" or "gettempdir" or "getsitepackages" or "getusersitepackages" or "get_paths" or "USER_SITE" or "prefix" or "APPDATA" or "LOCALAPPDATA" or "HOME" or "USERPROFILE" or "mkdtemp")
                {
                    return true;
                }

                if (HasName(outsideNames, t))
                {
                    return true;
                }
            }
            else if (kind == TokenKind.String && m.Tokens[t].Length < 400)
            {
                var value = m.StringValue(t);
                if (value.StartsWith('~') || value.StartsWith("/etc", StringComparison.Ordinal) || value.StartsWith("/usr", StringComparison.Ordinal) || value.StartsWith("/tmp", StringComparison.Ordinal) ||
                    value.StartsWith("/var", StringComparison.Ordinal) || value.Contains("APPDATA", StringComparison.Ordinal) || value.Contains("HOME", StringComparison.Ordinal) ||
                    (MaySensitiveFile(value) && SensitiveFile().IsMatch(value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MaySensitiveFile(string value) =>
        value.Contains("customize", StringComparison.Ordinal) || value.EndsWith(".pth", StringComparison.Ordinal) || value.Contains("authorized_keys", StringComparison.Ordinal) ||
        value.Contains("hooks", StringComparison.Ordinal) || value.EndsWith("rc", StringComparison.Ordinal) || value.EndsWith("profile", StringComparison.Ordinal) ||
        value.EndsWith(".service", StringComparison.Ordinal) || value.EndsWith(".timer", StringComparison.Ordinal) || value.EndsWith(".desktop", StringComparison.Ordinal) ||
        value.Contains("cron", StringComparison.Ordinal) || value.Contains("Launch", StringComparison.Ordinal);

    /// <summary>Startup and trust files whose writing changes what runs later: site customisation, .pth, authorized_keys, git hooks, shell profiles.</summary>
    [GeneratedRegex(@"(^|[/\\])(sitecustomize|usercustomize)\.py$|\.pth$|authorized_keys|[/\\]?\.git[/\\]hooks\b|^\.?(bashrc|bash_profile|zshrc|profile)$|[/\\]\.(bashrc|bash_profile|zshrc|profile)$|\.service$|\.timer$|/etc/cron|LaunchAgents|LaunchDaemons|\.desktop$", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex SensitiveFile();

    [GeneratedRegex(@"\.(png|jpe?g|gif|bmp|ico|icns|webp|tiff?|svg|wav|mp3|ogg|flac|mp4|avi|mov|ttf|otf|woff2?|eot|pdf|docx?|xlsx?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DataFileExtension();

    /// <summary>
    /// Strings built at run time from constants, folded, for the pattern checks: concatenations, joins, chr and XOR
    /// decoders, reversed and decoded literals, and the command line a process call assembles from its arguments.
    /// </summary>
    private void AddFoldedLiterals(List<(int Token, string Value, bool Decoded)> list)
    {
        var m = Module;
        HashSet<string>? seen = null;

        // Only what folding adds is kept, once; a value equal to the literal it starts with adds nothing.
        void Add(int token, string? value)
        {
            if (value is { Length: >= 6 } && !(m.Tokens[token].Kind == TokenKind.String && m.StringValue(token) == value) && (seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(value))
            {
                list.Add((token, value, true));
            }
        }

        foreach (var (_, start, end, _) in m.Assignments)
        {
            if (Foldable(start, end, out var lenient))
            {
                Add(start, Folder.Fold(start, end) ?? (lenient ? Folder.Fold(start, end, lenient: true) : null));
            }
        }

        // Parenthesised expressions that are not calls: (Path.home() / ".ssh" / "authorized_keys").open("a").
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(m.Tokens);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Length == 1 && m.Text[tokens[t].Start] == '(' && m.Match(t) > t + 1 && (t == 0 || !(m.Tokens[t - 1].Kind == TokenKind.Name || IsChar(t - 1, ')') || IsChar(t - 1, ']'))) &&
                Foldable(t + 1, m.Match(t), out var lenient) && lenient)
            {
                Add(t + 1, Folder.Fold(t + 1, m.Match(t)) ?? Folder.Fold(t + 1, m.Match(t), lenient: true));
            }
        }

        foreach (var call in m.Calls.Concat(ResolvedCalls))
        {
            if (call.CloseParen <= call.OpenParen + 1)
            {
                continue;
            }

            var spawn = IsSpawn(call.Name);
            var parts = spawn ? new List<string>() : null;
            foreach (var (s, t) in ArgumentRanges(call.OpenParen, call.CloseParen))
            {
                if (m.Tokens[s].Kind == TokenKind.Name && m.Is(s + 1, "="))
                {
                    continue;
                }

                var single = s + 1 == t && m.Tokens[s].Kind == TokenKind.String;
                var bracketed = (m.Is(s, "[") || m.Is(s, "(")) && m.Match(s) == t - 1;
                if (!single && Foldable(s, t, out var lenient))
                {
                    var folded = Folder.Fold(s, t) ?? (lenient || spawn ? Folder.Fold(s, t, lenient: true) : null);
                    Add(s, folded);
                    if (spawn && folded is null && bracketed)
                    {
                        folded = ArgvText(s + 1, t - 1);
                    }

                    parts?.Add(folded ?? StringFolder.Placeholder.ToString());
                }
                else if (parts is not null)
                {
                    parts.Add(single ? m.StringValue(s) : bracketed ? ArgvText(s + 1, t - 1) : StringFolder.Placeholder.ToString());
                }
            }

            // os.execlp("sh", "sh", "-c", cmd), subprocess.call(["bitsadmin", "/transfer", ...]): the command line as the shell sees it.
            if (parts is { Count: > 0 })
            {
                Add(call.OpenParen + 1, string.Join(' ', parts));
            }
        }
    }

    /// <summary>The argv list [a, b, c] joined with spaces, each element folded leniently.</summary>
    private string ArgvText(int start, int close)
    {
        var m = Module;
        var parts = new List<string>();
        foreach (var (s, t) in ArgumentRanges(start - 1, close))
        {
            parts.Add(s + 1 == t && m.Tokens[s].Kind == TokenKind.String ? m.StringValue(s) : Folder.Fold(s, t, lenient: true) ?? StringFolder.Placeholder.ToString());
        }

        return string.Join(' ', parts);
    }

    /// <summary>The top-level, comma-separated element ranges between an opening bracket and its match (end exclusive, empty ones skipped).</summary>
    private ArgumentRangeEnumerator ArgumentRanges(int open, int close) => new(Module, open, close);

    /// <summary>Walks the element ranges of a bracket without allocating (the ranges <see cref="ArgumentRanges"/> describes).</summary>
    private struct ArgumentRangeEnumerator(PythonModule module, int open, int close)
    {
        private int start = open + 1;
        private int next = open + 1;

        public (int Start, int End) Current { get; private set; }

        public readonly ArgumentRangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var m = module;
            for (var t = next; t <= close; t++)
            {
                var c = t < close ? OneChar(m, t) : ',';
                if (c is '(' or '[' or '{' && m.Match(t) > t)
                {
                    t = m.Match(t);
                    continue;
                }

                if (c != ',')
                {
                    continue;
                }

                var s = start;
                start = t + 1;
                next = t + 1;
                if (s < t)
                {
                    Current = (s, t);
                    return true;
                }
            }

            next = close + 1;
            return false;
        }

        // The character of a one-character token, or '\0'.
        private static char OneChar(PythonModule m, int t) => t >= 0 && t < m.Tokens.Count && m.Tokens[t].Length == 1 ? m.Text[m.Tokens[t].Start] : '\0';
    }

    /// <summary>Whether a range is worth folding: it joins strings or uses a decoding step; lenient when two or more literals are joined.</summary>
    private bool Foldable(int start, int end, out bool lenient)
    {
        var m = Module;
        var strings = 0;
        var marker = false;
        var joined = false;
        end = Math.Min(end, m.Tokens.Count);
        if (end - start > 4096)
        {
            lenient = false;
            return false;
        }

        for (var t = start; t < end; t++)
        {
            var kind = m.Tokens[t].Kind;
            if (kind == TokenKind.String)
            {
                strings++;
                // f"{'cu'}{'rl'} ..." and f"{f'http://{host}'}": literals inside replacement fields build the text piece by piece.
                if (m.Text.AsSpan(m.Tokens[t].Start, m.Tokens[t].PrefixLength).ContainsAny('f', 'F') && NestsLiteral(m.Text.AsSpan(m.Tokens[t].Start + m.Tokens[t].PrefixLength, m.Tokens[t].Length - m.Tokens[t].PrefixLength)))
                {
                    strings++;
                    joined = true;
                }

                joined |= t > start && m.Tokens[t - 1].Kind == TokenKind.Operator && m.TokenText(t - 1) is "+" or "/" or "%";
                joined |= t + 1 < end && m.Tokens[t + 1].Kind == TokenKind.Operator && m.TokenText(t + 1) is "+" or "/" or "%";
            }
            else if (kind == TokenKind.Name)
            {
                var text = m.TokenText(t);
                marker |= text is "chr" or "fromhex" or "join" or "b64decode" or "b32decode" or "unhexlify" or "decompress" or "reversed" or "decode" or "urlsafe_b64decode" or "decodebytes";
            }
            else if (kind == TokenKind.Operator && (IsChar(t, '^') || (IsChar(t, '[') && IsChar(t + 1, ':') && IsChar(t + 2, ':')) || (IsChar(t, '%') && t > 0 && m.Tokens[t - 1].Kind == TokenKind.String)))
            {
                marker = true;
            }
        }

        // Adjacent literals are joined already; what needs folding is an operation on strings.
        lenient = strings >= 2 && joined;
        return (strings >= 2 && joined) || (marker && (strings >= 1 || HasNumberList(start, end)));
    }

    /// <summary>Whether an f-string's text (quotes included) has a quote inside a replacement field.</summary>
    private static bool NestsLiteral(ReadOnlySpan<char> text)
    {
        var level = 0;
        var outer = text.Length > 0 ? text[0] : '\0';
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                level++;
            }
            else if (c == '}')
            {
                level = Math.Max(0, level - 1);
            }
            else if (level > 0 && c is '\'' or '"' && c != outer)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNumberList(int start, int end)
    {
        var numbers = 0;
        for (var t = start; t < end; t++)
        {
            if (Module.Tokens[t].Kind == TokenKind.Number && ++numbers >= 4)
            {
                return true;
            }
        }

        return false;
    }
}
