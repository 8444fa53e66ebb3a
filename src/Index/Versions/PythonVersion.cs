using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Bonded.Index.Versions;

/// <summary>A PEP 440 version: parsed from any spelling the specification allows, printed in normalized form, totally ordered.</summary>
/// <remarks>
/// Equality follows the ordering, so <c>1.0</c> equals <c>1.0.0</c> (their strings differ). Numbers are ASCII digits and each
/// must fit in a 64-bit signed integer (numbers in local labels may be any length).
/// </remarks>
public sealed class PythonVersion : IEquatable<PythonVersion>, IComparable<PythonVersion>, IComparable
{
    /// <summary>The longest version string accepted, in characters.</summary>
    public const int MaxLength = 256;

    private const byte RankDevOnly = 0;
    private const byte RankFinal = 4;

    private readonly long[] release;
    private readonly int significant;
    private readonly byte preRank;
    private readonly LocalSegment[]? local;
    private string? text;

    private PythonVersion(long epoch, long[] release, PreReleaseKind preKind, long pre, long post, long dev, LocalSegment[]? local)
    {
        Epoch = epoch;
        this.release = release;
        var count = release.Length;
        while (count > 0 && release[count - 1] == 0)
        {
            count--;
        }

        significant = count;
        PreReleaseKind = preKind;
        PreReleaseNumber = pre;
        PostRelease = post;
        DevRelease = dev;
        this.local = local;
        preRank = preKind != PreReleaseKind.None ? (byte)preKind : (post < 0 && dev >= 0 ? RankDevOnly : RankFinal);
    }

    /// <summary>The epoch (<c>N!</c>), zero when absent.</summary>
    public long Epoch { get; }

    /// <summary>The release segment (<c>1.2.3</c>) as written, trailing zeros kept.</summary>
    public IReadOnlyList<long> Release => release;

    /// <summary>The pre-release kind, <see cref="PreReleaseKind.None"/> when absent.</summary>
    public PreReleaseKind PreReleaseKind { get; }

    /// <summary>The pre-release number, meaningful when <see cref="PreReleaseKind"/> is not <see cref="PreReleaseKind.None"/>.</summary>
    public long PreReleaseNumber { get; }

    /// <summary>The post-release number, or -1 when absent.</summary>
    public long PostRelease { get; }

    /// <summary>The development release number, or -1 when absent.</summary>
    public long DevRelease { get; }

    /// <summary>The normalized local version label (after <c>+</c>), or null.</summary>
    public string? Local => local is null ? null : string.Join('.', local.Select(s => s.Text));

    /// <summary>Whether this is a pre-release or a development release.</summary>
    public bool IsPreRelease => PreReleaseKind != PreReleaseKind.None || DevRelease >= 0;

    /// <summary>Whether this is a post-release.</summary>
    public bool IsPostRelease => PostRelease >= 0;

    /// <summary>Whether this is a development release.</summary>
    public bool IsDevRelease => DevRelease >= 0;

    /// <summary>Whether the version has a local label.</summary>
    public bool HasLocal => local is not null;

    /// <summary>The public version: this version without its local label.</summary>
    public PythonVersion Public => local is null ? this : new PythonVersion(Epoch, release, PreReleaseKind, PreReleaseNumber, PostRelease, DevRelease, null);

    /// <summary>The base version: epoch and release only.</summary>
    public PythonVersion BaseVersion => PreReleaseKind == PreReleaseKind.None && PostRelease < 0 && DevRelease < 0 && local is null
        ? this
        : new PythonVersion(Epoch, release, PreReleaseKind.None, 0, -1, -1, null);

