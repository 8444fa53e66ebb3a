using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalIndex.Accounts;

/// <summary>Rules for user names and project names given on the command line or in forms.</summary>
internal static partial class AccountNames
{
    public static bool IsValidUsername(string username) => UsernamePattern().IsMatch(username);

    /// <summary>PEP 503 normalization of a valid project name, or null.</summary>
    public static string? NormalizeProject(string name)
        => ProjectPattern().IsMatch(name) ? Separators().Replace(name, "-").ToLowerInvariant() : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]{0,198}[A-Za-z0-9])$")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex("[-_.]+")]
    private static partial Regex Separators();
}

/// <summary>Durations as people type them: <c>30d</c>, <c>12h</c>, <c>90m</c>, <c>45s</c>, or a .NET TimeSpan.</summary>
internal static class Durations
{
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length >= 2 && long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100_000)
        {
            switch (text[^1])
            {
                case 'd':
                    return TimeSpan.FromDays(n);
                case 'h':
                    return TimeSpan.FromHours(n);
                case 'm':
                    return TimeSpan.FromMinutes(n);
                case 's':
                    return TimeSpan.FromSeconds(n);
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new ArgumentException($"'{text}' is not a duration (use 30d, 12h, 90m or 45s).");
    }
}
