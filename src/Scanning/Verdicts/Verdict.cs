namespace Bonded.Scanning;

/// <summary>The outcome of a scan, ordered by gravity (Warehouse's malware-check verdicts).</summary>
public enum Verdict
{
    /// <summary>Nothing found that needs a moderator.</summary>
    Benign,

    /// <summary>Something suspicious that a moderator should look at before the release is trusted.</summary>
    Indeterminate,

    /// <summary>Malicious behaviour found: the release should be quarantined.</summary>
    Threat,
}

/// <summary>How sure a finding or verdict is.</summary>
public enum Confidence
{
    /// <summary>A weak signal; often benign on its own.</summary>
    Low,

    /// <summary>Usually right, sometimes benign.</summary>
    Medium,

    /// <summary>Rarely wrong.</summary>
    High,
}

/// <summary>How grave a finding is when it is right.</summary>
public enum Severity
{
    /// <summary>Context for the moderator; never raises a verdict on its own.</summary>
    Info,

    /// <summary>Unusual but common in benign packages.</summary>
    Low,

    /// <summary>Suspicious; worth a look.</summary>
    Medium,

    /// <summary>Typical of malware.</summary>
    High,

    /// <summary>Malware behaviour with no benign explanation.</summary>
    Critical,
}
