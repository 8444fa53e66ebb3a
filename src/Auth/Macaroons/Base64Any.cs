using System.Buffers;
using System.Buffers.Text;

namespace Bonded.Auth.Macaroons;

/// <summary>
/// Base64 as the macaroon formats use it: standard or URL-safe alphabet, padding optional, and (being strict
/// with hostile input) no whitespace, no mixing of padding styles and no non-zero trailing bits.
/// </summary>
internal static class Base64Any
{
    private static readonly sbyte[] Map = BuildMap();

    public static int MaxDecodedLength(int encodedLength) => (encodedLength / 4 * 3) + 3;

    private static readonly SearchValues<char> UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Decodes into <paramref name="destination"/>; -1 when the text is not base64.</summary>
    /// <remarks>
    /// Unpadded URL-safe text with zero trailing bits, the form tokens take, goes through the vectorized
    /// <see cref="Base64Url"/> decoder; anything else through the strict scalar decoder, so both give the same result.
    /// </remarks>
    public static int Decode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (text.Length % 4 != 1 && !text.ContainsAnyExcept(UrlAlphabet) && (text.IsEmpty || TrailingBitsAreZero(text))
            && Base64Url.DecodeFromChars(text, destination, out var consumed, out var written) == OperationStatus.Done
            && consumed == text.Length)
        {
            return written;
        }

        return DecodeScalar(text, destination);
    }

    /// <summary>Whether the bits of the last character that do not make a whole byte are zero (a canonical encoding).</summary>
    private static bool TrailingBitsAreZero(ReadOnlySpan<char> text)
    {
        var last = Map[text[^1]];
        return (text.Length % 4) switch
        {
            2 => (last & 0x0F) == 0,
            3 => (last & 0x03) == 0,
            _ => true,
        };
    }

    /// <summary>The strict decoder for every alphabet and padding style; -1 when the text is not base64.</summary>
    internal static int DecodeScalar(ReadOnlySpan<char> text, Span<byte> destination)
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
