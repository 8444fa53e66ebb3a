using System.Buffers;

namespace Bonded.Scanning.Python;

/// <summary>The kind of a Python token.</summary>
internal enum TokenKind : byte
{
    Name,
    Number,
    String,
    Operator,
    Comment,
    Newline,
    NonLogicalNewline,
}

/// <summary>One token: where it is in the source and, for strings, the length of its prefix and quotes.</summary>
/// <remarks>Laid out by the runtime (16 bytes rather than 20): a module holds one per word of source.</remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct Token(TokenKind Kind, int Start, int Length, int Line, byte PrefixLength = 0, byte QuoteLength = 0, bool Terminated = true)
{
    public int End => Start + Length;
}

/// <summary>A logical line: its tokens (end exclusive), its indentation and first physical line.</summary>
internal readonly record struct LogicalLine(int FirstToken, int EndToken, int Indent, int Line);

/// <summary>
/// A tokenizer for Python 2 and 3 source that never throws: every string prefix (r, u, b, f, t and their pairs,
/// Python 2's ur), single and triple quotes, escapes, f-strings with nested quotes and replacement fields (3.12),
/// comments, explicit and implicit line joining. Malformed input produces tokens anyway.
/// </summary>
internal static class PythonTokenizer
{
    // What ends or changes the scan of a string's body; everything else is skipped in vectorized steps.
    private static readonly SearchValues<char> SingleQuoted = SearchValues.Create("'\\\r\n");
    private static readonly SearchValues<char> DoubleQuoted = SearchValues.Create("\"\\\r\n");
    private static readonly SearchValues<char> SingleQuotedFormatted = SearchValues.Create("'\\\r\n{");
    private static readonly SearchValues<char> DoubleQuotedFormatted = SearchValues.Create("\"\\\r\n{");

    [ThreadStatic]
    private static Scratch<Token>? ScratchTokens;

    [ThreadStatic]
    private static Scratch<LogicalLine>? ScratchLines;

    public static (List<Token> Tokens, List<LogicalLine> Lines) Tokenize(string text)
    {
        // Tokens go into this thread's scratch buffers first; the lists returned get exactly what was found.
        var tokens = ScratchTokens ??= new Scratch<Token>(4096);
        var lines = ScratchLines ??= new Scratch<LogicalLine>(512);
        tokens.Count = 0;
        lines.Count = 0;
        var i = 0;
        var n = text.Length;
        var line = 1;
        var depth = 0;
        var atLineStart = true;
        var logicalStart = -1;
        var logicalIndent = 0;
        var logicalLine = 1;
        if (n > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        while (i < n)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (depth == 0 && logicalStart < 0)
                {
                    var column = 0;
                    while (i < n)
                    {
                        var w = text[i];
                        if (w == ' ')
                        {
                            column++;
                        }
                        else if (w == '\t')
                        {
                            column += 8 - (column % 8);
                        }
                        else if (w == '\f')
                        {
                            column = 0;
                        }
                        else
                        {
                            break;
                        }

                        i++;
                    }

                    logicalIndent = column;
                    logicalLine = line;
                    continue;
                }
            }

            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\f' or '\v':
                    i++;
                    continue;
                case '\r' or '\n':
                    {
                        var length = c == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                        if (depth == 0 && logicalStart >= 0)
                        {
                            tokens.Add(new Token(TokenKind.Newline, i, length, line));
                            lines.Add(new LogicalLine(logicalStart, tokens.Count, logicalIndent, logicalLine));
                            logicalStart = -1;
                        }
                        else
                        {
                            tokens.Add(new Token(TokenKind.NonLogicalNewline, i, length, line));
                        }

                        i += length;
                        line++;
                        atLineStart = true;
                        continue;
                    }

                case '#':
                    {
                        var end = text.AsSpan(i).IndexOfAny('\r', '\n');
                        end = end < 0 ? n : i + end;
                        tokens.Add(new Token(TokenKind.Comment, i, end - i, line));
                        i = end;
                        continue;
                    }

                case '\\' when i + 1 < n && (text[i + 1] == '\n' || text[i + 1] == '\r'):
                    i += text[i + 1] == '\r' && i + 2 < n && text[i + 2] == '\n' ? 3 : 2;
                    line++;
                    continue;
            }

