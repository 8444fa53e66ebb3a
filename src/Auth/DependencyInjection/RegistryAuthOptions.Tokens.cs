using Bonded.Auth.Tokens;

namespace Bonded.Auth;

/// <content>The API token section.</content>
public sealed partial class RegistryAuthOptions
{
    /// <summary>Registry API tokens: prefix, location, limits, caveat types and leak reporters.</summary>
    public ApiTokenOptions Tokens { get; } = new();
}
