using System.Diagnostics.CodeAnalysis;

namespace Bonded.Index.Versions;

/// <summary>One PEP 440 version specifier clause, such as <c>&gt;=1.0</c>, <c>!=1.3.*</c> or <c>~=2.2</c>.</summary>
public sealed class VersionSpecifier : IEquatable<VersionSpecifier>
{
    private VersionSpecifier(SpecifierOperator op, PythonVersion? version, bool wildcard, string text)
    {
        Operator = op;
        Version = version;
        IsPrefixMatch = wildcard;
        Text = text;
    }

    /// <summary>The operator.</summary>
    public SpecifierOperator Operator { get; }

    /// <summary>The version, null for <see cref="SpecifierOperator.Arbitrary"/> clauses.</summary>
    public PythonVersion? Version { get; }

    /// <summary>Whether the clause ends in <c>.*</c> (prefix matching).</summary>
    public bool IsPrefixMatch { get; }

    /// <summary>The version text after the operator: normalized, or exactly as written for <c>===</c>.</summary>
    public string Text { get; }

    /// <summary>Whether the clause by itself asks for pre-releases (an inclusive operator on a pre-release version).</summary>
    public bool AllowsPreReleasesImplicitly => Version is not null && Version.IsPreRelease && Operator is SpecifierOperator.Equal
        or SpecifierOperator.GreaterThanOrEqual or SpecifierOperator.LessThanOrEqual or SpecifierOperator.Compatible;

