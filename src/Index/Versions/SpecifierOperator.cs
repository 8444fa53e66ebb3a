namespace Bonded.Index.Versions;

/// <summary>A PEP 440 version specifier operator.</summary>
public enum SpecifierOperator
{
    /// <summary><c>~=</c>: compatible release.</summary>
    Compatible,

    /// <summary><c>==</c>: version matching (with <c>.*</c>: prefix matching).</summary>
    Equal,

    /// <summary><c>!=</c>: version exclusion (with <c>.*</c>: prefix exclusion).</summary>
    NotEqual,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;</c>: exclusive, and excludes pre-releases of the given version.</summary>
    LessThan,

    /// <summary><c>&gt;</c>: exclusive, and excludes post-releases and local versions of the given version.</summary>
    GreaterThan,

    /// <summary><c>===</c>: arbitrary string equality.</summary>
    Arbitrary,
}