            if (logicalStart < 0)
            {
                logicalStart = tokens.Count;
            }

            if (c == '\'' || c == '"')
            {
                var start = i;
                var startLine = line;
                var (quote, terminated) = ScanString(text, ref i, ref line, raw: false, formatted: false);
                tokens.Add(new Token(TokenKind.String, start, i - start, startLine, 0, (byte)quote, terminated));
                continue;
            }

            if (IsIdentifierStart(c))
            {
                var start = i;
                i++;
                while (i < n && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                if (i < n && (text[i] == '\'' || text[i] == '"') && i - start <= 3 && IsStringPrefix(text.AsSpan(start, i - start)))
                {
                    var prefix = text.AsSpan(start, i - start);
                    var raw = prefix.ContainsAny('r', 'R');
                    var formatted = prefix.ContainsAny("fFtT");
                    var startLine = line;
                    var (quote, terminated) = ScanString(text, ref i, ref line, raw, formatted);
                    tokens.Add(new Token(TokenKind.String, start, i - start, startLine, (byte)prefix.Length, (byte)quote, terminated));
                    continue;
                }

                tokens.Add(new Token(TokenKind.Name, start, i - start, line));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < n && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i;
                i++;
                while (i < n)
                {
                    var d = text[i];
                    if (char.IsAsciiLetterOrDigit(d) || d == '_' || d == '.')
                    {
                        i++;
                    }
                    else if ((d == '+' || d == '-') && (text[i - 1] == 'e' || text[i - 1] == 'E') && !IsHexNumber(text, start))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, start, i - start, line));
                continue;
            }

            // Operators: brackets track implicit line joining; two-character operators stay whole so '=' means assignment.
            var opLength = 1;
            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (i + 1 < n)
                    {
                        var next = text[i + 1];
                        if ((next == '=' && "=!<>+-*/%&|^:@".Contains(c, StringComparison.Ordinal)) ||
                            (c == '-' && next == '>') || (c == '*' && next == '*') || (c == '/' && next == '/') ||
                            (c == '<' && (next == '<' || next == '>')) || (c == '>' && next == '>'))
                        {
                            opLength = 2;
                            if (i + 2 < n && text[i + 2] == '=' && (c == '*' || c == '/' || c == '<' || c == '>') && next != '=')
                            {
                                opLength = 3;
                            }
                        }
                        else if (c == '.' && next == '.' && i + 2 < n && text[i + 2] == '.')
                        {
                            opLength = 3;
                        }
                    }

