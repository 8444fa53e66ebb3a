namespace Bonded.Tuf;

/// <summary>Orders strings by Unicode code point, as Python sorts <c>str</c> (and as UTF-8 bytes sort).</summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }

        // UTF-16 order differs from code point order only when one side is a surrogate and the other is
        // in U+E000..U+FFFF: surrogates encode code points above U+FFFF, so they sort last.
        return Fix(x[common]) - Fix(y[common]);
    }

    private static int Fix(char c) => c >= 0xD800 && c <= 0xDFFF ? c + 0x10000 : c;
}
