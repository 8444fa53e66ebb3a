using System.Text;
using Bonded.Index;
using Bonded.Index.Files;
using Bonded.Index.Metadata;
using Bonded.Index.Names;
using Bonded.Index.Versions;
using Microsoft.Extensions.Options;

namespace LocalIndex.Upload;

/// <summary>Name, version and metadata checks by Bonded.Index: PEP 503 names, PEP 440 versions, wheel/sdist names, core metadata read within the archive limits.</summary>
internal sealed class IndexDistributionInspector(IOptions<SimpleIndexOptions> options) : IDistributionInspector
{
    public string? Normalize(string projectName) => ProjectName.TryParse(projectName, out var name) ? name.Normalized : null;

    public string? NormalizeVersion(string version) => PythonVersion.TryParse(version, out var parsed) ? parsed.ToString() : null;

    public async Task<DistributionInfo> InspectAsync(string filename, string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
        byte[] raw;
        CoreMetadata metadata;
        try
        {
            (raw, metadata) = DistributionArchive.ReadMetadata(stream, filename, options.Value.ArchiveLimits);
        }
        catch (InvalidFileNameException e)
        {
            throw new UploadRejectedException(400, "Invalid distribution file name: " + e.Message);
        }
        catch (DistributionArchiveException e) when (e.Problem is ArchiveProblem.TooLarge or ArchiveProblem.TooManyEntries)
        {
            throw new UploadRejectedException(400, "Invalid distribution: the archive exceeds the size limits (archive bomb?): " + e.Message);
        }
        catch (DistributionArchiveException e)
        {
            throw new UploadRejectedException(400, "Invalid distribution: " + e.Message);
        }
        catch (CoreMetadataException e)
        {
            throw new UploadRejectedException(400, e.Field is null ? "Invalid metadata: " + e.Message : $"Invalid value for {e.Field}: {e.Message}");
        }
        catch (IndexException e)
        {
            throw new UploadRejectedException(400, "Invalid distribution: " + e.Message);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            throw new UploadRejectedException(400, "Invalid metadata: not valid UTF-8.");
        }

        var packageType = WheelFileName.TryParse(filename, out _) ? "bdist_wheel" : "sdist";
        return new DistributionInfo(metadata.Name.Value, metadata.Name.Normalized, metadata.Version.ToString(), packageType, text, metadata.RequiresPython?.ToString());
    }
}
