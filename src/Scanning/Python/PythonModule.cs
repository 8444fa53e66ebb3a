using System.Globalization;
using System.Text;

namespace Bonded.Scanning.Python;

/// <summary>A call in the source: the callee's name resolved through imports, and where its arguments are.</summary>
internal readonly record struct Call(string Name, int NameToken, int OpenParen, int CloseParen, int LineIndex);

/// <summary>A function defined in the module, and whether module-level code calls it (so it runs on import).</summary>
internal sealed class FunctionDefinition
{
    public required string Name { get; init; }

    public required int LineIndex { get; init; }

    public required int Parent { get; init; }

    public string? ClassName { get; init; }

    public bool RunsAtLoad { get; set; }
}

/// <summary>
/// The structure of one Python source file that the checks need: tokens, logical lines, which lines run at module level,
/// functions and whether module-level code calls them, imports and their aliases, calls with resolved names, simple
/// assignments, and decoded string literals.
/// </summary>
internal sealed class PythonModule
{
    private readonly int[] match;
    private string?[]? stringValues;
    private sbyte[]? bareLines;

    private PythonModule(string text, List<Token> tokens, List<LogicalLine> lines)
    {
        Text = text;
        Tokens = tokens;
        Lines = lines;
        match = new int[tokens.Count];
        LineOfToken = new int[tokens.Count];
        LineFunction = new int[lines.Count];
        MatchBrackets();
        for (var l = 0; l < lines.Count; l++)
        {
            LineOfToken.AsSpan(lines[l].FirstToken, lines[l].EndToken - lines[l].FirstToken).Fill(l);
        }

        BuildScopes();
        CollectImportsAndCalls();
        MarkFunctionsRunAtLoad();
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<LogicalLine> Lines { get; }

    /// <summary>For each token, the index of its logical line (0 for tokens outside any).</summary>
    public int[] LineOfToken { get; }

    /// <summary>For each logical line, the innermost function it belongs to, or -1 at module or class level.</summary>
    public int[] LineFunction { get; }

    public List<FunctionDefinition> Functions { get; } = [];

    /// <summary>Local names bound by imports, mapped to what they stand for (<c>sp</c> → <c>subprocess</c>, <c>b64decode</c> → <c>base64.b64decode</c>).</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Every module imported, by its full dotted name.</summary>
    public HashSet<string> Imports { get; } = new(StringComparer.Ordinal);

    public List<Call> Calls { get; } = [];

    /// <summary>Simple assignments <c>name = expression</c>: the name and the expression's token range (end exclusive).</summary>
    public List<(string Name, int Start, int End, int LineIndex)> Assignments { get; } = [];

    public static PythonModule Parse(string text)
    {
        var (tokens, lines) = PythonTokenizer.Tokenize(text);
        return new PythonModule(text, tokens, lines);
    }

    public ReadOnlySpan<char> TokenText(int index)
    {
        var token = Tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>Whether the token at <paramref name="index"/> (which may be out of range) is the one character <paramref name="value"/>.</summary>
    private bool IsChar(int index, char value)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        return index >= 0 && index < tokens.Length && tokens[index].Length == 1 && Text[tokens[index].Start] == value;
    }

    /// <summary>Whether the token at <paramref name="index"/> (which may be out of range) is exactly <paramref name="value"/>.</summary>
    public bool Is(int index, string value)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        if (index < 0 || index >= tokens.Length)
        {
            return false;
        }

        ref readonly var token = ref tokens[index];
        return token.Length == value.Length && Text.AsSpan(token.Start, token.Length).SequenceEqual(value);
    }

    public int Match(int index) => match[index];

    /// <summary>Whether the logical line runs when the module is loaded (module or class level, or a function module-level code calls).</summary>
    public bool RunsAtLoad(int lineIndex)
    {
        var function = LineFunction[lineIndex];
        return function < 0 || Functions[function].RunsAtLoad;
    }

    /// <summary>The physical line (1-based) of a token.</summary>
    public int LineNumber(int tokenIndex) => Tokens[tokenIndex].Line;

    /// <summary>The source text of a physical line, for evidence.</summary>
    public string PhysicalLine(int line)
    {
        var start = 0;
        for (var l = 1; l < line && start >= 0; l++)
        {
            var next = Text.IndexOf('\n', start);
            start = next < 0 ? -1 : next + 1;
        }

        if (start < 0)
        {
            return "";
        }

        var end = Text.IndexOf('\n', start);
        return Text[start..(end < 0 ? Text.Length : end)].TrimEnd('\r');
    }

