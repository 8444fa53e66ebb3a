using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

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

/// <summary>
/// Finds which of several sets of ASCII keywords occur in UTF-8 bytes, in one pass over the bytes (no decoding). Each
/// keyword is known by five bytes in a row (its least common ones; a four-byte keyword accepts any fifth) and put in one of
/// sixteen buckets; for each of the five positions a 128-entry table says which buckets have a keyword with that byte there.
/// With AVX-512 VBMI, 64 positions are looked up at once and only where all five tables agree on a bucket is the text
/// compared with that bucket's keywords; with AVX2, 32 positions through nibble tables (a looser first filter, then the exact
/// tables on the candidates), and 16 with SSSE3 or ARM64.
/// An ASCII keyword occurs in the bytes exactly when it occurs in their UTF-8 decoding (an ASCII byte always decodes to
/// itself and never belongs to an invalid sequence), so this answers what a search of the decoded text would.
/// </summary>
internal sealed class AsciiKeywordScanner
{
    private const int Buckets = 16;
    private const int Prefix = 5;
    private const int MinimumLength = 4;
    private readonly ushort[] table = new ushort[Prefix * 128];
    private readonly Keyword[][] buckets;
    private readonly Vector512<byte>[] vectors = new Vector512<byte>[Prefix * 4];

    // For AVX2: per position, the buckets accepting some byte with a given low nibble and with a given high nibble (low eight
    // buckets, then high eight; each 16-entry table repeated in both 128-bit lanes). Their AND is a superset of the exact table.
    private readonly Vector256<byte>[] nibbles = new Vector256<byte>[Prefix * 4];

