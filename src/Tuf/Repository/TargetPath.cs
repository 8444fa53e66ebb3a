using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bonded.Tuf;

/// <summary>
/// A target path as the repository keeps it: its UTF-8 bytes (in a shared slab for large batches, so that a million
/// targets are not a million strings for the garbage collector to copy) and the first 8 bytes of its SHA-256, computed
/// once: the top bits pick the hash bin (TAP 15), the next 4 bytes are its hash code.
/// </summary>
/// <remarks>UTF-8 byte order is code point order, the order canonical JSON sorts member names in.</remarks>
internal readonly struct TargetPath : IEquatable<TargetPath>
{
    private static readonly UTF8Encoding Strict = new(false, true);

    [ThreadStatic]
    private static IncrementalHash? sha256;

    private readonly int hash;

    private TargetPath(ReadOnlyMemory<byte> utf8, uint top, int hash)
    {
        Utf8 = utf8;
        Top = top;
        this.hash = hash;
    }

    /// <summary>The path's UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The first 4 bytes of the path's SHA-256, big-endian.</summary>
    public uint Top { get; }

    /// <summary>A path from UTF-8 bytes that stay unchanged (a slab or an array of its own).</summary>
    public static TargetPath FromUtf8(ReadOnlyMemory<byte> utf8)
    {
        // One reused hash context per thread: a one-shot hash creates and frees a native context per path.
        Span<byte> digest = stackalloc byte[32];
        var context = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        context.AppendData(utf8.Span);
        context.GetHashAndReset(digest);
        return new TargetPath(utf8, BinaryPrimitives.ReadUInt32BigEndian(digest), BinaryPrimitives.ReadInt32LittleEndian(digest[4..]));
    }

    /// <summary>A path from a string, in an array of its own (or in <paramref name="slab"/>).</summary>
    /// <exception cref="ArgumentException">The string holds an unpaired surrogate (it has no UTF-8 form).</exception>
    public static TargetPath FromString(string path, ValueSlab? slab = null)
    {
        byte[] bytes;
        try
        {
            bytes = Strict.GetBytes(path);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException($"Target path \"{path}\" holds an unpaired surrogate.", nameof(path), exception);
        }

        return FromUtf8(slab is null ? bytes : slab.Add(bytes));
    }

    /// <summary>Orders paths by code point.</summary>
    public static int Compare(TargetPath x, TargetPath y) => x.Utf8.Span.SequenceCompareTo(y.Utf8.Span);

    public bool Equals(TargetPath other) => hash == other.hash && Utf8.Span.SequenceEqual(other.Utf8.Span);

    public override bool Equals(object? obj) => obj is TargetPath other && Equals(other);

    public override int GetHashCode() => hash;

    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
