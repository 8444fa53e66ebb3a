using System.Buffers.Binary;
using System.Security.Cryptography;
using LocalIndex.Storage;

namespace LocalIndex.Accounts;

/// <summary>TOTP as the host needs it: enrolment secrets and single-use verification.</summary>
internal interface ITotp
{
    byte[] NewSecret();

    string ProvisioningUri(byte[] secret, string account);

    /// <summary>Checks a code and, atomically, marks its time step used; a replayed code fails.</summary>
    Task<bool> VerifyAsync(long userId, string code, CancellationToken cancellationToken = default);
}

/// <summary>Interim RFC 6238 (SHA-1, 6 digits, 30 s, one step of drift) until Bonded.Auth's TOTP is merged.</summary>
internal sealed class InterimTotp(IRegistryStore store, TimeProvider time) : ITotp
{
    public byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);

    public string ProvisioningUri(byte[] secret, string account)
        => $"otpauth://totp/Bonded%20local%20index:{Uri.EscapeDataString(account)}?secret={Base32.Encode(secret)}&issuer=Bonded%20local%20index";

    public async Task<bool> VerifyAsync(long userId, string code, CancellationToken cancellationToken = default)
    {
        code = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var enrolled = await store.GetTotpAsync(userId, cancellationToken);
        if (enrolled is not { } totp)
        {
            return false;
        }

        var step = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var s = step - 1; s <= step + 1; s++)
        {
            if (s > totp.LastStep && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(totp.Secret, s)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return await store.TryAdvanceTotpStepAsync(userId, totp.LastStep, s, cancellationToken);
            }
        }

        return false;
    }

    internal static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default and what authenticator apps use.
        var mac = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = mac[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(mac.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>RFC 4648 base32, as authenticator apps and <c>--totp-secret</c> spell secrets.</summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var output = new System.Text.StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }

    public static byte[]? TryDecode(string text)
    {
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return output.Count == 0 ? null : [.. output];
    }
}
