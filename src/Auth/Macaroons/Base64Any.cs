namespace Bonded.Auth.Macaroons;

/// <summary>
/// Base64 as the macaroon formats use it: standard or URL-safe alphabet, padding optional, and (being strict
/// with hostile input) no whitespace, no mixing of padding styles and no non-zero trailing bits.
/// </summary>
internal static class Base64Any
{
    private static readonly sbyte[] Map = BuildMap();

    public static int MaxDecodedLength(int encodedLength) => (encodedLength / 4 * 3) + 3;

    /// <summary>Decodes into <paramref name="destination"/>; -1 when the text is not base64.</summary>
    public static int Decode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var length = text.Length;
        if (length > 0 && text[length - 1] == '=')
        {
            length--;
            if (length > 0 && text[length - 1] == '=')
            {
                length--;
            }

            if (text.Length % 4 != 0)
            {
                return -1;
            }
        }

        if (length % 4 == 1)
        {
            return -1;
        }

        var written = 0;
        var accumulator = 0;
        var bits = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            var value = c < 128 ? Map[c] : (sbyte)-1;
            if (value < 0)
            {
                return -1;
            }

            accumulator = (accumulator << 6) | (value & 0x3F);
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                if (written >= destination.Length)
                {
                    return -1;
                }

                destination[written++] = (byte)(accumulator >> bits);
                accumulator &= (1 << bits) - 1;
            }
        }

        return accumulator != 0 ? -1 : written;
    }

    /// <summary>Decodes a whole string; null when it is not base64.</summary>
    public static byte[]? Decode(ReadOnlySpan<char> text)
    {
        var buffer = new byte[MaxDecodedLength(text.Length)];
        var written = Decode(text, buffer);
        return written < 0 ? null : buffer.AsSpan(0, written).ToArray();
    }

    /// <summary>URL-safe base64 without padding, the text form libmacaroons and pymacaroons emit.</summary>
    public static string EncodeUrl(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    private static sbyte[] BuildMap()
    {
        var map = new sbyte[128];
        Array.Fill(map, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (var i = 0; i < alphabet.Length; i++)
        {
            map[alphabet[i]] = (sbyte)i;
        }

        map['+'] = 62;
        map['-'] = 62;
        map['/'] = 63;
        map['_'] = 63;
        return map;
    }
}