    /// <summary>Creates a scanner; the keywords of <c>sets[i]</c> report flag <c>1 &lt;&lt; i</c>.</summary>
    /// <exception cref="ArgumentException">A keyword is shorter than four characters or not ASCII, or there are more than 31 sets.</exception>
    public AsciiKeywordScanner(IReadOnlyList<string[]> sets)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sets.Count, 31);
        var keywords = new List<Keyword>();
        for (var s = 0; s < sets.Count; s++)
        {
            foreach (var keyword in sets[s])
            {
                if (keyword.Length < MinimumLength || !System.Text.Ascii.IsValid(keyword))
                {
                    throw new ArgumentException($"Keyword '{keyword}' is shorter than {MinimumLength} characters or not ASCII.", nameof(sets));
                }

                keywords.Add(new Keyword(System.Text.Encoding.ASCII.GetBytes(keyword), 1 << s, 0, 0));
            }
        }

        // Each keyword is found by its rarest five bytes in a row; the commonest go first, each to the bucket where it adds the
        // fewest expected false candidates.
        keywords = keywords.Select(k => RarestWindow(k.Bytes) is var offset ? k with { Offset = offset, Window = BinaryPrimitives.ReadUInt32LittleEndian(k.Bytes.AsSpan(offset)) } : k)
            .OrderByDescending(k => WindowFrequency(k.Bytes, k.Offset, null)).ThenBy(k => k.Bytes, Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToList();
        var members = new List<Keyword>[Buckets];
        var chosen = new bool[Buckets][];
        for (var b = 0; b < Buckets; b++)
        {
            members[b] = [];
            chosen[b] = new bool[Prefix * 128];
        }

        foreach (var keyword in keywords)
        {
            var best = 0;
            var bestCost = double.MaxValue;
            for (var b = 0; b < Buckets; b++)
            {
                var cost = members[b].Count == 0 ? WindowFrequency(keyword.Bytes, keyword.Offset, null) : WindowFrequency(keyword.Bytes, keyword.Offset, chosen[b]) - WindowFrequency([], 0, chosen[b]);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = b;
                }
            }

            members[best].Add(keyword);
            for (var j = 0; j < Prefix; j++)
            {
                for (var c = 0; c < 128; c++)
                {
                    if (Accepts(keyword.Bytes, keyword.Offset, j, c))
                    {
                        chosen[best][(j * 128) + c] = true;
                        table[(j * 128) + c] |= (ushort)(1 << best);
                    }
                }
            }
        }

        buckets = members.Select(m => m.ToArray()).ToArray();
        // Per table position: the low eight buckets' masks for bytes 0-63 and 64-127, then the high eight buckets'.
        for (var j = 0; j < Prefix; j++)
        {
            var entries = table.AsSpan(j * 128, 128);
            for (var part = 0; part < 4; part++)
            {
                var bytes = new byte[64];
                for (var c = 0; c < 64; c++)
                {
                    bytes[c] = (byte)((entries[((part & 1) * 64) + c] >> ((part >> 1) * 8)) & 0xFF);
                }

                vectors[(4 * j) + part] = Vector512.Create(bytes);
            }

            // Bytes from 0x80 look up their low seven bits, as the 128-entry tables do: high nibbles 8-15 repeat 0-7.
            var lowNibble = new ushort[16];
            var highNibble = new ushort[16];
            for (var c = 0; c < 128; c++)
            {
                lowNibble[c & 0xF] |= entries[c];
                highNibble[c >> 4] |= entries[c];
                highNibble[(c >> 4) + 8] |= entries[c];
            }

            for (var part = 0; part < 4; part++)
            {
                var source = part < 2 ? lowNibble : highNibble;
                var bytes = new byte[32];
                for (var n = 0; n < 32; n++)
                {
                    bytes[n] = (byte)((source[n & 0xF] >> ((part & 1) * 8)) & 0xFF);
                }

                nibbles[(4 * j) + part] = Vector256.Create(bytes);
            }
        }
    }

    /// <summary>The vectorized search this machine runs: 64 bytes a step with AVX-512 VBMI, 32 with AVX2, 16 with SSSE3 or ARM64, or none.</summary>
    internal static ScanPath BestPath { get; } =
        Avx512Vbmi.IsSupported && Vector512.IsHardwareAccelerated ? ScanPath.Avx512Vbmi : Avx2.IsSupported ? ScanPath.Avx2 :
        Ssse3.IsSupported || AdvSimd.Arm64.IsSupported ? ScanPath.Vector128 : ScanPath.Scalar;

    /// <summary>Whether <see cref="Scan(ReadOnlySpan{byte}, Func{int, bool})"/> runs vectorized here (otherwise callers should search decoded text instead).</summary>
    public static bool IsVectorized => BestPath != ScanPath.Scalar;

    /// <summary>
    /// The flags of the sets with a keyword in <paramref name="text"/>; stops as soon as <paramref name="enough"/> holds for
    /// the flags found so far (then the result may lack flags of sets not yet seen).
    /// </summary>
    public int Scan(ReadOnlySpan<byte> text, Func<int, bool> enough) => Scan(text, enough, BestPath);

    /// <summary><see cref="Scan(ReadOnlySpan{byte}, Func{int, bool})"/> on a given path (tests compare the paths; an unsupported one falls back to scalar).</summary>
    internal int Scan(ReadOnlySpan<byte> text, Func<int, bool> enough, ScanPath path)
    {
        var found = 0;
        var i = 0;
        if (path == ScanPath.Avx2 && Avx2.IsSupported)
        {
            if (ScanAvx2(text, enough, ref i, ref found))
            {
                return found;
            }
        }
        else if (path == ScanPath.Vector128 && (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported))
        {
            if (ScanVector128(text, enough, ref i, ref found))
            {
                return found;
            }
        }
        else if (path == ScanPath.Avx512Vbmi && Avx512Vbmi.IsSupported && Vector512.IsHardwareAccelerated && text.Length >= 64 + Prefix - 1)
        {
            ref var start = ref MemoryMarshal.GetReference(text);
            var v = vectors.AsSpan();
            var last = text.Length - 64 - (Prefix - 1);
            for (; i <= last; i += 64)
            {
                var at = (nuint)i;
                var b0 = Vector512.LoadUnsafe(ref start, at);
                var b1 = Vector512.LoadUnsafe(ref start, at + 1);
                var b2 = Vector512.LoadUnsafe(ref start, at + 2);
                var b3 = Vector512.LoadUnsafe(ref start, at + 3);
                var b4 = Vector512.LoadUnsafe(ref start, at + 4);
                var low = Avx512Vbmi.PermuteVar64x8x2(v[0], b0, v[1]) & Avx512Vbmi.PermuteVar64x8x2(v[4], b1, v[5])
                    & Avx512Vbmi.PermuteVar64x8x2(v[8], b2, v[9]) & Avx512Vbmi.PermuteVar64x8x2(v[12], b3, v[13]) & Avx512Vbmi.PermuteVar64x8x2(v[16], b4, v[17]);
                var high = Avx512Vbmi.PermuteVar64x8x2(v[2], b0, v[3]) & Avx512Vbmi.PermuteVar64x8x2(v[6], b1, v[7])
                    & Avx512Vbmi.PermuteVar64x8x2(v[10], b2, v[11]) & Avx512Vbmi.PermuteVar64x8x2(v[14], b3, v[15]) & Avx512Vbmi.PermuteVar64x8x2(v[18], b4, v[19]);
                var candidates = ~(Vector512.Equals(low, Vector512<byte>.Zero) & Vector512.Equals(high, Vector512<byte>.Zero)).ExtractMostSignificantBits();
                while (candidates != 0)
                {
                    var k = BitOperations.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    if (Verify(text, i + k, (ushort)(low.GetElement(k) | (high.GetElement(k) << 8)), ref found) && enough(found))
                    {
                        return found;
                    }
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var mask = 0xFFFF;
            for (var j = 0; j < Prefix && mask != 0; j++)
            {
                var b = i + j < text.Length ? text[i + j] : 0;
                mask &= table[(j * 128) + (b & 0x7F)]; // as the vectorized lookup sees it: seven bits of the byte
            }

            if (mask != 0 && Verify(text, i, (ushort)mask, ref found) && enough(found))
            {
                return found;
            }
        }

        return found;
    }

    /// <summary>
    /// The AVX2 step: 32 positions at a time, each of the five bytes looked up by its low and its high nibble (a superset of
    /// the exact tables, so more candidates to verify, never fewer). True when <paramref name="enough"/> stopped the scan.
    /// </summary>
    private bool ScanAvx2(ReadOnlySpan<byte> text, Func<int, bool> enough, ref int i, ref int found)
    {
        if (text.Length < 32 + Prefix - 1)
        {
            return false;
        }

        ref var start = ref MemoryMarshal.GetReference(text);
        var v = nibbles.AsSpan();
        var fifteen = Vector256.Create((byte)0xF);
        var last = text.Length - 32 - (Prefix - 1);
        for (; i <= last; i += 32)
        {
            var at = (nuint)i;
            var low = Vector256<byte>.AllBitsSet;
            var high = Vector256<byte>.AllBitsSet;
            for (var j = 0; j < Prefix; j++)
            {
                var b = Vector256.LoadUnsafe(ref start, at + (nuint)j);
                var lo = b & fifteen;
                var hi = Vector256.ShiftRightLogical(b.AsUInt16(), 4).AsByte() & fifteen;
                low &= Avx2.Shuffle(v[4 * j], lo) & Avx2.Shuffle(v[(4 * j) + 2], hi);
                high &= Avx2.Shuffle(v[(4 * j) + 1], lo) & Avx2.Shuffle(v[(4 * j) + 3], hi);
            }

            var candidates = ~(Vector256.Equals(low, Vector256<byte>.Zero) & Vector256.Equals(high, Vector256<byte>.Zero)).ExtractMostSignificantBits();
            if (candidates != 0 && VerifyCandidates(text, i, candidates, enough, ref found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The 16-byte step of <see cref="ScanAvx2"/> for SSSE3 and ARM64 (Advanced SIMD table lookups), where there is
    /// neither AVX2 nor AVX-512. True when <paramref name="enough"/> stopped the scan.
    /// </summary>
    private bool ScanVector128(ReadOnlySpan<byte> text, Func<int, bool> enough, ref int i, ref int found)
    {
        if (text.Length < 16 + Prefix - 1)
        {
            return false;
        }

        ref var start = ref MemoryMarshal.GetReference(text);
        var v = nibbles.AsSpan();
        var fifteen = Vector128.Create((byte)0xF);
        var last = text.Length - 16 - (Prefix - 1);
        for (; i <= last; i += 16)
        {
            var at = (nuint)i;
            var low = Vector128<byte>.AllBitsSet;
            var high = Vector128<byte>.AllBitsSet;
            for (var j = 0; j < Prefix; j++)
            {
                var b = Vector128.LoadUnsafe(ref start, at + (nuint)j);
                var lo = b & fifteen;
                var hi = Vector128.ShiftRightLogical(b.AsUInt16(), 4).AsByte() & fifteen;
                low &= Lookup(v[4 * j].GetLower(), lo) & Lookup(v[(4 * j) + 2].GetLower(), hi);
                high &= Lookup(v[(4 * j) + 1].GetLower(), lo) & Lookup(v[(4 * j) + 3].GetLower(), hi);
            }

            var candidates = ~(Vector128.Equals(low, Vector128<byte>.Zero) & Vector128.Equals(high, Vector128<byte>.Zero)).ExtractMostSignificantBits() & 0xFFFF;
            if (candidates != 0 && VerifyCandidates(text, i, candidates, enough, ref found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A 16-entry table lookup of each byte's index (0-15).</summary>
    private static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, indices) : AdvSimd.Arm64.VectorTableLookup(table, indices);

    /// <summary>
    /// Checks the candidate positions of one vector step (bit k: position <paramref name="at"/> + k) against the exact tables,
    /// then their buckets' keywords. True when <paramref name="enough"/> stopped the scan.
    /// </summary>
    private bool VerifyCandidates(ReadOnlySpan<byte> text, int at, uint candidates, Func<int, bool> enough, ref int found)
    {
        while (candidates != 0)
        {
            var position = at + BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            var mask = 0xFFFF;
            for (var j = 0; j < Prefix && mask != 0; j++)
            {
                mask &= table[(j * 128) + (text[position + j] & 0x7F)];
            }

            if (mask != 0 && Verify(text, position, (ushort)mask, ref found) && enough(found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares the keywords of the buckets in <paramref name="mask"/> at <paramref name="position"/>; true when a new flag was found.</summary>
    private bool Verify(ReadOnlySpan<byte> text, int position, ushort mask, ref int found)
    {
        if (position + MinimumLength > text.Length)
        {
            return false;
        }

        var window = BinaryPrimitives.ReadUInt32LittleEndian(text[position..]);
        var before = found;
        for (var bits = (uint)mask; bits != 0; bits &= bits - 1)
        {
            foreach (var keyword in buckets[BitOperations.TrailingZeroCount(bits)])
            {
                if (keyword.Window == window && (found & keyword.Flag) == 0)
                {
                    var start = position - keyword.Offset;
                    if (start >= 0 && text[start..].StartsWith(keyword.Bytes))
                    {
                        found |= keyword.Flag;
                    }
                }
            }
        }

        return found != before;
    }

    /// <summary>How often each ASCII byte occurs in Python source, as -10·log2 of its share (99: rarer than 1 in 1,000), measured on the benign corpus.</summary>
    private static readonly byte[] Rarity =
    [
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 52, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        20, 99, 66, 86, 99, 99, 99, 62, 63, 63, 79, 95, 58, 75, 63, 94, 72, 72, 77, 81, 84, 80, 83, 84, 85, 87, 66, 99, 99, 69, 94, 99,
        99, 88, 99, 91, 95, 88, 95, 99, 99, 92, 99, 99, 98, 97, 88, 98, 94, 99, 93, 83, 85, 99, 99, 99, 99, 99, 99, 85, 83, 85, 99, 60,
        88, 47, 71, 58, 58, 40, 60, 68, 65, 49, 99, 81, 54, 62, 49, 50, 59, 93, 48, 48, 45, 59, 78, 80, 74, 70, 94, 94, 99, 94, 99, 99,
    ];

    private static double Share(int b) => Math.Pow(2, -Rarity[b] / 10.0);

    /// <summary>The offset of the keyword's five bytes in a row that are least likely in source (0 for a four-byte keyword).</summary>
    private static int RarestWindow(byte[] keyword)
    {
        var best = 0;
        for (var offset = 1; offset + Prefix <= keyword.Length; offset++)
        {
            if (WindowFrequency(keyword, offset, null) < WindowFrequency(keyword, best, null))
            {
                best = offset;
            }
        }

        return best;
    }

    /// <summary>The expected share of positions where a bucket's tables (with the keyword's window added) all agree.</summary>
    private static double WindowFrequency(byte[] keyword, int offset, bool[]? bucket)
    {
        var product = 1.0;
        for (var j = 0; j < Prefix; j++)
        {
            var sum = 0.0;
            for (var c = 0; c < 128; c++)
            {
                if ((bucket is not null && bucket[(j * 128) + c]) || (keyword.Length > 0 && Accepts(keyword, offset, j, c)))
                {
                    sum += Share(c);
                }
            }

            product *= sum;
        }

        return product;
    }

    /// <summary>Whether the window of <paramref name="keyword"/> at <paramref name="offset"/> accepts byte <paramref name="c"/> at position <paramref name="j"/> (any byte past a short keyword's end).</summary>
    private static bool Accepts(byte[] keyword, int offset, int j, int c) => offset + j >= keyword.Length || keyword[offset + j] == c;

    private readonly record struct Keyword(byte[] Bytes, int Flag, int Offset, uint Window);
}

/// <summary>How <see cref="AsciiKeywordScanner"/> steps through the bytes.</summary>
internal enum ScanPath
{
    /// <summary>One position at a time.</summary>
    Scalar,

    /// <summary>32 positions a step, nibble lookups with AVX2 byte shuffles.</summary>
    Avx2,

    /// <summary>64 positions a step, 128-entry lookups with AVX-512 VBMI permutes.</summary>
    Avx512Vbmi,

    /// <summary>16 positions a step, nibble lookups with SSSE3 byte shuffles or ARM64 table lookups.</summary>
    Vector128,
}
