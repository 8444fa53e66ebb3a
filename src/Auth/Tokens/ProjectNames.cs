namespace Bonded.Auth.Tokens;

/// <summary>PEP 503 name normalization (lower case, runs of '-', '_' and '.' become one '-'), without regex.</summary>
internal static class ProjectNames
{
    public static string Normalize(string name)
    {
        if (IsNormalized(name))
        {
            return name;
        }

        return string.Create(CountNormalized(name), name, static (span, source) =>
        {
            var n = 0;
            var inRun = false;
            foreach (var c in source)
            {
                if (c is '-' or '_' or '.')
                {
                    if (!inRun)
                    {
                        span[n++] = '-';
                        inRun = true;
                    }
                }
                else
                {
                    span[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : char.ToLowerInvariant(c);
                    inRun = false;
                }
            }
        });
    }

    private static int CountNormalized(string name)
    {
        var count = 0;
        var inRun = false;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.')
            {
                count += inRun ? 0 : 1;
                inRun = true;
            }
            else
            {
                count++;
                inRun = false;
            }
        }

        return count;
    }

    private static bool IsNormalized(string name)
    {
        var previousDash = false;
        foreach (var c in name)
        {
            if (c is '_' or '.' || (c is >= 'A' and <= 'Z') || c > 0x7F || (c == '-' && previousDash))
            {
                return false;
            }

            previousDash = c == '-';
        }

        return true;
    }
}