    /// <summary>Parses a version in any spelling PEP 440 allows.</summary>
    /// <param name="value">The version.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidVersionException">The string is not a valid PEP 440 version.</exception>
    public static PythonVersion Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Parse(value.AsSpan());
    }

    /// <summary>Parses a version in any spelling PEP 440 allows.</summary>
    /// <param name="value">The version.</param>
    /// <returns>The version.</returns>
    /// <exception cref="InvalidVersionException">The string is not a valid PEP 440 version.</exception>
    public static PythonVersion Parse(ReadOnlySpan<char> value)
        => TryParse(value, out var version)
            ? version
            : throw new InvalidVersionException($"'{Names.ProjectName.Printable(value.Length > MaxLength ? value[..MaxLength].ToString() : value.ToString())}' is not a valid PEP 440 version.");

    /// <summary>Tries to parse a version in any spelling PEP 440 allows.</summary>
    /// <param name="value">The version.</param>
    /// <param name="version">The version when valid.</param>
    /// <returns>Whether the string is a valid version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out PythonVersion? version)
    {
        version = null;
        return value is not null && TryParse(value.AsSpan(), out version);
    }

    /// <summary>Tries to parse a version in any spelling PEP 440 allows.</summary>
    /// <param name="value">The version.</param>
    /// <param name="version">The version when valid.</param>
    /// <returns>Whether the string is a valid version.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, [NotNullWhen(true)] out PythonVersion? version)
    {
        version = null;
        if (value.Length > MaxLength)
        {
            return false;
        }

        var s = Trim(value);
        var i = 0;
        if (s.Length > 0 && (s[0] | 0x20) == 'v')
        {
            i++;
        }

        if (!ReadNumber(s, ref i, out var first))
        {
            return false;
        }

        long epoch = 0;
        if (i < s.Length && s[i] == '!')
        {
            epoch = first;
            i++;
            if (!ReadNumber(s, ref i, out first))
            {
                return false;
            }
        }

        // Release: count the components first so the array has its exact size.
        var count = 1;
        for (var k = i; k + 1 < s.Length; k++)
        {
            var c = s[k];
            if (c == '.' && char.IsAsciiDigit(s[k + 1]))
            {
                count++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                break;
            }
        }

        var release = new long[count];
        release[0] = first;
        for (var part = 1; part < count; part++)
        {
            i++;
            if (!ReadNumber(s, ref i, out release[part]))
            {
                return false;
            }
        }

        // Fast path: a plain release such as 1.2.3.
        if (i == s.Length)
        {
            version = new PythonVersion(epoch, release, PreReleaseKind.None, 0, -1, -1, null);
            return true;
        }

        var preKind = PreReleaseKind.None;
        long pre = 0;
        long post = -1;
        long dev = -1;

        // Pre-release: [-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?N?
        var j = SkipSeparator(s, i);
        var labelLength = MatchPreLabel(s[j..], out var kind);
        if (labelLength > 0)
        {
            preKind = kind;
            i = j + labelLength;
            if (!ReadOptionalNumber(s, ref i, out pre))
            {
                return false;
            }
        }

        // Post-release: -N | [-_.]?(post|rev|r)[-_.]?N?
        if (i + 1 < s.Length && s[i] == '-' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            if (!ReadNumber(s, ref i, out post))
            {
                return false;
            }
        }
        else
        {
            j = SkipSeparator(s, i);
            labelLength = MatchPostLabel(s[j..]);
            if (labelLength > 0)
            {
                i = j + labelLength;
                if (!ReadOptionalNumber(s, ref i, out post))
                {
                    return false;
                }
            }
        }

        // Development release: [-_.]?dev[-_.]?N?
        j = SkipSeparator(s, i);
        if (StartsWithIgnoreCase(s[j..], "dev"))
        {
            i = j + 3;
            if (!ReadOptionalNumber(s, ref i, out dev))
            {
                return false;
            }
        }

        LocalSegment[]? local = null;
        if (i < s.Length && s[i] == '+')
        {
            if (!TryParseLocal(s[(i + 1)..], out local))
            {
                return false;
            }

            i = s.Length;
        }

        if (i != s.Length)
        {
            return false;
        }

        version = new PythonVersion(epoch, release, preKind, pre, post, dev, local);
        return true;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsSpace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private static int SkipSeparator(ReadOnlySpan<char> s, int i) => i < s.Length && s[i] is '.' or '-' or '_' ? i + 1 : i;

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> s, string lower)
    {
        if (s.Length < lower.Length)
        {
            return false;
        }

        for (var k = 0; k < lower.Length; k++)
        {
            if ((s[k] | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchPreLabel(ReadOnlySpan<char> s, out PreReleaseKind kind)
    {
        kind = PreReleaseKind.None;
        if (s.IsEmpty)
        {
            return 0;
        }

        switch (s[0] | 0x20)
        {
            case 'a':
                kind = PreReleaseKind.Alpha;
                return StartsWithIgnoreCase(s, "alpha") ? 5 : 1;
            case 'b':
                kind = PreReleaseKind.Beta;
                return StartsWithIgnoreCase(s, "beta") ? 4 : 1;
            case 'c':
                kind = PreReleaseKind.ReleaseCandidate;
                return 1;
            case 'r' when StartsWithIgnoreCase(s, "rc"):
                kind = PreReleaseKind.ReleaseCandidate;
                return 2;
            case 'p' when StartsWithIgnoreCase(s, "preview"):
                kind = PreReleaseKind.ReleaseCandidate;
                return 7;
            case 'p' when StartsWithIgnoreCase(s, "pre"):
                kind = PreReleaseKind.ReleaseCandidate;
                return 3;
            default:
                return 0;
        }
    }

    private static int MatchPostLabel(ReadOnlySpan<char> s)
    {
        if (StartsWithIgnoreCase(s, "post"))
        {
            return 4;
        }

        if (StartsWithIgnoreCase(s, "rev"))
        {
            return 3;
        }

        return s.Length > 0 && (s[0] | 0x20) == 'r' ? 1 : 0;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, out long value)
    {
        value = 0;
        var start = i;
        unchecked
        {
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                var digit = s[i] - '0';
                if (value >= long.MaxValue / 10 && (value > long.MaxValue / 10 || digit > 7))
                {
                    return false;
                }

                value = (value * 10) + digit;
                i++;
            }
        }

        return i > start;
    }

    // After a label: an optional separator and optional digits; a missing number means zero.
    private static bool ReadOptionalNumber(ReadOnlySpan<char> s, ref int i, out long value)
    {
        value = 0;
        var j = SkipSeparator(s, i);
        if (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            i = j;
            return ReadNumber(s, ref i, out value);
        }

        i = j;
        return true;
    }

    private static bool TryParseLocal(ReadOnlySpan<char> s, out LocalSegment[]? local)
    {
        local = null;
        if (s.IsEmpty)
        {
            return false;
        }

        var segments = new List<LocalSegment>();
        var start = 0;
        for (var k = 0; k <= s.Length; k++)
        {
            if (k == s.Length || s[k] is '.' or '-' or '_')
            {
                if (k == start)
                {
                    return false;
                }

                var part = s[start..k];
                var numeric = true;
                foreach (var c in part)
                {
                    if (!char.IsAsciiLetterOrDigit(c))
                    {
                        return false;
                    }

                    numeric &= char.IsAsciiDigit(c);
                }

                segments.Add(numeric ? new LocalSegment(true, TrimZeros(part)) : new LocalSegment(false, part.ToString().ToLowerInvariant()));
                start = k + 1;
            }
        }

        local = [.. segments];
        return true;
    }

    private static string TrimZeros(ReadOnlySpan<char> digits)
    {
        var k = 0;
        while (k < digits.Length - 1 && digits[k] == '0')
        {
            k++;
        }

        return digits[k..].ToString();
    }

    /// <summary>Compares two versions by PEP 440 ordering.</summary>
    /// <param name="other">The other version; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PythonVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        if (Epoch != other.Epoch)
        {
            return Epoch < other.Epoch ? -1 : 1;
        }

        var a = release;
        var b = other.release;
        var n = Math.Max(significant, other.significant);
        for (var k = 0; k < n; k++)
        {
            var x = k < a.Length ? a[k] : 0;
            var y = k < b.Length ? b[k] : 0;
            if (x != y)
            {
                return x < y ? -1 : 1;
            }
        }

        if (preRank != other.preRank)
        {
            return preRank < other.preRank ? -1 : 1;
        }

        if (PreReleaseNumber != other.PreReleaseNumber && preRank is not RankDevOnly and not RankFinal)
        {
            return PreReleaseNumber < other.PreReleaseNumber ? -1 : 1;
        }

        // Absent post (-1) sorts before any post; absent dev (-1) sorts after any dev.
        if (PostRelease != other.PostRelease)
        {
            return PostRelease < other.PostRelease ? -1 : 1;
        }

        if (DevRelease != other.DevRelease)
        {
            var x = DevRelease < 0 ? long.MaxValue : DevRelease;
            var y = other.DevRelease < 0 ? long.MaxValue : other.DevRelease;
            return x < y ? -1 : 1;
        }

        return CompareLocal(local, other.local);
    }

    private static int CompareLocal(LocalSegment[]? a, LocalSegment[]? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var n = Math.Min(a.Length, b.Length);
        for (var k = 0; k < n; k++)
        {
            var c = a[k].CompareTo(b[k]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PythonVersion v => CompareTo(v),
        _ => throw new ArgumentException("The object is not a PythonVersion.", nameof(obj)),
    };

    /// <summary>Equality by PEP 440 ordering: <c>1.0</c> equals <c>1.0.0</c>.</summary>
    /// <param name="other">The other version.</param>
    /// <returns>Whether the versions compare equal.</returns>
    public bool Equals(PythonVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PythonVersion);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Epoch);
        for (var k = 0; k < significant; k++)
        {
            hash.Add(release[k]);
        }

        hash.Add(preRank);
        hash.Add(preRank is RankDevOnly or RankFinal ? 0 : PreReleaseNumber);
        hash.Add(PostRelease);
        hash.Add(DevRelease);
        if (local is not null)
        {
            foreach (var segment in local)
            {
                hash.Add(segment.Text, StringComparer.Ordinal);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The normalized form, e.g. <c>1!2.0rc1.post3.dev4+ubuntu.1</c>.</summary>
    /// <returns>The normalized version string.</returns>
    public override string ToString() => text ??= Format();

    private string Format()
    {
        var builder = new StringBuilder(16);
        if (Epoch != 0)
        {
            builder.Append(Epoch.ToString(CultureInfo.InvariantCulture)).Append('!');
        }

        for (var k = 0; k < release.Length; k++)
        {
            if (k > 0)
            {
                builder.Append('.');
            }

            builder.Append(release[k].ToString(CultureInfo.InvariantCulture));
        }

        if (PreReleaseKind != PreReleaseKind.None)
        {
            builder.Append(PreReleaseKind switch
            {
                PreReleaseKind.Alpha => "a",
                PreReleaseKind.Beta => "b",
                _ => "rc",
            }).Append(PreReleaseNumber.ToString(CultureInfo.InvariantCulture));
        }

        if (PostRelease >= 0)
        {
            builder.Append(".post").Append(PostRelease.ToString(CultureInfo.InvariantCulture));
        }

        if (DevRelease >= 0)
        {
            builder.Append(".dev").Append(DevRelease.ToString(CultureInfo.InvariantCulture));
        }

        if (local is not null)
        {
            builder.Append('+').Append(Local);
        }

        return builder.ToString();
    }

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether they compare equal.</returns>
    public static bool operator ==(PythonVersion? left, PythonVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PythonVersion? left, PythonVersion? right) => !(left == right);

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(PythonVersion? left, PythonVersion? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(PythonVersion? left, PythonVersion? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(PythonVersion? left, PythonVersion? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>PEP 440 ordering.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(PythonVersion? left, PythonVersion? right) => left is null ? right is null : left.CompareTo(right) >= 0;

    // Release components without their epoch, for prefix matching by specifiers.
    internal ReadOnlySpan<long> ReleaseSpan => release;

    internal LocalSegment[]? LocalSegments => local;

    internal readonly record struct LocalSegment(bool Numeric, string Text) : IComparable<LocalSegment>
    {
        // Alphanumeric segments sort before numeric ones; numbers compare by value, words case-insensitively (already lowercased).
        public int CompareTo(LocalSegment other)
        {
            if (Numeric != other.Numeric)
            {
                return Numeric ? 1 : -1;
            }

            if (Numeric && Text.Length != other.Text.Length)
            {
                return Text.Length < other.Text.Length ? -1 : 1;
            }

            return Math.Sign(string.CompareOrdinal(Text, other.Text));
        }
    }
}
