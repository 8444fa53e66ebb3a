using System.Security.Cryptography;
using Bonded.Scanning.Archives;
using Bonded.Scanning.Checks;
using Bonded.Scanning.Verdicts;

namespace Bonded.Scanning;

/// <summary>
/// Scans Python distributions (wheels, sdists) for malicious behaviour: reads the archive safely within
/// <see cref="ArchiveLimits"/>, runs every <see cref="IPackageCheck"/>, and combines the findings into a verdict.
/// Thread-safe; one instance serves any number of scans.
/// </summary>
public sealed class PackageScanner
{
    private readonly ScanOptions options;
    private readonly IReadOnlyList<IPackageCheck> checks;
    private readonly TimeProvider time;

    /// <summary>Creates a scanner.</summary>
    /// <param name="options">Limits, weights and allowlist; defaults when null.</param>
    /// <param name="checks">The checks to run; the built-in ones when null.</param>
    /// <param name="time">The clock for time limits; the system clock when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PackageScanner(ScanOptions? options = null, IEnumerable<IPackageCheck>? checks = null, TimeProvider? time = null)
    {
        this.options = options ?? new ScanOptions();
        var errors = this.options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid scan options: " + string.Join(" ", errors), nameof(options));
        }

        this.checks = (checks ?? CheckCatalog.CreateDefaults()).Where(c => !this.options.DisabledChecks.Contains(c.Id)).ToList();
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The checks this scanner runs.</summary>
    public IReadOnlyList<IPackageCheck> Checks => checks;

    /// <summary>Scans a distribution from a stream (read once; never written to disk).</summary>
    /// <param name="archive">The distribution's bytes.</param>
    /// <param name="fileName">Its file name (for the format and the name checks).</param>
    /// <param name="context">The claimed project and previous release, when known.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The report; problems with the archive are findings in it.</returns>
    public async Task<ScanReport> ScanAsync(Stream archive, string fileName, ScanContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(fileName);
        var source = archive;
        if (!archive.CanSeek)
        {
            // Buffer a network stream (bounded) so that zip central directories can be read.
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await archive.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0 && buffer.Length <= options.Limits.MaxArchiveBytes)
            {
                buffer.Write(chunk, 0, n);
            }

            buffer.Position = 0;
            source = buffer;
        }

        var previous = await LoadPreviousAsync(context, cancellationToken).ConfigureAwait(false);
        return Scan(source, fileName, context, previous, cancellationToken);
    }

    /// <summary>Scans a distribution on disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="context">The claimed project and previous release, when known.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<ScanReport> ScanFileAsync(string path, ScanContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var previous = await LoadPreviousAsync(context, cancellationToken).ConfigureAwait(false);
            return Scan(stream, path, context, previous, cancellationToken);
        }
    }

    private async Task<ScannedPackage?> LoadPreviousAsync(ScanContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return null;
        }

        if (context.PreviousRelease is { } bytes)
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            return Read(stream, context.PreviousReleaseFileName ?? "previous", null, cancellationToken).Package;
        }

        if (context.PreviousReleasePath is { } path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                return Read(stream, path, null, cancellationToken).Package;
            }
        }

        return null;
    }

    private (ScannedPackage Package, List<Finding> Findings, string Sha256) Read(Stream stream, string fileName, string? project, CancellationToken cancellationToken, ContentArena? arena = null)
    {
        string sha256;
        if (stream.CanSeek)
        {
            var start = stream.Position;
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
            stream.Position = start;
        }
        else
        {
            sha256 = "";
        }

        var reader = new ArchiveReader(options.Limits, PackageReader.Retain, cancellationToken, arena);
        var read = reader.Read(stream, Path.GetFileName(fileName));
        return (PackageReader.Build(Path.GetFileName(fileName), read, project, arena), read.Findings, sha256);
    }

    private ScanReport Scan(Stream stream, string fileName, ScanContext? context, ScannedPackage? previous, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(options.Limits.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        // The scanned package's content lives in pooled memory until its findings are made; the previous release keeps arrays of its own.
        using var arena = new ContentArena();
        var findings = new List<Finding>();
        ScannedPackage? package = null;
        var sha256 = "";
        try
        {
            var read = Read(stream, fileName, context?.ProjectName, linked.Token, arena);
            package = read.Package;
            package.Previous = previous;
            sha256 = read.Sha256;
            findings.AddRange(read.Findings);
            foreach (var check in checks)
            {
                linked.Token.ThrowIfCancellationRequested();
                foreach (var finding in check.Check(package, linked.Token))
                {
                    findings.Add(finding.FileSha256 is null && finding.File is not null ? WithHash(finding, package) : finding);
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            findings.Add(new Finding(CheckIds.ArchiveLimit, Severity.Medium, Confidence.High, $"The scan took longer than the time limit of {options.Limits.Timeout.TotalSeconds:0.#} s and stopped; what it found so far is reported.", fileName));
        }

        var counted = new List<Finding>(findings.Count);
        var suppressed = new List<Finding>();
        var project = package?.Metadata?.Name ?? context?.ProjectName;
        foreach (var finding in findings)
        {
            (options.Allowlist.Any(entry => entry.Matches(finding, project, sha256)) ? suppressed : counted).Add(finding);
        }

        counted.Sort((a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : b.Confidence.CompareTo(a.Confidence));
        var (verdict, confidence, score) = VerdictScorer.Score(counted, options);
        return new ScanReport(fileName, verdict, confidence, counted)
        {
            Suppressed = suppressed,
            Score = score,
            Sha256 = sha256.Length > 0 ? sha256 : null,
            Kind = package?.Kind ?? PackageKind.Unknown,
            ProjectName = package?.Metadata?.Name,
            Version = package?.Metadata?.Version,
            FileCount = package?.Files.Count ?? 0,
            Elapsed = time.GetElapsedTime(started),
        };
    }

    private static Finding WithHash(Finding finding, ScannedPackage package)
    {
        foreach (var file in package.Files)
        {
            if (file.Sha256 is not null && string.Equals(file.Path, finding.File, StringComparison.Ordinal))
            {
                return new Finding(finding.CheckId, finding.Severity, finding.Confidence, finding.Message, finding.Evidence, finding.File, finding.Line) { FileSha256 = file.Sha256 };
            }
        }

        return finding;
    }

}
