using System.Text;

namespace Bonded.Scanning;

/// <summary>Project-name helpers (PEP 503 normalisation) shared by the checks and the allowlist.</summary>
internal static class Names
{
    /// <summary>Lower-cases a project name and collapses runs of <c>-</c>, <c>_</c> and <c>.</c> to one <c>-</c>.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var lastWasSeparator = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (!lastWasSeparator)
                {
                    builder.Append('-');
                }

                lastWasSeparator = true;
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSeparator = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts a line to at most <paramref name="max"/> characters for evidence.</summary>
    public static string Excerpt(string text, int max = 200)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : string.Concat(trimmed.AsSpan(0, max), "…");
    }
}
