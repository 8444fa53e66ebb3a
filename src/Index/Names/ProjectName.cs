using System.Diagnostics.CodeAnalysis;

namespace Bonded.Index.Names;

/// <summary>A Python project name, valid per PEP 503 / PEP 508, compared on its normalized form.</summary>
/// <remarks>
/// A valid name is ASCII letters and digits, with <c>.</c>, <c>-</c> and <c>_</c> allowed inside but not at either end.
/// The normalized form lowercases the name and replaces every run of <c>.</c>, <c>-</c> and <c>_</c> with one <c>-</c>.
/// </remarks>
public sealed class ProjectName : IEquatable<ProjectName>, IComparable<ProjectName>
{
    /// <summary>The longest name accepted, in characters (far above any name on PyPI).</summary>
    public const int MaxLength = 512;

    private ProjectName(string value, string normalized)
    {
        Value = value;
        Normalized = normalized;
    }

    /// <summary>The name as it was written.</summary>
    public string Value { get; }

    /// <summary>The PEP 503 normalized name: lowercase, runs of <c>-_.</c> replaced by one <c>-</c>.</summary>
    public string Normalized { get; }

    /// <summary>The normalized name with <c>-</c> replaced by <c>_</c>, as wheel and sdist file names spell it.</summary>
    public string FileNameForm => Normalized.Replace('-', '_');

    /// <summary>Parses a project name.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidProjectNameException">The name is not a valid project name.</exception>
    public static ProjectName Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var name)
            ? name
            : throw new InvalidProjectNameException($"'{Printable(value)}' is not a valid project name (PEP 508: ASCII letters, digits, '.', '-', '_', starting and ending with a letter or digit).");
    }

    /// <summary>Tries to parse a project name.</summary>
    /// <param name="value">The name.</param>
    /// <param name="name">The name when valid.</param>
    /// <returns>Whether the name is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out ProjectName? name)
    {
        name = null;
        if (value is null || !IsValid(value))
        {
            return false;
        }

        name = new ProjectName(value, NormalizeValid(value));
        return true;
    }

    /// <summary>Whether a string is a valid project name.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength || !char.IsAsciiLetterOrDigit(value[0]) || !char.IsAsciiLetterOrDigit(value[^1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalizes a valid project name without allocating a <see cref="ProjectName"/>.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The normalized name.</returns>
    /// <exception cref="InvalidProjectNameException">The name is not valid.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsValid(value) ? NormalizeValid(value) : throw new InvalidProjectNameException($"'{Printable(value)}' is not a valid project name.");
    }

    private static string NormalizeValid(string value)
    {
        var needsWork = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterUpper(c) || c is '.' or '_' || (c == '-' && value[i - 1] == '-'))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return value;
        }

        return string.Create(CountNormalized(value), value, static (span, source) =>
        {
            var written = 0;
            var previousSeparator = false;
            foreach (var c in source)
            {
                if (c is '.' or '-' or '_')
                {
                    if (!previousSeparator)
                    {
                        span[written++] = '-';
                    }

                    previousSeparator = true;
                }
                else
                {
                    span[written++] = char.ToLowerInvariant(c);
                    previousSeparator = false;
                }
            }
        });
    }

    private static int CountNormalized(string value)
    {
        var count = 0;
        var previousSeparator = false;
        foreach (var c in value)
        {
            var separator = c is '.' or '-' or '_';
            if (!separator || !previousSeparator)
            {
                count++;
            }

            previousSeparator = separator;
        }

        return count;
    }

    internal static string Printable(string value)
    {
        var shown = value.Length > 80 ? value[..80] + "..." : value;
        return string.Create(shown.Length, shown, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) ? '?' : s[i];
            }
        });
    }

    /// <inheritdoc/>
    public bool Equals(ProjectName? other) => other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProjectName);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>Orders names by their normalized form, ordinally.</summary>
    /// <param name="other">The other name.</param>
    /// <returns>The ordinal comparison of the normalized names.</returns>
    public int CompareTo(ProjectName? other) => other is null ? 1 : string.CompareOrdinal(Normalized, other.Normalized);

    /// <summary>The name as written.</summary>
    /// <returns>The name as written.</returns>
    public override string ToString() => Value;

    /// <summary>Equality on the normalized form.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether they normalize to the same name.</returns>
    public static bool operator ==(ProjectName? left, ProjectName? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality on the normalized form.</summary>
    /// <param name="left">A name.</param>
    /// <param name="right">Another name.</param>
    /// <returns>Whether they normalize to different names.</returns>
    public static bool operator !=(ProjectName? left, ProjectName? right) => !(left == right);
}
