namespace Bonded.Scanning.Checks;

/// <summary>The ids of the built-in checks and of the archive reader's findings.</summary>
internal static class CheckIds
{
    public const string ArchiveBomb = "archive-bomb";
    public const string ArchiveTraversal = "archive-traversal";
    public const string ArchiveLink = "archive-link";
    public const string ArchiveDuplicate = "archive-duplicate";
    public const string ArchiveMislabelled = "archive-mislabelled";
    public const string ArchiveMalformed = "archive-malformed";
    public const string ArchiveLimit = "archive-limit";
    public const string InstallTimeExecution = "install-time-execution";
    public const string DownloadExecute = "download-execute";
    public const string ObfuscatedExec = "obfuscated-exec";
    public const string CredentialExfiltration = "credential-exfiltration";
    public const string ExfiltrationEndpoint = "exfiltration-endpoint";
    public const string ReverseShell = "reverse-shell";
    public const string Persistence = "persistence";
    public const string PthAutoExec = "pth-autoexec";
    public const string NativeBinary = "native-binary";
    public const string HighEntropyBlob = "high-entropy-blob";
    public const string UnicodeTricks = "unicode-tricks";
    public const string Typosquatting = "typosquatting";
    public const string MetadataMismatch = "metadata-mismatch";
    public const string SpamDescription = "spam-description";
    public const string EmptyMetadata = "empty-metadata";
    public const string ReleaseDiff = "release-diff";
    public const string UrlDependency = "url-dependency";
    public const string ClipboardHijack = "clipboard-hijack";
}