    /// <summary>Parses one clause.</summary>
    /// <param name="value">The clause.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidSpecifierException">The clause is not valid.</exception>
    public static VersionSpecifier Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value.AsSpan(), out var specifier, out var error) ? specifier : throw new InvalidSpecifierException(error);
    }

    /// <summary>Tries to parse one clause.</summary>
    /// <param name="value">The clause.</param>
    /// <param name="specifier">The clause when valid.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out VersionSpecifier? specifier)
    {
        specifier = null;
        return value is not null && TryParse(value.AsSpan(), out specifier, out _);
    }

    internal static bool TryParse(ReadOnlySpan<char> value, [NotNullWhen(true)] out VersionSpecifier? specifier, out string error)
    {
        specifier = null;
        var s = value.Trim();
        SpecifierOperator op;
        int length;
        if (s.StartsWith("===", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.Arbitrary, 3);
        }
        else if (s.StartsWith("~=", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.Compatible, 2);
        }
        else if (s.StartsWith("==", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.Equal, 2);
        }
        else if (s.StartsWith("!=", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.NotEqual, 2);
        }
        else if (s.StartsWith("<=", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.LessThanOrEqual, 2);
        }
        else if (s.StartsWith(">=", StringComparison.Ordinal))
        {
            (op, length) = (SpecifierOperator.GreaterThanOrEqual, 2);
        }
        else if (s.StartsWith('<'))
        {
            (op, length) = (SpecifierOperator.LessThan, 1);
        }
        else if (s.StartsWith('>'))
        {
            (op, length) = (SpecifierOperator.GreaterThan, 1);
        }
        else
        {
            error = $"'{Shown(s)}' does not start with a version specifier operator (~=, ==, !=, <=, >=, <, >, ===).";
            return false;
        }

        var rest = s[length..].Trim();
        if (op == SpecifierOperator.Arbitrary)
        {
            foreach (var c in rest)
            {
                if (char.IsWhiteSpace(c) || c == ',' || c == ';' || char.IsControl(c))
                {
                    error = $"'{Shown(s)}': an arbitrary equality (===) takes one string without spaces, commas or semicolons.";
                    return false;
                }
            }

            if (rest.IsEmpty)
            {
                error = "'===' needs a version string.";
                return false;
            }

            specifier = new VersionSpecifier(op, null, false, rest.ToString());
            error = string.Empty;
            return true;
        }

        var wildcard = rest.EndsWith(".*", StringComparison.Ordinal);
        var versionText = wildcard ? rest[..^2] : rest;
        if (!PythonVersion.TryParse(versionText, out var version) || versionText.Length != versionText.Trim().Length)
        {
            error = $"'{Shown(s)}' does not name a valid PEP 440 version.";
            return false;
        }

        if (wildcard && (op is not (SpecifierOperator.Equal or SpecifierOperator.NotEqual) || version.IsDevRelease || version.HasLocal))
        {
            error = $"'{Shown(s)}': a '.*' suffix is allowed only with == and != on a version without a dev or local segment.";
            return false;
        }

        if (version.HasLocal && op is not (SpecifierOperator.Equal or SpecifierOperator.NotEqual))
        {
            error = $"'{Shown(s)}': a local version label is allowed only with == and !=.";
            return false;
        }

        if (op == SpecifierOperator.Compatible && version.Release.Count < 2)
        {
            error = $"'{Shown(s)}': a compatible release clause (~=) needs at least two release components.";
            return false;
        }

        specifier = new VersionSpecifier(op, version, wildcard, wildcard ? version + ".*" : version.ToString());
        error = string.Empty;
        return true;
    }

    private static string Shown(ReadOnlySpan<char> s) => Names.ProjectName.Printable(s.Length > 100 ? s[..100].ToString() : s.ToString());

    /// <summary>Whether a version satisfies this clause (pre-release policy is the caller's, see <see cref="VersionSpecifierSet"/>).</summary>
    /// <param name="version">The candidate.</param>
    /// <returns>Whether the clause holds.</returns>
    public bool IsSatisfiedBy(PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Operator == SpecifierOperator.Arbitrary)
        {
            return string.Equals(version.ToString(), Text, StringComparison.OrdinalIgnoreCase);
        }

        var spec = Version!;
        switch (Operator)
        {
            case SpecifierOperator.Equal:
                return IsPrefixMatch ? PrefixMatches(version, spec, spec.ReleaseSpan.Length, true) : EqualsIgnoringLocal(version, spec);
            case SpecifierOperator.NotEqual:
                return !(IsPrefixMatch ? PrefixMatches(version, spec, spec.ReleaseSpan.Length, true) : EqualsIgnoringLocal(version, spec));
            case SpecifierOperator.LessThanOrEqual:
                return version.Public.CompareTo(spec) <= 0;
            case SpecifierOperator.GreaterThanOrEqual:
                return version.Public.CompareTo(spec) >= 0;
            case SpecifierOperator.Compatible:
                return version.Public.CompareTo(spec) >= 0 && PrefixMatches(version, spec, spec.ReleaseSpan.Length - 1, false);
            case SpecifierOperator.LessThan:
                if (version.CompareTo(spec) >= 0)
                {
                    return false;
                }

                return spec.IsPreRelease || !version.IsPreRelease || version.BaseVersion.CompareTo(spec.BaseVersion) != 0;
            case SpecifierOperator.GreaterThan:
                if (version.CompareTo(spec) <= 0)
                {
                    return false;
                }

                if (!spec.IsPostRelease && version.IsPostRelease && version.BaseVersion.CompareTo(spec.BaseVersion) == 0)
                {
                    return false;
                }

                return !version.HasLocal || version.BaseVersion.CompareTo(spec.BaseVersion) != 0;
            default:
                return false;
        }
    }

    private static bool EqualsIgnoringLocal(PythonVersion version, PythonVersion spec)
        => spec.HasLocal ? version.CompareTo(spec) == 0 : version.Public.CompareTo(spec) == 0;

    // Prefix matching: the candidate's release, padded with zeros, starts with the spec's first `releaseCount` components,
    // and (when `suffixes`) the spec's pre and post segments follow exactly.
    private static bool PrefixMatches(PythonVersion version, PythonVersion spec, int releaseCount, bool suffixes)
    {
        if (version.Epoch != spec.Epoch)
        {
            return false;
        }

        var candidate = version.ReleaseSpan;
        var prefix = spec.ReleaseSpan;
        for (var k = 0; k < releaseCount; k++)
        {
            if ((k < candidate.Length ? candidate[k] : 0) != prefix[k])
            {
                return false;
            }
        }

        if (!suffixes || (spec.PreReleaseKind == PreReleaseKind.None && !spec.IsPostRelease))
        {
            return true;
        }

        // A suffix in the prefix pins the candidate's release to exactly that length.
        if (candidate.Length > releaseCount)
        {
            return false;
        }

        if (spec.PreReleaseKind != PreReleaseKind.None
            && (version.PreReleaseKind != spec.PreReleaseKind || version.PreReleaseNumber != spec.PreReleaseNumber))
        {
            return false;
        }

        if (spec.IsPostRelease)
        {
            return version.PreReleaseKind == spec.PreReleaseKind
                && (spec.PreReleaseKind == PreReleaseKind.None || version.PreReleaseNumber == spec.PreReleaseNumber)
                && version.PostRelease == spec.PostRelease;
        }

        return true;
    }

    /// <summary>The operator and the version text, e.g. <c>&gt;=1.0</c>.</summary>
    /// <returns>The clause in canonical form.</returns>
    public override string ToString() => OperatorText(Operator) + Text;

    internal static string OperatorText(SpecifierOperator op) => op switch
    {
        SpecifierOperator.Compatible => "~=",
        SpecifierOperator.Equal => "==",
        SpecifierOperator.NotEqual => "!=",
        SpecifierOperator.LessThanOrEqual => "<=",
        SpecifierOperator.GreaterThanOrEqual => ">=",
        SpecifierOperator.LessThan => "<",
        SpecifierOperator.GreaterThan => ">",
        _ => "===",
    };

    /// <inheritdoc/>
    public bool Equals(VersionSpecifier? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VersionSpecifier);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
