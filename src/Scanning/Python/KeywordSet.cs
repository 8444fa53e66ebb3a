using System.Buffers;

namespace Bonded.Scanning.Python;

/// <summary>
/// A set of keywords to find in source text, searched as a few small vectorized sets rather than one large one. One
/// <see cref="SearchValues{T}"/> of 60 strings degrades to a candidate check at nearly every position of source code
/// (its buckets share too many first characters); sorted groups of at most 16 keep each pass fast.
/// </summary>
internal sealed class KeywordSet
{
    private const int GroupSize = 16;
    private readonly SearchValues<string>[] groups;

    public KeywordSet(string[] keywords, StringComparison comparison)
    {
        var sorted = keywords.Order(StringComparer.Ordinal).ToArray();
        groups = sorted.Chunk(GroupSize).Select(chunk => SearchValues.Create(chunk, comparison)).ToArray();
    }

    /// <summary>Whether <paramref name="text"/> contains any of the keywords.</summary>
    public bool IsFoundIn(ReadOnlySpan<char> text)
    {
        foreach (var group in groups)
        {
            if (text.IndexOfAny(group) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
