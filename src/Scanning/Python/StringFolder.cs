using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Bonded.Scanning.Python;

/// <summary>A value the folder computed: text (str, or bytes as Latin-1 characters), a number, or a sequence.</summary>
internal sealed class FoldValue
{
    public string? Text { get; init; }

    public bool IsBytes { get; init; }

    public long? Number { get; init; }

    public List<FoldValue>? Items { get; init; }

    public static FoldValue Of(string text, bool bytes = false) => new() { Text = text, IsBytes = bytes };

    public static FoldValue Of(long number) => new() { Number = number };

    /// <summary>The values one iterates: characters of a str, byte values of bytes, the items of a sequence.</summary>
    public IEnumerable<FoldValue>? Iterate()
    {
        if (Items is not null)
        {
            return Items;
        }

        if (Text is not null)
        {
            return IsBytes ? Text.Select(c => Of((long)c)) : Text.Select(c => Of(c.ToString()));
        }

        return null;
    }
}

/// <summary>
/// Evaluates Python expressions made only of constants to the string they build at run time: concatenation, joins,
/// <c>chr</c>/<c>map(chr, ...)</c>, <c>bytes(...)</c>, <c>bytes.fromhex</c>, XOR and arithmetic in generators, slices
/// (reversal), base64/hex/zlib/rot13 decoding, and module-level names bound to such constants. Unknown parts fail the
/// fold (strict) or become a placeholder (lenient), so a template like <c>"curl " + url + " | sh"</c> still reads as a command.
/// </summary>
internal sealed class StringFolder
{
    /// <summary>What an unknown part of a lenient fold becomes.</summary>
    public const char Placeholder = '\u2026';

    private const int MaxText = 1 << 20;
    private const int MaxSteps = 200_000;
    private const int MaxDepth = 12;

    private readonly PythonModule m;
    private Dictionary<string, (int Start, int End)>? constants;
    private readonly Dictionary<string, FoldValue> bound = new(StringComparer.Ordinal);
    private readonly HashSet<string> resolving = new(StringComparer.Ordinal);
    private const int MaxNesting = 64;
    private int steps;
    private int depth;
    private int nesting;
    private bool lenient;

    public StringFolder(PythonModule module) => m = module;

    // An f-string's replacement field is folded by a folder over the field's own text that looks names up in the module's.
    private StringFolder? parent;
    private int parentToken = -1;
    private int fieldDepth;
    private int stringToken = -1;

    /// <summary>Module-level names bound once, with their expressions; built on first use.</summary>
    private Dictionary<string, (int Start, int End)> Constants => constants ??= CollectConstants(m);

    private Dictionary<(string Name, int Function), (int Start, int End)>? localConstants;

    /// <summary>Names bound once inside a function (by plain assignment), by function: <c>tool = "wg" + "et"</c> in the function that runs it.</summary>
    private Dictionary<(string Name, int Function), (int Start, int End)> LocalConstants => localConstants ??= CollectLocalConstants(m);

    private static Dictionary<(string Name, int Function), (int Start, int End)> CollectLocalConstants(PythonModule module)
    {
        var constants = new Dictionary<(string, int), (int, int)>();
        var seen = new HashSet<(string, int)>();
        foreach (var (name, start, end, line) in module.Assignments)
        {
            var function = module.LineFunction[line];
            if (function < 0)
            {
                continue;
            }

            if (!seen.Add((name, function)))
            {
                constants.Remove((name, function));
                continue;
            }

            if (module.Tokens[module.Lines[line].FirstToken].Kind == TokenKind.Name && module.Is(module.Lines[line].FirstToken + 1, "="))
            {
                var trimmed = end;
                while (trimmed > start && module.Tokens[trimmed - 1].Kind is TokenKind.Newline or TokenKind.NonLogicalNewline or TokenKind.Comment)
                {
                    trimmed--;
                }

                constants[(name, function)] = (start, trimmed);
            }
        }

        return constants;
    }

    /// <summary>The expression a name is bound to: once in the function of <paramref name="token"/>, else once at module level.</summary>
    private bool TryConstant(string name, int token, out (int Start, int End) range)
    {
        var function = token >= 0 && token < m.Tokens.Count ? m.LineFunction[m.LineOfToken[token]] : -1;
        if (function >= 0 && m.Assignments.Count > 0 && LocalConstants.TryGetValue((name, function), out range) && range.Start < token)
        {
            return true;
        }

        return Constants.TryGetValue(name, out range);
    }

