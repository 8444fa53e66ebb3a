using Bonded.Auth.Recovery;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Recovery;

public sealed class RecoveryCodeNormalizationTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Property]
    public bool Any_input_normalizes_to_a_full_code_or_to_nothing(string input)
    {
        var normalized = RecoveryCodes.Normalize(input ?? string.Empty, 16);
        return normalized is null || (normalized.Length == 16 && normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal)));
    }

    [Property]
    public bool A_code_survives_grouping_case_and_spacing(byte[] seed)
    {
        var bytes = seed ?? [];
        var code = new string(Enumerable.Range(0, 16).Select(i => Alphabet[bytes.Length == 0 ? i : bytes[i % bytes.Length] % 32]).ToArray());
        var typed = " " + string.Join("- ", code.Chunk(4).Select(c => new string(c))).ToLowerInvariant() + "\n";
        return RecoveryCodes.Normalize(typed, 16) == code;
    }
}
