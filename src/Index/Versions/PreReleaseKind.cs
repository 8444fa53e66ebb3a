namespace Bonded.Index.Versions;

/// <summary>The kind of a PEP 440 pre-release segment, in their sort order.</summary>
public enum PreReleaseKind
{
    /// <summary>No pre-release segment.</summary>
    None = 0,

    /// <summary>Alpha (<c>a</c>; also spelled <c>alpha</c>).</summary>
    Alpha = 1,

    /// <summary>Beta (<c>b</c>; also spelled <c>beta</c>).</summary>
    Beta = 2,

    /// <summary>Release candidate (<c>rc</c>; also spelled <c>c</c>, <c>pre</c>, <c>preview</c>).</summary>
    ReleaseCandidate = 3,
}
