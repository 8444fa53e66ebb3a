namespace Bonded.Scanning.Checks;

/// <summary>The file name's project and version disagree with the metadata inside, or with the project the upload claims.</summary>
internal sealed class MetadataMismatchCheck : PackageCheck
{
    public override string Id => CheckIds.MetadataMismatch;

    public override string Description => "The distribution's file name, its metadata and the project it is uploaded to disagree on name or version.";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.Medium;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        var metadata = package.Metadata;
        if (metadata?.Name is not { Length: > 0 } name)
        {
            yield break;
        }

        var normalized = Names.Normalize(name);
        if (package.DeclaredProjectName is { Length: > 0 } declared && Names.Normalize(declared) != normalized)
        {
            yield return Create(Severity.Medium, Confidence.High, $"The metadata names project '{name}' but the upload is for '{declared}'.", $"Name: {name}", metadata.Path, null);
        }

        var (fileProject, fileVersion) = SplitFileName(package.FileName, package.Kind);
        if (fileProject is null)
        {
            yield break;
        }

        if (Names.Normalize(fileProject) != normalized && !Names.Normalize(fileProject + "-" + fileVersion).StartsWith(normalized, StringComparison.Ordinal))
        {
            yield return Create(Severity.Medium, Confidence.Medium, $"The file name says project '{fileProject}' but the metadata says '{name}'.", $"{package.FileName}; Name: {name}", metadata.Path, null);
        }
        else if (fileVersion is not null && metadata.Version is { Length: > 0 } version && Names.Normalize(fileProject) == normalized &&
            !string.Equals(NormalizeVersion(fileVersion), NormalizeVersion(version), StringComparison.Ordinal))
        {
            yield return Create(Severity.Low, Confidence.Medium, $"The file name says version '{fileVersion}' but the metadata says '{version}'.", $"{package.FileName}; Version: {version}", metadata.Path, null);
        }
    }

    private static string NormalizeVersion(string version) => version.Trim().ToLowerInvariant().Replace('_', '-').TrimStart('v');

    internal static (string? Project, string? Version) SplitFileName(string fileName, PackageKind kind)
    {
        var name = fileName;
        if (kind == PackageKind.Wheel)
        {
            var parts = name.Split('-');
            return parts.Length >= 5 ? (parts[0], parts[1]) : (null, null);
        }

        foreach (var extension in new[] { ".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".zip", ".tar" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^extension.Length];
                var dash = name.LastIndexOf('-');
                return dash > 0 ? (name[..dash], name[(dash + 1)..]) : (null, null);
            }
        }

        return (null, null);
    }
}
