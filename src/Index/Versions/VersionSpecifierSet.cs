using System.Diagnostics.CodeAnalysis;

namespace Bonded.Index.Versions;

/// <summary>A comma-separated set of PEP 440 version specifiers, such as <c>&gt;=1.0,!=1.3.*,~=2.2</c> (a Requires-Python value).</summary>
public sealed class VersionSpecifierSet : IEquatable<VersionSpecifierSet>
{
    /// <summary>The longest specifier set accepted, in characters.</summary>
    public const int MaxLength = 1024;

    private VersionSpecifierSet(VersionSpecifier[] clauses) => Clauses = clauses;

    /// <summary>The set that every final release satisfies.</summary>
    public static VersionSpecifierSet Any { get; } = new([]);

    /// <summary>The clauses, in the order written.</summary>
    public IReadOnlyList<VersionSpecifier> Clauses { get; }

    /// <summary>Parses a specifier set (empty clauses between commas are ignored).</summary>
    /// <param name="value">The set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidSpecifierException">A clause is not valid.</exception>
    public static VersionSpecifierSet Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var set, out var error) ? set : throw new InvalidSpecifierException(error);
    }

    /// <summary>Tries to parse a specifier set.</summary>
    /// <param name="value">The set.</param>
    /// <param name="set">The set when valid.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out VersionSpecifierSet? set)
    {
        set = null;
        return value is not null && TryParse(value, out set, out _);
    }

    private static bool TryParse(string value, [NotNullWhen(true)] out VersionSpecifierSet? set, out string error)
    {
        set = null;
        if (value.Length > MaxLength)
        {
            error = $"The specifier set is longer than {MaxLength} characters.";
            return false;
        }

        var clauses = new List<VersionSpecifier>();
        foreach (var range in value.AsSpan().Split(','))
        {
            var part = value.AsSpan()[range];
            if (part.IsWhiteSpace())
            {
                continue;
            }

            if (!VersionSpecifier.TryParse(part, out var clause, out error))
            {
                return false;
            }

            clauses.Add(clause);
        }

        set = clauses.Count == 0 ? Any : new VersionSpecifierSet([.. clauses]);
        error = string.Empty;
        return true;
    }

    /// <summary>Whether the set by itself asks for pre-releases (a clause such as <c>&gt;=2.0b1</c>).</summary>
    public bool AllowsPreReleasesImplicitly => Clauses.Any(c => c.AllowsPreReleasesImplicitly);

    /// <summary>Whether a version satisfies every clause.</summary>
    /// <param name="version">The candidate.</param>
    /// <param name="allowPreReleases">Whether pre-releases may match; when false they still match if a clause names a pre-release.</param>
    /// <returns>Whether the version is in the set.</returns>
    public bool Contains(PythonVersion version, bool allowPreReleases)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsPreRelease && !allowPreReleases && !AllowsPreReleasesImplicitly)
        {
            return false;
        }

        foreach (var clause in Clauses)
        {
            if (!clause.IsSatisfiedBy(version))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a version string satisfies every clause; a string that is not a PEP 440 version can only satisfy <c>===</c> clauses.</summary>
    /// <param name="version">The candidate, as written.</param>
    /// <param name="allowPreReleases">Whether pre-releases may match.</param>
    /// <returns>Whether the version is in the set.</returns>
    public bool Contains(string version, bool allowPreReleases)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (PythonVersion.TryParse(version, out var parsed))
        {
            foreach (var clause in Clauses)
            {
                if (clause.Operator == SpecifierOperator.Arbitrary && !string.Equals(clause.Text, version.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return Contains(parsed, allowPreReleases);
        }

        return Clauses.Count > 0 && Clauses.All(c => c.Operator == SpecifierOperator.Arbitrary && string.Equals(c.Text, version.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The clauses in canonical form joined by commas, in the order written.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Join(',', Clauses);

    /// <inheritdoc/>
    public bool Equals(VersionSpecifierSet? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VersionSpecifierSet);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