    /// <summary>The evidence for a token: the physical line it starts on, shortened.</summary>
    public string Evidence(int tokenIndex) => Names.Excerpt(PhysicalLine(Tokens[tokenIndex].Line));

    /// <summary>Whether the string token is a statement of its own (a docstring or bare string), not code.</summary>
    public bool IsBareString(int tokenIndex)
    {
        var lineIndex = LineOfToken[tokenIndex];
        var line = Lines.Count > lineIndex ? Lines[lineIndex] : default;
        if (line.FirstToken > tokenIndex || line.EndToken <= tokenIndex)
        {
            return false;
        }

        bareLines ??= new sbyte[Lines.Count];
        if (bareLines[lineIndex] == 0)
        {
            bareLines[lineIndex] = 1;
            for (var t = line.FirstToken; t < line.EndToken; t++)
            {
                var kind = Tokens[t].Kind;
                if (kind is not (TokenKind.String or TokenKind.Comment or TokenKind.Newline or TokenKind.NonLogicalNewline) && !(kind == TokenKind.Operator && (Is(t, "(") || Is(t, ")"))))
                {
                    bareLines[lineIndex] = -1;
                    break;
                }
            }
        }

        return bareLines[lineIndex] > 0;
    }

    /// <summary>The calls whose name starts in [start, end), in source order.</summary>
    public ReadOnlySpan<Call> CallsIn(int start, int end)
    {
        var calls = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Calls);
        var low = LowerBound(calls, start);
        var high = LowerBound(calls, end);
        return calls[low..Math.Max(low, high)];
    }

    private static int LowerBound(ReadOnlySpan<Call> calls, int token)
    {
        int low = 0, high = calls.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (calls[mid].NameToken < token)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The value of a string literal, escapes decoded (raw strings kept as written; f-strings' fields kept as text).</summary>
    public string StringValue(int tokenIndex)
    {
        stringValues ??= new string?[Tokens.Count];
        return stringValues[tokenIndex] ??= DecodeString(Text, Tokens[tokenIndex]);
    }

    /// <summary>The concatenated values of the string literals in a token range, for evidence and pattern matching.</summary>
    public string StringsIn(int start, int end)
    {
        var builder = new StringBuilder();
        for (var t = start; t < end && t < Tokens.Count; t++)
        {
            if (Tokens[t].Kind == TokenKind.String)
            {
                builder.Append(StringValue(t));
            }
        }

        return builder.ToString();
    }

    private void MatchBrackets()
    {
        match.AsSpan().Fill(-1);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        var text = Text.AsSpan();
        var stack = new Stack<int>();
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind != TokenKind.Operator || token.Length != 1)
            {
                continue;
            }

            var c = text[token.Start];
            if (c is '(' or '[' or '{')
            {
                stack.Push(t);
            }
            else if (c is ')' or ']' or '}' && stack.Count > 0)
            {
                var open = stack.Pop();
                match[open] = t;
                match[t] = open;
            }
        }
    }

    private void BuildScopes()
    {
        // A stack of (indent, function index or -1 for a class); a line at an indent at or below a scope's header leaves it.
        var scopes = new List<(int Indent, int Function, string? Class)>();
        for (var l = 0; l < Lines.Count; l++)
        {
            var line = Lines[l];
            while (scopes.Count > 0 && line.Indent <= scopes[^1].Indent)
            {
                scopes.RemoveAt(scopes.Count - 1);
            }

            var enclosing = -1;
            string? enclosingClass = null;
            for (var s = scopes.Count - 1; s >= 0; s--)
            {
                if (scopes[s].Function >= 0)
                {
                    enclosing = scopes[s].Function;
                    break;
                }

                enclosingClass ??= scopes[s].Class;
            }

            LineFunction[l] = enclosing;
            var first = line.FirstToken;
            if (Is(first, "async"))
            {
                first++;
            }

            if (Is(first, "def") && first + 1 < line.EndToken && Tokens[first + 1].Kind == TokenKind.Name)
            {
                var function = new FunctionDefinition { Name = TokenText(first + 1).ToString(), LineIndex = l, Parent = enclosing, ClassName = enclosing < 0 ? enclosingClass : null };
                Functions.Add(function);
                scopes.Add((line.Indent, Functions.Count - 1, null));

                // A one-line body ("def f(): return x") belongs to the function too; its line keeps the header's scope for simplicity.
            }
            else if (Is(first, "class") && first + 1 < line.EndToken && Tokens[first + 1].Kind == TokenKind.Name)
            {
                scopes.Add((line.Indent, -1, TokenText(first + 1).ToString()));
            }
            else if (Is(first, "if") && IsMainGuard(first + 1, line.EndToken))
            {
                // Code under "if __name__ == '__main__':" runs when the file is a script, not when it is imported: a scope no load reaches.
                Functions.Add(new FunctionDefinition { Name = "if __name__ == '__main__'", LineIndex = l, Parent = enclosing });
                scopes.Add((line.Indent, Functions.Count - 1, null));
            }
        }
    }

    private bool IsMainGuard(int t, int end)
    {
        var nameFirst = Is(t, "__name__") && Is(t + 1, "==") && t + 2 < end && Tokens[t + 2].Kind == TokenKind.String && StringValue(t + 2) == "__main__";
        var stringFirst = t < end && Tokens[t].Kind == TokenKind.String && StringValue(t) == "__main__" && Is(t + 1, "==") && Is(t + 2, "__name__");
        return nameFirst || stringFirst;
    }

    private void CollectImportsAndCalls()
    {
        for (var l = 0; l < Lines.Count; l++)
        {
            var line = Lines[l];
            var first = line.FirstToken;
            if (Is(first, "import"))
            {
                ParseImport(first + 1, line.EndToken, null);
            }
            else if (Is(first, "from"))
            {
                ParseFromImport(first + 1, line.EndToken);
            }
            else if (first + 1 < line.EndToken && Tokens[first].Kind == TokenKind.Name && Is(first + 1, "="))
            {
                Assignments.Add((TokenText(first).ToString(), first + 2, line.EndToken, l));
            }
            else if (Tokens[first].Kind == TokenKind.Name)
            {
                // Tuple targets and "self.x = ..." keep the first plain name when it is alone before '='.
                for (var t = first + 1; t + 1 < line.EndToken; t++)
                {
                    if (IsChar(t, '=') && Tokens[t - 1].Kind == TokenKind.Name)
                    {
                        Assignments.Add((TokenText(t - 1).ToString(), t + 1, line.EndToken, l));
                        break;
                    }
                }
            }

            // Statements after ';' may be imports too.
            for (var t = first; t < line.EndToken; t++)
            {
                if (IsChar(t, ';') && t + 1 < line.EndToken)
                {
                    if (Is(t + 1, "import"))
                    {
                        ParseImport(t + 2, line.EndToken, null);
                    }
                    else if (Is(t + 1, "from"))
                    {
                        ParseFromImport(t + 2, line.EndToken);
                    }
                }
            }
        }

        for (var t = 1; t < Tokens.Count; t++)
        {
            if (!IsChar(t, '(') || Tokens[t].Kind != TokenKind.Operator)
            {
                continue;
            }

            var calleeStart = t - 1;
            if (calleeStart >= 1 && (Is(calleeStart - 1, "def") || Is(calleeStart - 1, "class")))
            {
                continue;
            }

            var name = CalleeName(t - 1) ?? IndirectCalleeName(t - 1);
            if (name is null)
            {
                continue;
            }

            Calls.Add(new Call(Resolve(name), t - 1, t, match[t] < 0 ? Tokens.Count - 1 : match[t], LineOfToken[t]));
        }
    }

    /// <summary>The dotted name of a callee ending at <paramref name="last"/>, or null when it is not a plain name chain.</summary>
    private string? CalleeName(int last)
    {
        if (Tokens[last].Kind != TokenKind.Name)
        {
            return null;
        }

        // The usual callee, a plain dotted name written without spaces (os.path.join), is its own source text.
        var first = last;
        while (first >= 2 && Is(first - 1, ".") && Tokens[first - 2].Kind == TokenKind.Name &&
            Tokens[first - 2].End == Tokens[first - 1].Start && Tokens[first - 1].End == Tokens[first].Start)
        {
            first -= 2;
        }

        if (first < 1 || !Is(first - 1, "."))
        {
            return Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);
        }

        var parts = new List<string> { TokenText(last).ToString() };
        var t = last - 1;
        while (t >= 1 && Is(t, "."))
        {
            if (Tokens[t - 1].Kind == TokenKind.Name)
            {
                parts.Add(TokenText(t - 1).ToString());
                t -= 2;
                continue;
            }

            // __import__('base64').b64decode(...) and importlib.import_module('os').system(...)
            if (Is(t - 1, ")") && match[t - 1] > 0)
            {
                var open = match[t - 1];
                if (open + 2 == t - 1 && Tokens[open + 1].Kind == TokenKind.String && open >= 1 &&
                    (Is(open - 1, "__import__") || Is(open - 1, "import_module")))
                {
                    parts.Add(StringValue(open + 1));
                    parts.Reverse();
                    return string.Join('.', parts);
                }

                if (open >= 1 && (Is(open - 1, "getattr") || Tokens[open - 1].Kind == TokenKind.Name))
                {
                    // A call's result: keep the method name alone (".read()", ".decode()").
                    parts.Add("()");
                }
            }
            else if (Tokens[t - 1].Kind == TokenKind.String)
            {
                parts.Add("str");
            }
            else if (Is(t - 1, "]"))
            {
                parts.Add("[]");
            }

            break;
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    /// <summary>Callees reached through a lookup: <c>__builtins__["exec"]</c>, <c>getattr(os, "system")</c>, <c>globals()["eval"]</c>.</summary>
    private string? IndirectCalleeName(int last)
    {
        var open = match[last];
        if (open <= 0)
        {
            return null;
        }

        if (Is(last, "]") && open + 2 == last && Tokens[open + 1].Kind == TokenKind.String)
        {
            var member = StringValue(open + 1);
            var baseName = Tokens[open - 1].Kind == TokenKind.Name ? TokenText(open - 1).ToString() : Is(open - 1, ")") ? "()" : null;
            return baseName is null ? null : baseName is "__builtins__" or "builtins" or "()" ? member : baseName + "." + member;
        }

        if (Is(last, ")") && Is(open - 1, "getattr"))
        {
            var comma = -1;
            for (var t = open + 1; t < last; t++)
            {
                if (Is(t, ","))
                {
                    comma = t;
                    break;
                }
            }

            if (comma > open + 1 && comma + 2 == last && Tokens[comma + 1].Kind == TokenKind.String)
            {
                var target = comma == open + 2 && Tokens[open + 1].Kind == TokenKind.Name ? TokenText(open + 1).ToString() : null;
                var member = StringValue(comma + 1);
                return target is null or "__builtins__" or "builtins" ? member : Resolve(target) + "." + member;
            }
        }

        return null;
    }

    /// <summary>Resolves the first part of a dotted name through the import aliases.</summary>
    public string Resolve(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? name.AsSpan() : name.AsSpan(0, dot);
        if (Aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var target))
        {
            return dot < 0 ? target : target + name[dot..];
        }

        return name;
    }

    private void ParseImport(int t, int end, string? unused)
    {
        _ = unused;
        while (t < end)
        {
            var (dotted, next) = ReadDotted(t, end);
            if (dotted.Length == 0)
            {
                return;
            }

            Imports.Add(dotted);
            t = next;
            if (Is(t, "as") && t + 1 < end)
            {
                Aliases[TokenText(t + 1).ToString()] = dotted;
                t += 2;
            }
            else
            {
                var top = dotted.Split('.')[0];
                Aliases.TryAdd(top, top);
            }

            if (!Is(t, ","))
            {
                return;
            }

            t++;
        }
    }

    private void ParseFromImport(int t, int end)
    {
        var module = new StringBuilder();
        while (t < end && (Is(t, ".") || Is(t, "...")))
        {
            module.Append(TokenText(t));
            t++;
        }

        var (dotted, next) = ReadDotted(t, end);
        module.Append(dotted);
        t = next;
        if (!Is(t, "import"))
        {
            return;
        }

        var moduleName = module.ToString();
        Imports.Add(moduleName);
        t++;
        while (t < end)
        {
            if (Is(t, "(") || Is(t, ")") || Is(t, ",") || Tokens[t].Kind is TokenKind.NonLogicalNewline or TokenKind.Comment)
            {
                t++;
                continue;
            }

            if (Tokens[t].Kind != TokenKind.Name)
            {
                return;
            }

            var name = TokenText(t).ToString();
            var local = name;
            t++;
            if (Is(t, "as") && t + 1 < end)
            {
                local = TokenText(t + 1).ToString();
                t += 2;
            }

            Aliases[local] = moduleName + "." + name;
        }
    }

    private (string Dotted, int Next) ReadDotted(int t, int end)
    {
        var builder = new StringBuilder();
        while (t < end && Tokens[t].Kind == TokenKind.Name)
        {
            builder.Append(TokenText(t));
            t++;
            if (t < end && Is(t, ".") && t + 1 < end && Tokens[t + 1].Kind == TokenKind.Name)
            {
                builder.Append('.');
                t++;
            }
            else
            {
                break;
            }
        }

        return (builder.ToString(), t);
    }

    /// <summary>Marks the functions that module-level code (or a function already marked) calls or hands to a thread or hook; safe to run again after marking more.</summary>
    internal void MarkFunctionsRunAtLoad()
    {
        if (Functions.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var f = 0; f < Functions.Count; f++)
        {
            if (!byName.TryGetValue(Functions[f].Name, out var list))
            {
                byName[Functions[f].Name] = list = [];
            }

            list.Add(f);
        }

        bool changed;
        var rounds = 0;
        do
        {
            changed = false;
            foreach (var call in Calls)
            {
                var caller = LineFunction[call.LineIndex];
                if (caller >= 0 && !Functions[caller].RunsAtLoad)
                {
                    continue;
                }

                // A plain name, "self.name" or "Class.name" calls the function of that name defined here.
                var name = call.Name;
                var dot = name.LastIndexOf('.');
                var local = dot < 0 || name.StartsWith("self.", StringComparison.Ordinal) || name.StartsWith("cls.", StringComparison.Ordinal);
                if (local && byNameSpan.TryGetValue(dot < 0 ? name : name.AsSpan(dot + 1), out var targets))
                {
                    foreach (var f in targets)
                    {
                        if (!Functions[f].RunsAtLoad)
                        {
                            Functions[f].RunsAtLoad = true;
                            changed = true;
                        }
                    }
                }

                // Callbacks handed to threads, timers and exit hooks at load run too: Thread(target=f), atexit.register(f).
                if (name.EndsWith("Thread", StringComparison.Ordinal) || name.EndsWith("Timer", StringComparison.Ordinal) || name.EndsWith("register", StringComparison.Ordinal) ||
                    name.EndsWith("Process", StringComparison.Ordinal) || name.EndsWith("start_new_thread", StringComparison.Ordinal) || name.EndsWith("submit", StringComparison.Ordinal))
                {
                    for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
                    {
                        // f, or self.f / cls.f (a method handed to a thread from an initialiser), or Worker().f (a fresh instance's method).
                        if (Tokens[t].Kind == TokenKind.Name && (!Is(t - 1, ".") || Is(t - 2, "self") || Is(t - 2, "cls") || Is(t - 2, ")")) && !Is(t + 1, "=") && byNameSpan.TryGetValue(TokenText(t), out var callbacks))
                        {
                            foreach (var f in callbacks)
                            {
                                if (!Functions[f].RunsAtLoad)
                                {
                                    Functions[f].RunsAtLoad = true;
                                    changed = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        while (changed && ++rounds < 50);
    }

    /// <summary>Decodes a string literal's value: prefix and quotes removed, escapes applied unless raw.</summary>
    internal static string DecodeString(string text, Token token)
    {
        var quote = Math.Max((int)token.QuoteLength, 1);
        var start = token.Start + token.PrefixLength + quote;
        var end = token.End - (token.Terminated ? quote : 0);
        if (end <= start)
        {
            return "";
        }

        var body = text.AsSpan(start, end - start);
        var prefix = text.AsSpan(token.Start, token.PrefixLength);
        if (prefix.ContainsAny('r', 'R') || !body.Contains('\\'))
        {
            return body.ToString();
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0' or '1' or '2' or '3' or '4' or '5' or '6' or '7':
                    {
                        var value = 0;
                        var digits = 0;
                        while (digits < 3 && i < body.Length && body[i] is >= '0' and <= '7')
                        {
                            value = (value * 8) + (body[i] - '0');
                            i++;
                            digits++;
                        }

                        i--;
                        builder.Append((char)value);
                        break;
                    }

                case 'x' when i + 2 < body.Length && int.TryParse(body.Slice(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex):
                    builder.Append((char)hex);
                    i += 2;
                    break;
                case 'u' when i + 4 < body.Length && int.TryParse(body.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var u):
                    builder.Append((char)u);
                    i += 4;
                    break;
                case '\n': break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\\' or '\'' or '"': builder.Append(e); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                default:
                    builder.Append('\\').Append(e);
                    break;
            }
        }

        return builder.ToString();
    }
}
