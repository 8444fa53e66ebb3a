namespace LocalIndex.Upload;

/// <summary>What an uploaded file says about itself: its name, version and core metadata.</summary>
internal sealed record DistributionInfo(
    string ProjectName,
    string NormalizedName,
    string Version,
    string PackageType,
    string MetadataText,
    string? RequiresPython);

/// <summary>Why an upload is refused: the HTTP status and the reason phrase twine prints.</summary>
internal sealed class UploadRejectedException(int status, string reason) : Exception(reason)
{
    public int Status { get; } = status;

    public string Reason { get; } = reason;
}

/// <summary>Reads name, version and metadata from a wheel or sdist and checks that they agree with its file name.</summary>
internal interface IDistributionInspector
{
    /// <summary>Validates a project name (PEP 508 form) and returns its PEP 503 normalized form, or null when invalid.</summary>
    string? Normalize(string projectName);

    /// <summary>The PEP 440 normalized form of a version, or null when invalid.</summary>
    string? NormalizeVersion(string version);

    /// <summary>Inspects a staged file; throws <see cref="UploadRejectedException"/> with a clear reason when it is not acceptable.</summary>
    Task<DistributionInfo> InspectAsync(string filename, string path, CancellationToken cancellationToken);
}
