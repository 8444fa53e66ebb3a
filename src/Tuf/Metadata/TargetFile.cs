using System.Security.Cryptography;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A target file as targets metadata lists it: path, length, hashes and optional custom data.</summary>
public sealed class TargetFile
{
    /// <summary>Creates a target listing.</summary>
    /// <param name="path">The target path (a URL path relative to the targets base URL).</param>
    /// <param name="length">The length in bytes.</param>
    /// <param name="hashes">At least one hash, algorithm to lower-case hex.</param>
    /// <exception cref="ArgumentException">A negative length or no hashes.</exception>
    public TargetFile(string path, long length, IReadOnlyDictionary<string, string> hashes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (hashes.Count == 0)
        {
            throw new ArgumentException("A target lists at least one hash.", nameof(hashes));
        }

        Path = path;
        Length = length;
        Hashes = hashes;
    }

    /// <summary>The target path.</summary>
    public string Path { get; }

    /// <summary>The length in bytes.</summary>
    public long Length { get; }

    /// <summary>The hashes, algorithm to hex.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; }

    /// <summary>Unrecognized members, including <c>custom</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The <c>custom</c> member, if present.</summary>
    public JsonElement? Custom => UnrecognizedFields.TryGetValue("custom", out var custom) ? custom : null;

    /// <summary>Describes a file's bytes with SHA-256 and SHA-512 hashes.</summary>
    /// <param name="path">The target path.</param>
    /// <param name="data">The file content.</param>
    /// <returns>The listing.</returns>
    public static TargetFile FromData(string path, ReadOnlySpan<byte> data)
    {
        var hashes = new Dictionary<string, string>(2, StringComparer.Ordinal)
        {
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(data)),
            ["sha512"] = Convert.ToHexStringLower(SHA512.HashData(data)),
        };
        return new TargetFile(path, data.Length, hashes);
    }

    /// <summary>Checks downloaded bytes against the listed length and hashes.</summary>
    /// <param name="data">The downloaded file.</param>
    /// <exception cref="LengthOrHashMismatchException">The length or a hash differs, or a hash algorithm is unsupported.</exception>
    public void VerifyLengthAndHashes(ReadOnlySpan<byte> data) => FileHashes.Verify(data, Length, Hashes, "target " + Path);

    internal void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("hashes");
        FileHashes.WriteHashes(writer, Hashes);
        members.Name("length");
        writer.Number(Length);
        members.End();
    }

    internal static TargetFile Read(string path, JsonElement element)
    {
        var context = "target " + path;
        var fields = new JsonFields(element, context);
        var length = fields.Int64("length");
        if (length < 0)
        {
            throw new InvalidMetadataException(context + ": negative length.");
        }

        var hashes = FileHashes.ReadHashes(fields.Take("hashes"), context + ".hashes");
        return new TargetFile(path, length, hashes) { UnrecognizedFields = fields.Rest() };
    }
}