                    break;
            }

            tokens.Add(new Token(TokenKind.Operator, i, opLength, line));
            i += opLength;
        }

        if (logicalStart >= 0)
        {
            lines.Add(new LogicalLine(logicalStart, tokens.Count, logicalIndent, logicalLine));
        }

        return (tokens.ToList(), lines.ToList());
    }

    /// <summary>Scans a string starting at its opening quote; returns the quote length and whether it was closed.</summary>
    private static (int Quote, bool Terminated) ScanString(string text, ref int i, ref int line, bool raw, bool formatted)
    {
        var n = text.Length;
        var q = text[i];
        var triple = i + 2 < n && text[i + 1] == q && text[i + 2] == q;
        var quoteLength = triple ? 3 : 1;
        i += quoteLength;
        var stops = (q, formatted) switch
        {
            ('\'', false) => SingleQuoted,
            ('\'', true) => SingleQuotedFormatted,
            (_, false) => DoubleQuoted,
            _ => DoubleQuotedFormatted,
        };
        while (i < n)
        {
            var skip = text.AsSpan(i).IndexOfAny(stops);
            if (skip < 0)
            {
                i = n;
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\\')
            {
                // Even in raw strings a backslash keeps the next quote from closing the string.
                if (i + 1 < n)
                {
                    var next = text[i + 1];
                    if (next == '\n')
                    {
                        line++;
                    }
                    else if (next == '\r')
                    {
                        line++;
                        if (i + 2 < n && text[i + 2] == '\n')
                        {
                            i++;
                        }
                    }
                }

                i += 2;
                continue;
            }

            if (c == q)
            {
                if (!triple)
                {
                    i++;
                    return (quoteLength, true);
                }

                if (i + 2 < n && text[i + 1] == q && text[i + 2] == q)
                {
                    i += 3;
                    return (quoteLength, true);
                }

                i++;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                if (!triple)
                {
                    return (quoteLength, false);
                }

                line++;
                if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                continue;
            }

            if (formatted && c == '{')
            {
                if (i + 1 < n && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                i++;
                ScanReplacementField(text, ref i, ref line);
                continue;
            }

            i++;
        }

        _ = raw;
        i = Math.Min(i, n); // a backslash at the very end must not step past the text
        return (quoteLength, false);
    }

    /// <summary>Skips an f-string replacement field up to its closing brace: nested brackets, strings and format specs.</summary>
    private static void ScanReplacementField(string text, ref int i, ref int line)
    {
        var n = text.Length;
        var depth = 0;
        var inSpec = false;
        while (i < n)
        {
            var c = text[i];
            if (inSpec)
            {
                if (c == '{')
                {
                    i++;
                    ScanReplacementField(text, ref i, ref line);
                    continue;
                }

                if (c == '}')
                {
                    i++;
                    return;
                }

                if (c == '\n')
                {
                    line++;
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    i++;
                    continue;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    continue;
                case '}':
                    i++;
                    if (depth == 0)
                    {
                        return;
                    }

                    depth--;
                    continue;
                case ':' when depth == 0:
                    inSpec = true;
                    i++;
                    continue;
                case '\'' or '"':
                    ScanString(text, ref i, ref line, raw: false, formatted: false);
                    continue;
                case '\n':
                    line++;
                    i++;
                    continue;
                case '#':
                    {
                        var end = text.AsSpan(i).IndexOfAny('\r', '\n');
                        i = end < 0 ? n : i + end;
                        continue;
                    }
            }

            if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < n && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                if (i < n && (text[i] == '\'' || text[i] == '"') && i - start <= 3 && IsStringPrefix(text.AsSpan(start, i - start)))
                {
                    var prefix = text.AsSpan(start, i - start);
                    ScanString(text, ref i, ref line, prefix.ContainsAny('r', 'R'), prefix.ContainsAny("fFtT"));
                }

                continue;
            }

            if (c == '!' && i + 1 < n && text[i + 1] != '=' && depth == 0)
            {
                i++;
                continue;
            }

            i++;
        }
    }

    private static bool IsHexNumber(string text, int start) =>
        start + 1 < text.Length && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X');

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 127 && !char.IsWhiteSpace(c) && c != '\uFEFF');

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && !char.IsWhiteSpace(c) && c != '\uFEFF');

    /// <summary>Whether <paramref name="prefix"/> is a string prefix of Python 2 or 3 (any case): r u b f t br rb fr rf tr rt ur.</summary>
    public static bool IsStringPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length is 0 or > 2)
        {
            return false;
        }

        var a = char.ToLowerInvariant(prefix[0]);
        if (prefix.Length == 1)
        {
            return a is 'r' or 'u' or 'b' or 'f' or 't';
        }

        var b = char.ToLowerInvariant(prefix[1]);
        return (a, b) is ('b', 'r') or ('r', 'b') or ('f', 'r') or ('r', 'f') or ('t', 'r') or ('r', 't') or ('u', 'r');
    }

    /// <summary>A growable buffer reused by one thread's tokenizations (kept only while it stays small).</summary>
    private sealed class Scratch<T>(int capacity)
    {
        private const int KeptCapacity = 1 << 18;
        private T[] items = new T[capacity];

        public int Count { get; set; }

        public void Add(T item)
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            items[Count++] = item;
        }

        /// <summary>A list of exactly the items added; a buffer that grew past the kept size is let go.</summary>
        public List<T> ToList()
        {
            var list = new List<T>(Count);
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, Count);
            items.AsSpan(0, Count).CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
            if (items.Length > KeptCapacity)
            {
                items = new T[KeptCapacity / 16];
            }

            return list;
        }
    }
}