    private static Dictionary<string, (int Start, int End)> CollectConstants(PythonModule module)
    {
        var constants = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, start, end, line) in module.Assignments)
        {
            // Only names bound once, at module or class level, are constants.
            if (!seen.Add(name))
            {
                constants.Remove(name);
                continue;
            }

            if (module.LineFunction[line] < 0 && module.Tokens[module.Lines[line].FirstToken].Kind == TokenKind.Name && module.Is(module.Lines[line].FirstToken + 1, "="))
            {
                var trimmed = end;
                while (trimmed > start && module.Tokens[trimmed - 1].Kind is TokenKind.Newline or TokenKind.NonLogicalNewline or TokenKind.Comment)
                {
                    trimmed--;
                }

                constants[name] = (start, trimmed);
            }
        }

        return constants;
    }

    /// <summary>Whether the last fold went through an obfuscating step (chr, XOR, reversal, decoding, hex).</summary>
    public bool Obfuscated { get; private set; }

    /// <summary>Folds [start, end) to text, or null when any part is unknown (strict) or nothing is known (lenient).</summary>
    public string? Fold(int start, int end, bool lenient = false)
    {
        this.lenient = lenient;
        Obfuscated = false;
        steps = 0;
        depth = 0;
        nesting = 0;
        bound.Clear();
        resolving.Clear();
        end = Math.Min(end, m.Tokens.Count);
        while (end > start && m.Tokens[end - 1].Kind is TokenKind.Newline or TokenKind.NonLogicalNewline or TokenKind.Comment)
        {
            end--;
        }

        var t = Skip(start, end);
        try
        {
            var value = Conditional(ref t, end);
            t = Skip(t, end);
            if (value?.Text is null || t != end)
            {
                return null;
            }

            return value.Text;
        }
        catch (FoldException)
        {
            return null;
        }
    }

    private sealed class FoldException : Exception
    {
    }

    private void Step(int cost = 1)
    {
        steps += cost;
        if (steps > MaxSteps)
        {
            throw new FoldException();
        }
    }

    private int Skip(int t, int end)
    {
        while (t < end && m.Tokens[t].Kind is TokenKind.NonLogicalNewline or TokenKind.Comment)
        {
            t++;
        }

        return t;
    }

    private FoldValue? Unknown() => lenient ? FoldValue.Of(Placeholder.ToString()) : null;

    /// <summary>A whole expression; when lenient, <c>X if cond else Y</c> folds to X (the value the code builds when its condition holds).</summary>
    private FoldValue? Conditional(ref int t, int end)
    {
        var value = Expression(ref t, end);
        if (lenient && value is not null && Skip(t, end) is var next && next < end && m.Is(next, "if"))
        {
            t = end;
        }

        return value;
    }

    private FoldValue? Expression(ref int t, int end)
    {
        var left = Term(ref t, end);
        while (true)
        {
            t = Skip(t, end);
            if (t >= end || m.Tokens[t].Kind != TokenKind.Operator)
            {
                return left;
            }

            var op = m.TokenText(t).ToString();
            if (op is not ("+" or "^" or "-" or "*" or "%" or "|" or "&") && !(lenient && op == "/"))
            {
                return left;
            }

            t++;
            var right = Term(ref t, end);
            left = Combine(op, left, right);
            if (left is null)
            {
                return null;
            }
        }
    }

    private FoldValue? Combine(string op, FoldValue? left, FoldValue? right)
    {
        Step();
        if (left?.Number is { } a && right?.Number is { } b)
        {
            if (op is "^")
            {
                Obfuscated = true;
            }

            return op switch
            {
                "+" => FoldValue.Of(a + b),
                "-" => FoldValue.Of(a - b),
                "^" => FoldValue.Of(a ^ b),
                "*" => FoldValue.Of(a * b),
                "|" => FoldValue.Of(a | b),
                "&" => FoldValue.Of(a & b),
                _ => b == 0 ? null : FoldValue.Of(((a % b) + b) % b),
            };
        }

        if (op == "+" && left?.Text is { } x && right?.Text is { } y)
        {
            return Limit(FoldValue.Of(x + y, left.IsBytes));
        }

        if (op == "+" && left?.Items is { } l && right?.Items is { } r)
        {
            return new FoldValue { Items = [.. l, .. r] };
        }

        if (op == "%" && left?.Text is { } format && (right?.Text is not null || right?.Items is not null))
        {
            // "%s%s" % ("imp", "ort os"): printf-style formatting with constant arguments.
            var values = right.Items ?? [right];
            var builder = new StringBuilder();
            var next = 0;
            for (var i = 0; i < format.Length; i++)
            {
                if (format[i] == '%' && i + 1 < format.Length)
                {
                    var spec = format[++i];
                    if (spec == '%')
                    {
                        builder.Append('%');
                        continue;
                    }

                    if (spec is not ('s' or 'r' or 'd') || next >= values.Count)
                    {
                        return null;
                    }

                    var value = values[next++];
                    builder.Append(value.Text ?? value.Number?.ToString(CultureInfo.InvariantCulture) ?? throw new FoldException());
                    continue;
                }

                builder.Append(format[i]);
            }

            return Limit(FoldValue.Of(builder.ToString(), left.IsBytes));
        }

        if (op == "*" && left?.Text is { } s && right?.Number is { } n && n is >= 0 and < 4096 && s.Length * n <= MaxText)
        {
            return Limit(FoldValue.Of(string.Concat(Enumerable.Repeat(s, (int)n)), left.IsBytes));
        }

        if (lenient && op == "/")
        {
            // pathlib: Path.home() / ".ssh" / "authorized_keys".
            return Limit(FoldValue.Of((left?.Text ?? Placeholder.ToString()) + "/" + (right?.Text ?? Placeholder.ToString())));
        }

        if (lenient && op is "+" or "%")
        {
            // A template: what is known stays, the rest becomes the placeholder.
            var text = (left?.Text ?? Placeholder.ToString()) + (op == "%" ? "" : right?.Text ?? Placeholder.ToString());
            return Limit(FoldValue.Of(text));
        }

        return null;
    }

    private static FoldValue Limit(FoldValue value) => value.Text is { Length: > MaxText } ? throw new FoldException() : value;

    private FoldValue? Term(ref int t, int end)
    {
        // Deeply nested input must not exhaust the stack.
        if (++nesting > MaxNesting)
        {
            throw new FoldException();
        }

        try
        {
            return TermCore(ref t, end);
        }
        finally
        {
            nesting--;
        }
    }

    private FoldValue? TermCore(ref int t, int end)
    {
        t = Skip(t, end);
        if (t >= end)
        {
            return null;
        }

        if (m.Is(t, "-") && t + 1 < end && m.Tokens[t + 1].Kind == TokenKind.Number)
        {
            t++;
            var number = Primary(ref t, end);
            return number?.Number is { } n ? FoldValue.Of(-n) : null;
        }

        var value = Primary(ref t, end);
        return Postfix(value, ref t, end);
    }

    private FoldValue? Primary(ref int t, int end)
    {
        Step();
        var token = m.Tokens[t];
        switch (token.Kind)
        {
            case TokenKind.String:
                {
                    var builder = new StringBuilder();
                    var bytes = false;
                    while (t < end && m.Tokens[t].Kind is TokenKind.String or TokenKind.NonLogicalNewline)
                    {
                        if (m.Tokens[t].Kind == TokenKind.String)
                        {
                            var prefix = m.Text.AsSpan(m.Tokens[t].Start, m.Tokens[t].PrefixLength);
                            bytes |= prefix.ContainsAny('b', 'B');
                            var value = m.StringValue(t);
                            if (prefix.ContainsAny('f', 'F') && value.Contains('{', StringComparison.Ordinal))
                            {
                                stringToken = t;
                                var folded = FoldFString(value);
                                if (folded is null && !lenient)
                                {
                                    t++;
                                    return null;
                                }

                                value = folded ?? FString(value);
                            }

                            builder.Append(value);
                        }

                        t++;
                    }

                    return Limit(FoldValue.Of(builder.ToString(), bytes));
                }

            case TokenKind.Number:
                {
                    var text = m.TokenText(t).ToString().Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
                    t++;
                    long number;
                    var ok = text.StartsWith("0x", StringComparison.Ordinal) ? long.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out number)
                        : text.StartsWith("0o", StringComparison.Ordinal) ? TryParseBase(text[2..], 8, out number)
                        : text.StartsWith("0b", StringComparison.Ordinal) ? TryParseBase(text[2..], 2, out number)
                        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
                    return ok ? FoldValue.Of(number) : null;
                }

            case TokenKind.Name:
                {
                    var (dotted, next) = Dotted(t, end);
                    t = next;
                    if (t < end && m.Is(t, "("))
                    {
                        var close = m.Match(t);
                        if (close < 0 || close >= end)
                        {
                            throw new FoldException();
                        }

                        var result = CallBuiltin(m.Resolve(dotted), t + 1, close);
                        t = close + 1;
                        return result ?? Unknown();
                    }

                    if (!dotted.Contains('.', StringComparison.Ordinal))
                    {
                        if (bound.TryGetValue(dotted, out var local))
                        {
                            return local;
                        }

                        if (parent is not null && !Constants.ContainsKey(dotted))
                        {
                            return ParentName(dotted) ?? Unknown();
                        }

                        if (TryConstant(dotted, t - 1, out var range) && depth < MaxDepth && resolving.Add(dotted))
                        {
                            depth++;
                            var saved = Obfuscated;
                            var inner = range.Start;
                            var value = Conditional(ref inner, range.End);
                            inner = Skip(inner, range.End);
                            depth--;
                            resolving.Remove(dotted);
                            Obfuscated |= saved;
                            if (value is not null && inner == range.End)
                            {
                                return value;
                            }
                        }
                    }

                    return Unknown();
                }

            case TokenKind.Operator when m.Is(t, "(") || m.Is(t, "["):
                {
                    var close = m.Match(t);
                    if (close < 0 || close >= end)
                    {
                        throw new FoldException();
                    }

                    var isList = m.Is(t, "[");
                    var value = Sequence(t + 1, close, isList);
                    t = close + 1;
                    return value;
                }

            default:
                t++;
                return null;
        }
    }

    /// <summary>
    /// Folds an f-string's replacement fields ({'cu'}{'rl'}, {f'http://{host}'}, {name!s:>8}) with the module's constants;
    /// unknown fields become the placeholder when lenient; null when a field is unknown (strict) or the text is malformed.
    /// </summary>
    private string? FoldFString(string value)
    {
        if (fieldDepth >= 3)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '}' && i + 1 < value.Length && value[i + 1] == c)
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                builder.Append(c);
                continue;
            }

            var close = FieldEnd(value, i + 1, out var expressionEnd);
            if (close < 0)
            {
                return null;
            }

            Step(close - i);
            var field = FoldField(value[(i + 1)..expressionEnd]);
            if (field is null && !lenient)
            {
                return null;
            }

            builder.Append(field ?? Placeholder.ToString());
            Limit(builder.Length);
            i = close;
        }

        return builder.ToString();
    }

    /// <summary>The index of the '}' closing a field that starts at <paramref name="start"/>, and where its expression ends (before !conversion or :format).</summary>
    private static int FieldEnd(string value, int start, out int expressionEnd)
    {
        expressionEnd = -1;
        var level = 0;
        char quote = '\0';
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                level++;
            }
            else if (c is ')' or ']' || (c == '}' && level > 0))
            {
                level--;
            }
            else if (level == 0 && expressionEnd < 0 && ((c == '!' && i + 1 < value.Length && value[i + 1] != '=') || c == ':'))
            {
                expressionEnd = i;
            }
            else if (level == 0 && c == '}')
            {
                expressionEnd = expressionEnd < 0 ? i : expressionEnd;
                return i;
            }
        }

        return -1;
    }

    private string? FoldField(string expression)
    {
        expression = expression.Trim();
        if (expression.Length == 0 || expression.Length > 4096)
        {
            return null;
        }

        var module = PythonModule.Parse(expression);
        var child = new StringFolder(module) { parent = parent ?? this, parentToken = parent is null ? stringToken : parentToken, fieldDepth = fieldDepth + 1 };
        var value = child.Fold(0, module.Tokens.Count, lenient);
        steps += child.steps;
        Obfuscated |= child.Obfuscated;
        return value;
    }

    private void Limit(int length)
    {
        if (length > MaxText)
        {
            throw new FoldException();
        }
    }

    /// <summary>A name the module binds to a constant, folded by the module's folder (for f-string fields); null when unknown.</summary>
    private FoldValue? ParentName(string name)
    {
        if (parent is null || parent.depth >= MaxDepth || !parent.TryConstant(name, parentToken, out var range) || !parent.resolving.Add(name))
        {
            return null;
        }

        parent.depth++;
        var saved = parent.lenient;
        try
        {
            parent.lenient = lenient;
            var inner = range.Start;
            var value = parent.Conditional(ref inner, range.End);
            return parent.Skip(inner, range.End) == range.End ? value : null;
        }
        finally
        {
            parent.lenient = saved;
            parent.depth--;
            parent.resolving.Remove(name);
        }
    }

    private static string FString(string value)
    {
        var builder = new StringBuilder();
        var level = 0;
        foreach (var c in value)
        {
            if (c == '{')
            {
                if (level++ == 0)
                {
                    builder.Append(Placeholder);
                }
            }
            else if (c == '}')
            {
                level = Math.Max(0, level - 1);
            }
            else if (level == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool TryParseBase(string digits, int radix, out long value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var d = c - '0';
            if (d < 0 || d >= radix)
            {
                return false;
            }

            value = (value * radix) + d;
        }

        return digits.Length > 0;
    }

    private (string Dotted, int Next) Dotted(int t, int end)
    {
        var head = m.TokenText(t).ToString();
        t++;
        // A module chain (base64.b64decode, bytes.fromhex) keeps going; a value's method call (x.decode()) is a postfix.
        if (!(m.Aliases.ContainsKey(head) || head is "bytes" or "bytearray" or "str" or "codecs" or "base64" or "binascii" or "zlib" or "builtins"))
        {
            return (head, t);
        }

        var builder = new StringBuilder(head);
        while (t + 1 < end && m.Is(t, ".") && m.Tokens[t + 1].Kind == TokenKind.Name)
        {
            builder.Append('.').Append(m.TokenText(t + 1));
            t += 2;
        }

        return (builder.ToString(), t);
    }

    /// <summary>The elements of (...) or [...] between open+1 and close: a generator, a tuple or list, or one parenthesised expression.</summary>
    private FoldValue? Sequence(int start, int close, bool isList)
    {
        var forToken = TopLevel(start, close, "for");
        if (forToken >= 0)
        {
            return Generator(start, forToken, close);
        }

        var parts = SplitArgs(start, close);
        if (!isList && parts.Count == 1 && TopLevel(start, close, ",") < 0)
        {
            var t = parts[0].Start;
            var value = Expression(ref t, parts[0].End);
            return Skip(t, parts[0].End) == parts[0].End ? value : null;
        }

        var items = new List<FoldValue>();
        foreach (var (s, e) in parts)
        {
            var t = s;
            var value = Expression(ref t, e);
            if (value is null || Skip(t, e) != e)
            {
                return null;
            }

            items.Add(value);
        }

        return new FoldValue { Items = items };
    }

    private FoldValue? Generator(int start, int forToken, int close)
    {
        // element for NAME in iterable [if ...]
        if (forToken + 2 >= close || m.Tokens[forToken + 1].Kind != TokenKind.Name || !m.Is(forToken + 2, "in"))
        {
            return null;
        }

        var variable = m.TokenText(forToken + 1).ToString();
        var cond = TopLevel(forToken + 3, close, "if");
        var iterableEnd = cond >= 0 ? cond : close;
        var t = forToken + 3;
        var iterable = Expression(ref t, iterableEnd);
        var items = iterable?.Iterate();
        if (items is null || cond >= 0)
        {
            return null;
        }

        var results = new List<FoldValue>();
        var saved = bound.TryGetValue(variable, out var previous) ? previous : null;
        foreach (var item in items)
        {
            Step();
            bound[variable] = item;
            var e = start;
            var value = Expression(ref e, forToken);
            if (value is null || Skip(e, forToken) != forToken)
            {
                return null;
            }

            results.Add(value);
        }

        if (saved is null)
        {
            bound.Remove(variable);
        }
        else
        {
            bound[variable] = saved;
        }

        return new FoldValue { Items = results };
    }

    private int TopLevel(int start, int end, string token)
    {
        for (var t = start; t < end; t++)
        {
            if (m.Is(t, token))
            {
                return t;
            }

            if ((m.Is(t, "(") || m.Is(t, "[") || m.Is(t, "{")) && m.Match(t) > t)
            {
                t = m.Match(t);
            }
        }

        return -1;
    }

    private List<(int Start, int End)> SplitArgs(int start, int close)
    {
        var parts = new List<(int, int)>();
        var s = start;
        for (var t = start; t < close; t++)
        {
            if ((m.Is(t, "(") || m.Is(t, "[") || m.Is(t, "{")) && m.Match(t) > t)
            {
                t = m.Match(t);
            }
            else if (m.Is(t, ","))
            {
                parts.Add((s, t));
                s = t + 1;
            }
        }

        if (Skip(s, close) < close)
        {
            parts.Add((s, close));
        }

        return parts;
    }

    private List<FoldValue?> Arguments(int start, int close)
    {
        var values = new List<FoldValue?>();
        foreach (var (s, e) in SplitArgs(start, close))
        {
            var t = Skip(s, e);
            if (t + 1 < e && m.Tokens[t].Kind == TokenKind.Name && m.Is(t + 1, "="))
            {
                continue; // keyword arguments are not folded
            }

            if (TopLevel(s, e, "for") >= 0)
            {
                values.Add(Generator(s, TopLevel(s, e, "for"), e));
                continue;
            }

            var value = Expression(ref t, e);
            values.Add(value is not null && Skip(t, e) == e ? value : null);
        }

        return values;
    }

    private FoldValue? CallBuiltin(string name, int start, int close)
    {
        Step();
        var last = name[(name.LastIndexOf('.') + 1)..];
        if (name is "map" && SplitArgs(start, close) is [var function, var source])
        {
            var f = m.TokenText(Skip(function.Start, function.End)).ToString();
            var t = source.Start;
            var items = Expression(ref t, source.End)?.Iterate();
            if (items is null || f is not ("chr" or "ord" or "str"))
            {
                return null;
            }

            Obfuscated |= f == "chr";
            return new FoldValue { Items = items.Select(i => Apply(f, i)).ToList()! };
        }

        var args = Arguments(start, close);
        var first = args.Count > 0 ? args[0] : null;
        switch (name)
        {
            case "chr" or "unichr" when first?.Number is { } n:
                Obfuscated = true;
                return FoldValue.Of(Chr(n));
            case "ord" when first?.Text is { Length: 1 } c:
                return FoldValue.Of(c[0]);
            case "str" or "repr" when first?.Text is { } s:
                return FoldValue.Of(s);
            case "str" or "bytes" when first?.Text is { } s2 && args.Count >= 2:
                return FoldValue.Of(s2, name == "bytes");
            case "bytes" or "bytearray" when first?.Items is { } items:
                Obfuscated = true;
                return Limit(FoldValue.Of(new string(items.Select(i => (char)(i.Number ?? throw new FoldException())).ToArray()), bytes: true));
            case "list" or "tuple" or "reversed" or "sorted" when first?.Iterate() is { } sequence:
                if (name == "reversed")
                {
                    Obfuscated = true;
                }

                var list = sequence.ToList();
                if (name == "reversed")
                {
                    list.Reverse();
                }

                return new FoldValue { Items = list };
            case "bytes.fromhex" or "bytearray.fromhex" or "binascii.unhexlify" or "binascii.a2b_hex" or "codecs.decode" when first?.Text is { } hex && (name != "codecs.decode" || args.Count < 2 || args[1]?.Text is "hex"):
                Obfuscated = true;
                return FromHex(hex);
            case "codecs.decode" or "codecs.encode" when first?.Text is { } r && args.Count >= 2 && args[1]?.Text is "rot13" or "rot_13" or "rot-13":
                Obfuscated = true;
                return FoldValue.Of(Rot13(r));
            case "pathlib.Path" or "pathlib.PurePath" or "pathlib.PosixPath" or "os.path.join" or "posixpath.join" or "ntpath.join" when args.Count > 0 && args.All(a => a?.Text is not null):
                return Limit(FoldValue.Of(string.Join('/', args.Select(a => a!.Text))));
            case "zlib.decompress" when first?.Text is { } z:
                Obfuscated = true;
                return Inflate(z);
            default:
                break;
        }

        if (last is "b64decode" or "standard_b64decode" or "urlsafe_b64decode" or "decodebytes" or "decodestring" or "a2b_base64" && first?.Text is { } b64)
        {
            return DecodeBase64(last == "urlsafe_b64decode" ? b64.Replace('-', '+').Replace('_', '/') : b64);
        }

        if (last is "b32decode" && first?.Text is { } b32)
        {
            Obfuscated = true;
            return Base32(b32);
        }

        return null;
    }

    private static string Chr(long n) => n switch
    {
        >= 0 and < 0x10000 => ((char)n).ToString(),
        >= 0x10000 and < 0x110000 => char.ConvertFromUtf32((int)n),
        _ => throw new FoldException(),
    };

    private static FoldValue? Apply(string function, FoldValue item) => function switch
    {
        "chr" when item.Number is { } n => FoldValue.Of(Chr(n)),
        "ord" when item.Text is { Length: 1 } c => FoldValue.Of(c[0]),
        "str" when item.Text is { } s => FoldValue.Of(s),
        "str" when item.Number is { } n => FoldValue.Of(n.ToString(CultureInfo.InvariantCulture)),
        _ => throw new FoldException(),
    };

    private FoldValue? Postfix(FoldValue? value, ref int t, int end)
    {
        while (true)
        {
            t = Skip(t, end);
            if (t >= end)
            {
                return value;
            }

            if (m.Is(t, "["))
            {
                var close = m.Match(t);
                if (close < 0 || close >= end)
                {
                    throw new FoldException();
                }

                value = value is null ? null : Subscript(value, t + 1, close);
                t = close + 1;
                value ??= Unknown();
                continue;
            }

            if (m.Is(t, ".") && t + 2 < end && m.Tokens[t + 1].Kind == TokenKind.Name && m.Is(t + 2, "("))
            {
                var method = m.TokenText(t + 1).ToString();
                var close = m.Match(t + 2);
                if (close < 0 || close >= end)
                {
                    throw new FoldException();
                }

                value = value is null ? null : Method(value, method, t + 3, close);
                t = close + 1;
                value ??= Unknown();
                continue;
            }

            return value;
        }
    }

    private FoldValue? Subscript(FoldValue value, int start, int close)
    {
        Step();
        var colon = TopLevel(start, close, ":");
        if (colon < 0)
        {
            var t = start;
            var index = Expression(ref t, close)?.Number;
            var items = value.Iterate()?.ToList();
            if (index is not { } i || items is null)
            {
                return null;
            }

            i = i < 0 ? items.Count + i : i;
            return i >= 0 && i < items.Count ? items[(int)i] : null;
        }

        // [a:b:c] with constants.
        var bounds = new long?[3];
        var parts = new List<(int, int)>();
        var s = start;
        for (var t = start; t <= close; t++)
        {
            if (t == close || m.Is(t, ":"))
            {
                parts.Add((s, t));
                s = t + 1;
            }
        }

        if (parts.Count > 3)
        {
            return null;
        }

        for (var p = 0; p < parts.Count; p++)
        {
            var (ps, pe) = parts[p];
            if (ps < pe)
            {
                var t = ps;
                bounds[p] = Expression(ref t, pe)?.Number ?? throw new FoldException();
            }
        }

        var all = value.Text is not null ? value.Text.Select(c => FoldValue.Of(c.ToString())).ToList() : value.Items;
        if (all is null)
        {
            return null;
        }

        var step = bounds[2] ?? 1;
        if (step == 0)
        {
            return null;
        }

        var n = all.Count;
        long Norm(long v) => v < 0 ? Math.Max(v + n, step < 0 ? -1 : 0) : Math.Min(v, step < 0 ? n - 1 : n);
        var from = bounds[0] is { } b0 ? Norm(b0) : step > 0 ? 0 : n - 1;
        var to = bounds[1] is { } b1 ? Norm(b1) : step > 0 ? n : -1;
        var picked = new List<FoldValue>();
        for (var i = from; step > 0 ? i < to : i > to; i += step)
        {
            picked.Add(all[(int)i]);
        }

        if (step < 0)
        {
            Obfuscated = true;
        }

        return value.Text is not null ? FoldValue.Of(string.Concat(picked.Select(p => p.Text)), value.IsBytes) : new FoldValue { Items = picked };
    }

    private FoldValue? Method(FoldValue value, string method, int start, int close)
    {
        Step();
        if (method == "join" && value.Text is { } separator)
        {
            var args = Arguments(start, close);
            var items = args.Count == 1 ? args[0]?.Iterate() : null;
            if (items is null)
            {
                return null;
            }

            var parts = new List<string>();
            foreach (var item in items)
            {
                parts.Add(item.Text ?? (value.IsBytes && item.Number is { } n ? ((char)n).ToString() : throw new FoldException()));
            }

            return Limit(FoldValue.Of(string.Join(separator, parts), value.IsBytes));
        }

        if (value.Text is not { } text)
        {
            return null;
        }

        switch (method)
        {
            case "decode" or "encode":
                {
                    var args = Arguments(start, close);
                    var codec = args.Count > 0 ? args[0]?.Text?.ToLowerInvariant() : null;
                    if (codec is "rot13" or "rot_13" or "rot-13")
                    {
                        Obfuscated = true;
                        return FoldValue.Of(Rot13(text));
                    }

                    if (codec is "hex" && method == "decode")
                    {
                        Obfuscated = true;
                        return FromHex(text);
                    }

                    if (codec is "base64" && method == "decode")
                    {
                        return DecodeBase64(text);
                    }

                    // UTF-8 bytes to str: Latin-1 characters back to their code points.
                    if (method == "decode" && value.IsBytes && (codec is null or "utf-8" or "utf8" or "ascii" or "latin-1" or "latin1"))
                    {
                        var bytes = text.Select(c => c < 256 ? (byte)c : throw new FoldException()).ToArray();
                        return FoldValue.Of(codec is "latin-1" or "latin1" ? text : Encoding.UTF8.GetString(bytes));
                    }

                    return FoldValue.Of(method == "encode" ? Latin1(Encoding.UTF8.GetBytes(text)) : text, method == "encode");
                }

            case "replace":
                {
                    var args = Arguments(start, close);
                    return args.Count >= 2 && args[0]?.Text is { Length: > 0 } a && args[1]?.Text is { } b ? Limit(FoldValue.Of(text.Replace(a, b, StringComparison.Ordinal), value.IsBytes)) : null;
                }

            case "lower":
                return FoldValue.Of(text.ToLowerInvariant(), value.IsBytes);
            case "upper":
                return FoldValue.Of(text.ToUpperInvariant(), value.IsBytes);
            case "strip" or "lstrip" or "rstrip" when start == close:
                return FoldValue.Of(method == "strip" ? text.Trim() : method == "lstrip" ? text.TrimStart() : text.TrimEnd(), value.IsBytes);
            case "format":
                return lenient ? FoldValue.Of(FString(text)) : null;
            default:
                return null;
        }
    }

    private FoldValue? DecodeBase64(string text)
    {
        Obfuscated = true;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        compact = compact.PadRight(compact.Length + ((4 - (compact.Length % 4)) % 4), '=');
        var buffer = new byte[(compact.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(compact, buffer, out var written) ? FoldValue.Of(Latin1(buffer.AsSpan(0, written)), bytes: true) : null;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    private static FoldValue? FromHex(string hex)
    {
        var compact = new string(hex.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length % 2 != 0)
        {
            return null;
        }

        var bytes = new byte[compact.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!byte.TryParse(compact.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return FoldValue.Of(Latin1(bytes), bytes: true);
    }

    private static FoldValue? Inflate(string data)
    {
        try
        {
            var input = data.Select(c => c < 256 ? (byte)c : throw new FoldException()).ToArray();
            using var stream = new ZLibStream(new MemoryStream(input), CompressionMode.Decompress);
            var buffer = new byte[MaxText];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return FoldValue.Of(Latin1(buffer.AsSpan(0, total)), bytes: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static FoldValue? Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var v = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (v < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return FoldValue.Of(Latin1(output.ToArray()), bytes: true);
    }

    private static string Rot13(string text) => new(text.Select(c => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
        >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
        _ => c,
    }).ToArray());
}
