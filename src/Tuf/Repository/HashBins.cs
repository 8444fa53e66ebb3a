using System.Globalization;
using System.Text;

namespace Bonded.Tuf;

/// <summary>The bin layout: names, and for classic delegations each bin's path hash prefixes.</summary>
internal sealed class HashBins
{
    public HashBins(int count, string prefix)
    {
        Count = count;
        BitLength = int.Log2(count);
        Succinct = new SuccinctRoles([], 1, BitLength, prefix);
        Names = [.. Succinct.GetRoles()];
    }

    public int Count { get; }

    public int BitLength { get; }

    public SuccinctRoles Succinct { get; }

    public string[] Names { get; }

    public int BinOf(string targetPath) => (int)SuccinctRoles.GetBin(targetPath, BitLength);

    /// <summary>The bin of a target path (the same as <see cref="SuccinctRoles.GetBinForTarget"/>).</summary>
    public int BinOf(TargetPath path) => (int)(path.Top >> (32 - BitLength));

    /// <summary>The hex prefixes of bin <paramref name="bin"/>: every SHA-256 hex prefix whose top bits are the bin number.</summary>
    public List<string> PrefixesOf(int bin)
    {
        var digits = (BitLength + 3) / 4;
        var spare = digits * 4 - BitLength;
        var first = bin << spare;
        var list = new List<string>(1 << spare);
        for (var i = 0; i < 1 << spare; i++)
        {
            list.Add((first + i).ToString("x" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }

        return list;
    }

    /// <summary>Checks an existing delegation against this layout: succinct with the same bits, or classic roles with the expected prefixes.</summary>
    public static HashBins FromDelegations(Delegations delegations)
    {
        if (delegations.SuccinctRoles is { } succinct)
        {
            if (succinct.BitLength > 16)
            {
                throw new RepositoryException("More than 65,536 succinct bins are not supported.");
            }

            return new HashBins(1 << succinct.BitLength, succinct.NamePrefix);
        }

        var roles = delegations.Roles!;
        var count = roles.Count;
        if (count < 2 || (count & (count - 1)) != 0)
        {
            throw new RepositoryException("The targets role does not delegate to hash bins.");
        }

        var name = roles[0].Name;
        var dash = name.LastIndexOf('-');
        var bins = new HashBins(count, dash > 0 ? name[..dash] : name);
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(roles[i].Name, bins.Names[i], StringComparison.Ordinal) || roles[i].PathHashPrefixes is null)
            {
                throw new RepositoryException($"Delegation {i} is \"{roles[i].Name}\", not the hash bin \"{bins.Names[i]}\".");
            }
        }

        return bins;
    }

    public static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);
}
