namespace Bonded.Auth.Otp;

/// <summary>HMAC-based one-time passwords (RFC 4226), the building block of TOTP.</summary>
public static class Hotp
{
    private static readonly uint[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>Computes the HOTP value of a counter.</summary>
    /// <param name="key">The key; its <see cref="OtpKey.Digits"/> sets the length.</param>
    /// <param name="counter">The moving factor (for TOTP, the time step).</param>
    /// <returns>The code, zero-padded to <see cref="OtpKey.Digits"/> digits.</returns>
    public static string Compute(OtpKey key, long counter)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Value(key, counter).ToString("D" + key.Digits.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Checks a code against the counters <paramref name="counter"/> to <paramref name="counter"/> + <paramref name="lookAhead"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="code">The code entered; white space and hyphens are ignored.</param>
    /// <param name="counter">The next expected counter.</param>
    /// <param name="lookAhead">How many further counters to accept (resynchronization, RFC 4226 section 7.4); 0 to 100.</param>
    /// <param name="matchedCounter">The counter that matched; store <paramref name="matchedCounter"/> + 1 as the next expected counter.</param>
    /// <returns>Whether the code matched one of the counters.</returns>
    public static bool TryMatch(OtpKey key, string code, long counter, int lookAhead, out long matchedCounter)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfNegative(lookAhead);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lookAhead, 100);
        matchedCounter = -1;
        if (!OtpCode.TryNormalize(code, key.Digits, out var value))
        {
            return false;
        }

        // In batches of as many counters as the key's HMAC computes at the cost of one (see OtpHmac.BatchSize);
        // counters past long.MaxValue do not exist.
        var count = (int)Math.Min(lookAhead, long.MaxValue - counter) + 1;
        var batch = key.Hmac.BatchSize;
        Span<ulong> counters = stackalloc ulong[4];
        Span<uint> values = stackalloc uint[4];
        for (var offset = 0; offset < count; offset += batch)
        {
            var n = Math.Min(batch, count - offset);
            for (var i = 0; i < n; i++)
            {
                counters[i] = (ulong)(counter + offset + i);
            }

            Values(key, counters[..n], values);
            for (var i = 0; i < n; i++)
            {
                if (values[i] == value)
                {
                    matchedCounter = counter + offset + i;
                    return true;
                }
            }
        }

        return false;
    }

    internal static uint Value(OtpKey key, long counter) => key.Hmac.Truncate(unchecked((ulong)counter)) % Powers[key.Digits];

    /// <summary>The values of up to four counters, computed together where the hash allows (see <see cref="OtpHmac.BatchSize"/>).</summary>
    internal static void Values(OtpKey key, ReadOnlySpan<ulong> counters, Span<uint> values)
    {
        key.Hmac.TruncateMany(counters, values);
        for (var i = 0; i < counters.Length; i++)
        {
            values[i] %= Powers[key.Digits];
        }
    }
}
