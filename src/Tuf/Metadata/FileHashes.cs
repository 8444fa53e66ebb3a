using System.Security.Cryptography;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>Length and hash checks shared by <see cref="MetaFile"/> and <see cref="TargetFile"/>.</summary>
internal static class FileHashes
{
    public static void Verify(ReadOnlySpan<byte> data, long? length, IReadOnlyDictionary<string, string>? hashes, string what)
    {
        if (length is { } expected && data.Length != expected)
        {
            throw new LengthOrHashMismatchException($"{what}: expected {expected} bytes, got {data.Length}.");
        }

        if (hashes is null)
        {
            return;
        }

        Span<byte> digest = stackalloc byte[64];
        Span<byte> listed = stackalloc byte[64];
        foreach (var (algorithm, hex) in hashes)
        {
            int size;
            switch (algorithm)
            {
                case "sha256":
                    size = SHA256.HashData(data, digest);
                    break;
                case "sha384":
                    size = SHA384.HashData(data, digest);
                    break;
                case "sha512":
                    size = SHA512.HashData(data, digest);
                    break;
                default:
                    throw new LengthOrHashMismatchException($"{what}: unsupported hash algorithm \"{algorithm}\".");
            }

            if (hex.Length != size * 2 || Convert.FromHexString(hex, listed, out _, out var written) != System.Buffers.OperationStatus.Done
                || written != size || !CryptographicOperations.FixedTimeEquals(listed[..size], digest[..size]))
            {
                throw new LengthOrHashMismatchException($"{what}: the {algorithm} hash does not match.");
            }
        }
    }

    public static void WriteHashes(CanonicalJsonWriter writer, IReadOnlyDictionary<string, string> hashes)
    {
        writer.StartObject();
        if (hashes is Dictionary<string, string> { Count: 1 } single)
        {
            // The common case (one digest per target, a million targets in a migration): no boxed enumerator.
            foreach (var (name, value) in single)
            {
                writer.Property(name, value);
            }
        }
        else if (hashes.Count == 1)
        {
            foreach (var (name, value) in hashes)
            {
                writer.Property(name, value);
            }
        }
        else
        {
            foreach (var name in hashes.Keys.Order(CodePointComparer.Instance))
            {
                writer.Property(name, hashes[name]);
            }
        }

        writer.EndObject();
    }

    public static Dictionary<string, string> ReadHashes(JsonElement element, string context)
    {
        var hashes = JsonFields.AsStringMap(element, context);
        if (hashes.Count == 0)
        {
            throw new InvalidMetadataException($"{context} must list at least one hash.");
        }

        return hashes;
    }
}
