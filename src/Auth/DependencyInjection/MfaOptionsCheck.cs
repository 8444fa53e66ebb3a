using Microsoft.Extensions.Options;

namespace Bonded.Auth;

/// <summary>Constructor-time validation shared by the MFA services, for callers that build them without the container.</summary>
internal static class MfaOptionsCheck
{
    /// <summary>The options' value, or one <see cref="ArgumentException"/> that lists every invalid option.</summary>
    internal static T Validated<T>(IOptions<T> options, Func<T, string, IEnumerable<string>> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var errors = validate(value, string.Empty).ToList();
        return errors.Count == 0 ? value : throw new ArgumentException(string.Join(" ", errors), nameof(options));
    }
}
