namespace Bonded.Tuf;

/// <summary>
/// Matches target paths against delegation path patterns as python-tuf does: the path and pattern must have the same
/// number of <c>/</c>-separated parts, and each part matches like POSIX <c>fnmatch</c> (<c>*</c>, <c>?</c>, <c>[seq]</c>, <c>[!seq]</c>).
/// </summary>
internal static class PathPattern
{
    public static bool Matches(string path, string pattern)
    {
        var pathParts = path.Split('/');
        var patternParts = pattern.Split('/');
        if (pathParts.Length != patternParts.Length)
        {
            return false;
        }

        for (var i = 0; i < pathParts.Length; i++)
        {
            if (!MatchPart(pathParts[i], 0, patternParts[i], 0))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchPart(string text, int t, string pattern, int p)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var k = t; k <= text.Length; k++)
                {
                    if (MatchPart(text, k, pattern, p))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length)
            {
                return false;
            }

            if (c == '?')
            {
                p++;
                t++;
                continue;
            }

            if (c == '[')
            {
                var close = FindClass(pattern, p);
                if (close < 0)
                {
                    // An unclosed '[' is a literal, as in fnmatch.
                    if (text[t] != '[')
                    {
                        return false;
                    }

                    p++;
                    t++;
                    continue;
                }

                if (!ClassMatches(pattern, p + 1, close, text[t]))
                {
                    return false;
                }

                p = close + 1;
                t++;
                continue;
            }

            if (c != text[t])
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }

    private static int FindClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '!')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i++;
        }

        return i < pattern.Length ? i : -1;
    }

    private static bool ClassMatches(string pattern, int start, int end, char c)
    {
        var negate = start < end && pattern[start] == '!';
        if (negate)
        {
            start++;
        }

        var matched = false;
        for (var i = start; i < end; i++)
        {
            if (i + 2 < end && pattern[i + 1] == '-')
            {
                if (c >= pattern[i] && c <= pattern[i + 2])
                {
                    matched = true;
                }

                i += 2;
            }
            else if (pattern[i] == c)
            {
                matched = true;
            }
        }

        return matched != negate;
    }
}
