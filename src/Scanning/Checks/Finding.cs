namespace Bonded.Scanning;

/// <summary>One thing a check found, with the evidence a moderator needs to judge it.</summary>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="checkId">The id of the check that found it.</param>
    /// <param name="severity">How grave it is.</param>
    /// <param name="confidence">How sure the check is.</param>
    /// <param name="message">What was found, in one sentence.</param>
    /// <param name="evidence">The excerpt that shows it (a line of code, a path, a header).</param>
    /// <param name="file">The file inside the archive, when the finding is about one.</param>
    /// <param name="line">The 1-based line in <paramref name="file"/>, when known.</param>
    /// <exception cref="ArgumentException">The check id or message is empty.</exception>
    public Finding(string checkId, Severity severity, Confidence confidence, string message, string evidence, string? file = null, int? line = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkId);
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentNullException.ThrowIfNull(evidence);
        CheckId = checkId;
        Severity = severity;
        Confidence = confidence;
        Message = message;
        Evidence = evidence;
        File = file;
        Line = line;
    }

    /// <summary>The id of the check that found it.</summary>
    public string CheckId { get; }

    /// <summary>The file inside the archive, when the finding is about one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; }

    /// <summary>The excerpt that shows what was found.</summary>
    public string Evidence { get; }

    /// <summary>How grave the finding is.</summary>
    public Severity Severity { get; }

    /// <summary>How sure the check is.</summary>
    public Confidence Confidence { get; }

    /// <summary>What was found, in one sentence.</summary>
    public string Message { get; }

    /// <summary>The SHA-256 (lower-case hex) of the file the finding is in, when known; the allowlist matches on it.</summary>
    public string? FileSha256 { get; init; }

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null && CheckId == other.CheckId && File == other.File && Line == other.Line &&
        Evidence == other.Evidence && Severity == other.Severity && Confidence == other.Confidence &&
        Message == other.Message && FileSha256 == other.FileSha256;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CheckId, File, Line, Evidence, Severity, Confidence, Message);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CheckId} [{Severity}/{Confidence}] {File}{(Line is { } l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}: {Message}");
}
