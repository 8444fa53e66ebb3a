namespace Bonded.Auth.Otp;

/// <summary>Normalizes a code as typed: white space (any Unicode space) and hyphens are dropped, then exactly the expected number of ASCII digits must remain.</summary>
internal static class OtpCode
{
    internal const int MaxInputLength = 64;

    internal static bool TryNormalize(ReadOnlySpan<char> input, int digits, out uint value)
    {
        value = 0;
        if (input.Length > MaxInputLength)
        {
            return false;
        }

        var count = 0;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++count > digits)
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        return count == digits;
    }
}
