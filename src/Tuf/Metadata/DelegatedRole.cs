using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>A delegated targets role: name, keys, threshold, terminating flag, and paths or path hash prefixes.</summary>
public sealed class DelegatedRole : Role
{
    /// <summary>Creates a delegated role; exactly one of <paramref name="paths"/> and <paramref name="pathHashPrefixes"/> is set.</summary>
    /// <param name="name">The role name.</param>
    /// <param name="keyIds">The trusted key ids.</param>
    /// <param name="threshold">How many must sign.</param>
    /// <param name="terminating">Whether a client stops searching after this role.</param>
    /// <param name="paths">Path patterns (<c>*</c> does not match <c>/</c>), or null.</param>
    /// <param name="pathHashPrefixes">Hex prefixes of the SHA-256 of target paths, or null.</param>
    /// <exception cref="ArgumentException">Both or neither of paths and prefixes given.</exception>
    public DelegatedRole(string name, IReadOnlyList<string> keyIds, int threshold, bool terminating,
        IReadOnlyList<string>? paths = null, IReadOnlyList<string>? pathHashPrefixes = null)
        : base(keyIds, threshold)
    {
        ArgumentNullException.ThrowIfNull(name);
        if ((paths is null) == (pathHashPrefixes is null))
        {
            throw new ArgumentException("Exactly one of paths and path hash prefixes must be set.", nameof(paths));
        }

        Name = name;
        Terminating = terminating;
        Paths = paths;
        PathHashPrefixes = pathHashPrefixes;
    }

    /// <summary>The role name.</summary>
    public string Name { get; }

    /// <summary>Whether the delegation is terminating.</summary>
    public bool Terminating { get; }

    /// <summary>The path patterns, or null.</summary>
    public IReadOnlyList<string>? Paths { get; }

    /// <summary>The path hash prefixes, or null.</summary>
    public IReadOnlyList<string>? PathHashPrefixes { get; }

    /// <summary>Whether this role is trusted for <paramref name="targetPath"/>.</summary>
    /// <param name="targetPath">The target path.</param>
    /// <returns>True when a pattern matches or the path's hash starts with a prefix.</returns>
    public bool IsDelegatedPath(string targetPath)
    {
        ArgumentNullException.ThrowIfNull(targetPath);
        if (PathHashPrefixes is not null)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(targetPath)));
            return PathHashPrefixes.Any(prefix => hash.StartsWith(prefix, StringComparison.Ordinal));
        }

        return Paths!.Any(pattern => PathPattern.Matches(targetPath, pattern));
    }

    internal override void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("keyids");
        writer.StringArray(KeyIds);
        members.Name("name");
        writer.String(Name);
        if (PathHashPrefixes is not null)
        {
            members.Name("path_hash_prefixes");
            writer.StringArray(PathHashPrefixes);
        }
        else
        {
            members.Name("paths");
            writer.StringArray(Paths!);
        }

        members.Name("terminating");
        writer.Boolean(Terminating);
        members.Name("threshold");
        writer.Number(Threshold);
        members.End();
    }

    internal static new DelegatedRole Read(JsonElement element, string context = "delegated role")
    {
        var fields = new JsonFields(element, context);
        var name = fields.String("name");
        var (keyIds, threshold) = ReadCommon(fields, name);
        var terminating = fields.Boolean("terminating");
        var paths = fields.TakeOptional("paths") is { } p ? JsonFields.AsStringList(p, name + ".paths", unique: false) : null;
        var prefixes = fields.TakeOptional("path_hash_prefixes") is { } h ? JsonFields.AsStringList(h, name + ".path_hash_prefixes", unique: false) : null;
        if ((paths is null) == (prefixes is null))
        {
            throw new InvalidMetadataException($"{name}: exactly one of paths and path_hash_prefixes must be set.");
        }

        return new DelegatedRole(name, keyIds, threshold, terminating, paths, prefixes) { UnrecognizedFields = fields.Rest() };
    }
}
