using Bonded.Auth.Tokens;
using FsCheck;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Tokens;

/// <summary>Whatever a client sends as a token, verification refuses it with a result; it never throws.</summary>
public sealed class TokenParsingPropertyTests
{
    private static readonly ApiTokenService Service = new(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System);
    private static readonly CaveatTypeRegistry Registry = new();

    [Property(MaxTest = 1000)]
    public bool Any_string_is_refused_as_a_result(string? token)
    {
        var result = Service.VerifyAsync(token, TokenRequest.ForProject("p")).AsTask().GetAwaiter().GetResult();
        return !result.IsValid && result.Failure is ApiTokenFailure.Malformed or ApiTokenFailure.UnknownToken;
    }

    [Property(MaxTest = 1000)]
    public bool Any_bytes_behind_the_prefix_are_refused_as_a_result(byte[] body, bool v2)
    {
        byte[] data = v2 ? [2, .. body] : body;
        var token = "pypi-" + Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var result = Service.VerifyAsync(token, TokenRequest.ForProject("p")).AsTask().GetAwaiter().GetResult();
        return !result.IsValid && result.Failure is ApiTokenFailure.Malformed or ApiTokenFailure.UnknownToken;
    }

    [Property(MaxTest = 2000)]
    public bool Any_caveat_bytes_are_read_or_refused_with_a_reason(byte[] predicate) =>
        Registry.TryRead(predicate, out var caveat, out var error) ? caveat is not null : error.Length > 0;

    [Property(MaxTest = 500)]
    public bool Built_in_caveats_round_trip_through_their_predicates(string[] names, long expiresAt, string user)
    {
        var caveats = new List<TokenCaveat>();
        var valid = names.Where(n => !string.IsNullOrEmpty(n)).ToArray();
        if (valid.Length > 0)
        {
            caveats.Add(new ProjectNamesCaveat(valid));
            caveats.Add(new ProjectIdsCaveat(valid));
        }

        if (!string.IsNullOrEmpty(user))
        {
            caveats.Add(new UserCaveat(user));
            caveats.Add(new TrustedPublisherCaveat(user));
        }

        var seconds = Math.Clamp(expiresAt, 1, 253402300799);
        caveats.Add(new ExpiryCaveat(DateTimeOffset.FromUnixTimeSeconds(seconds), DateTimeOffset.FromUnixTimeSeconds(seconds - 1)));
        return caveats.All(c => Registry.TryRead(c.ToPredicate(), out var read, out _) && read.ToString() == c.ToString() && read.GetType() == c.GetType());
    }
}
