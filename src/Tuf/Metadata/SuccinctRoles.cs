using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>Succinct hash bin delegations (TAP 15): 2^bit_length bins named <c>prefix-hex</c>, sharing keys and threshold.</summary>
public sealed class SuccinctRoles : Role
{
    /// <summary>Creates succinct roles.</summary>
    /// <param name="keyIds">The trusted key ids.</param>
    /// <param name="threshold">How many must sign.</param>
    /// <param name="bitLength">Bits of the target path hash that pick the bin, 1 to 32.</param>
    /// <param name="namePrefix">The bin name prefix.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bitLength"/> is outside 1..32.</exception>
    public SuccinctRoles(IReadOnlyList<string> keyIds, int threshold, int bitLength, string namePrefix)
        : base(keyIds, threshold)
    {
        ArgumentNullException.ThrowIfNull(namePrefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(bitLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bitLength, 32);
        BitLength = bitLength;
        NamePrefix = namePrefix;
        NumberOfBins = 1L << bitLength;
        SuffixLength = (NumberOfBins - 1).ToString("x", CultureInfo.InvariantCulture).Length;
    }

    /// <summary>Bits of the hash that pick the bin.</summary>
    public int BitLength { get; }

    /// <summary>The bin name prefix.</summary>
    public string NamePrefix { get; }

    /// <summary>How many bins there are.</summary>
    public long NumberOfBins { get; }

    /// <summary>How many hex digits a bin name's suffix has.</summary>
    public int SuffixLength { get; }

    /// <summary>The bin index of a target path: the leftmost <see cref="BitLength"/> bits of its SHA-256.</summary>
    /// <param name="targetPath">The target path.</param>
    /// <returns>The bin index.</returns>
    public long GetBinForTarget(string targetPath)
    {
        ArgumentNullException.ThrowIfNull(targetPath);
        return GetBin(targetPath, BitLength);
    }

    /// <summary>The bin name of a target path.</summary>
    /// <param name="targetPath">The target path.</param>
    /// <returns>The role name, e.g. <c>bins-0a1f</c>.</returns>
    public string GetRoleForTarget(string targetPath) => GetRoleName(GetBinForTarget(targetPath));

    /// <summary>The name of bin <paramref name="bin"/>.</summary>
    /// <param name="bin">The bin index.</param>
    /// <returns>The role name.</returns>
    public string GetRoleName(long bin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bin);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bin, NumberOfBins);
        return NamePrefix + "-" + bin.ToString("x" + SuffixLength.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Every bin name in order.</summary>
    /// <returns>The role names.</returns>
    public IEnumerable<string> GetRoles()
    {
        for (long i = 0; i < NumberOfBins; i++)
        {
            yield return GetRoleName(i);
        }
    }

    /// <summary>Whether <paramref name="roleName"/> names one of the bins.</summary>
    /// <param name="roleName">The role name.</param>
    /// <returns>True for a bin name of this delegation.</returns>
    public bool IsDelegatedRole(string roleName)
    {
        ArgumentNullException.ThrowIfNull(roleName);
        if (roleName.Length != NamePrefix.Length + 1 + SuffixLength || !roleName.StartsWith(NamePrefix + "-", StringComparison.Ordinal))
        {
            return false;
        }

        var suffix = roleName.AsSpan(NamePrefix.Length + 1);
        foreach (var c in suffix)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return long.TryParse(suffix, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bin) && bin < NumberOfBins;
    }

    [ThreadStatic]
    private static IncrementalHash? pathHash;

    internal static long GetBin(string targetPath, int bitLength)
    {
        var byteCount = Encoding.UTF8.GetByteCount(targetPath);
        Span<byte> utf8 = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(targetPath, utf8);
        Span<byte> hash = stackalloc byte[32];

        // One reused hash context per thread: a one-shot hash creates and frees a native context per path (a third slower).
        var sha256 = pathHash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(utf8);
        sha256.GetHashAndReset(hash);
        return BinaryPrimitives.ReadUInt32BigEndian(hash) >> (32 - bitLength);
    }

    internal override void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("bit_length");
        writer.Number(BitLength);
        members.Name("keyids");
        writer.StringArray(KeyIds);
        members.Name("name_prefix");
        writer.String(NamePrefix);
        members.Name("threshold");
        writer.Number(Threshold);
        members.End();
    }

    internal static new SuccinctRoles Read(JsonElement element, string context = "succinct_roles")
    {
        var fields = new JsonFields(element, context);
        var (keyIds, threshold) = ReadCommon(fields, context);
        var bitLength = fields.Int64("bit_length");
        if (bitLength is < 1 or > 32)
        {
            throw new InvalidMetadataException("succinct_roles.bit_length must be between 1 and 32.");
        }

        return new SuccinctRoles(keyIds, threshold, (int)bitLength, fields.String("name_prefix")) { UnrecognizedFields = fields.Rest() };
    }
}
