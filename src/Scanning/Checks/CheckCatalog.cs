namespace Bonded.Scanning.Checks;

/// <summary>The built-in checks, and descriptions for every id a report can carry (the archive reader's too).</summary>
internal static class CheckCatalog
{
    private static readonly Dictionary<string, string> ArchiveDescriptions = new(StringComparer.Ordinal)
    {
        [CheckIds.ArchiveBomb] = "The archive decompresses far beyond its size or its entries overlap (a decompression or zip bomb).",
        [CheckIds.ArchiveTraversal] = "An entry's path is absolute or climbs out with '..' (path traversal on extraction).",
        [CheckIds.ArchiveLink] = "The archive holds symbolic or hard links (outside the archive: an attack).",
        [CheckIds.ArchiveDuplicate] = "Two entries share a name, so different tools see different files.",
        [CheckIds.ArchiveMislabelled] = "The file's extension and its real format disagree (a .tar.gz that is a zip).",
        [CheckIds.ArchiveMalformed] = "The archive is damaged, not an archive, or holds entries a distribution never needs.",
        [CheckIds.ArchiveLimit] = "Reading stopped at a limit (size, entries, nesting or time): part of the package was not scanned.",
    };

    public static IReadOnlyList<IPackageCheck> CreateDefaults() =>
    [
        new InstallTimeExecutionCheck(),
        new DownloadExecuteCheck(),
        new ObfuscatedExecCheck(),
        new CredentialExfiltrationCheck(),
        new ExfiltrationEndpointCheck(),
        new ReverseShellCheck(),
        new ClipboardHijackCheck(),
        new PersistenceCheck(),
        new PthAutoExecCheck(),
        new NativeBinaryCheck(),
        new HighEntropyBlobCheck(),
        new UnicodeTricksCheck(),
        new TyposquattingCheck(),
        new MetadataMismatchCheck(),
        new SpamDescriptionCheck(),
        new EmptyMetadataCheck(),
        new UrlDependencyCheck(),
        new ReleaseDiffCheck(),
    ];

    private static readonly Lazy<Dictionary<string, string>> Descriptions = new(() =>
    {
        var all = new Dictionary<string, string>(ArchiveDescriptions, StringComparer.Ordinal);
        foreach (var check in CreateDefaults())
        {
            all[check.Id] = check.Description;
        }

        return all;
    });

    public static string Describe(string id) => Descriptions.Value.TryGetValue(id, out var description) ? description : id;
}
