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

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a != b)
            {
                // UTF-16 order differs from code point order only when one side is a surrogate and the other is
                // in U+E000..U+FFFF: surrogates encode code points above U+FFFF, so they sort last.
                return Fix(a) - Fix(b);
            }
        }

        return x.Length - y.Length;
    }

    private static int Fix(char c) => c >= 0xD800 && c <= 0xDFFF ? c + 0x10000 : c;
}
