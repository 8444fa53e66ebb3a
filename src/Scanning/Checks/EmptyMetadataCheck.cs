namespace Bonded.Scanning.Checks;

/// <summary>Missing or empty metadata: no summary, description, author or project URL (typical of throw-away malicious uploads).</summary>
internal sealed class EmptyMetadataCheck : PackageCheck
{
    public override string Id => CheckIds.EmptyMetadata;

    public override string Description => "The metadata is missing or empty: no summary, description, author or project URL.";

    public override Severity Severity => Severity.Low;

    public override Confidence Confidence => Confidence.Medium;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        if (package.Kind == PackageKind.Unknown)
        {
            yield break;
        }

        var metadata = package.Metadata;
        if (metadata is null)
        {
            yield return Create(Severity.Low, Confidence.Medium, $"The {(package.Kind == PackageKind.Wheel ? "wheel has no METADATA" : "sdist has no PKG-INFO")}.", package.FileName, null, null);
            yield break;
        }

        var missing = new List<string>();
        if (IsEmpty(metadata.Summary))
        {
            missing.Add("summary");
        }

        if (IsEmpty(metadata.Description) || metadata.Description.Trim() == metadata.Summary?.Trim())
        {
            missing.Add("description");
        }

        if (IsEmpty(metadata.Get("Author")) && IsEmpty(metadata.Get("Author-email")) && IsEmpty(metadata.Get("Maintainer")) && IsEmpty(metadata.Get("Maintainer-email")))
        {
            missing.Add("author");
        }

        if (IsEmpty(metadata.Get("Home-page")) && IsEmpty(metadata.Get("Project-URL")) && IsEmpty(metadata.Get("Download-URL")))
        {
            missing.Add("project URL");
        }

        if (missing.Count >= 3)
        {
            yield return Create(Severity.Low, missing.Count == 4 ? Confidence.Medium : Confidence.Low, $"The metadata has no {string.Join(", ", missing)}.", $"Name: {metadata.Name}; Summary: {metadata.Summary}", metadata.Path, null);
        }
    }

    private static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value) || value.Trim() is "UNKNOWN" or "None" or "-" or ".";
}
