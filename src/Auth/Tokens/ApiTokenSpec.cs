namespace Bonded.Auth.Tokens;

/// <summary>What to issue: the owner, a description and the caveats of a new registry token.</summary>
public sealed class ApiTokenSpec
{
    /// <summary>The user the token belongs to; exactly one of this and <see cref="PublisherId"/> is set.</summary>
    public string? UserId { get; init; }

    /// <summary>The trusted publisher the token belongs to; exactly one of this and <see cref="UserId"/> is set.</summary>
    public string? PublisherId { get; init; }

    /// <summary>What the owner calls the token.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Caveats written into the token (visible to its holder).</summary>
    public IReadOnlyList<TokenCaveat> Caveats { get; init; } = [];

    /// <summary>Caveats kept on the server only and applied at every verification.</summary>
    public IReadOnlyList<TokenCaveat> StoredCaveats { get; init; } = [];

    /// <summary>A user token restricted to projects, optionally expiring.</summary>
    /// <param name="userId">The owner.</param>
    /// <param name="description">The description.</param>
    /// <param name="projectNames">The projects the token may act on.</param>
    /// <param name="expiresAt">When it expires, or null for never.</param>
    /// <param name="notBefore">When it starts being valid (with an expiry); the Unix epoch when null.</param>
    /// <returns>The spec.</returns>
    public static ApiTokenSpec ForProjects(string userId, string description, IEnumerable<string> projectNames, DateTimeOffset? expiresAt, DateTimeOffset? notBefore = null)
    {
        var caveats = new List<TokenCaveat>();
        if (expiresAt is { } expiry)
        {
            caveats.Add(new ExpiryCaveat(expiry, notBefore ?? DateTimeOffset.UnixEpoch));
        }

        caveats.Add(new ProjectNamesCaveat(projectNames));
        return new ApiTokenSpec { UserId = userId, Description = description, Caveats = caveats };
    }
}

/// <summary>A newly issued token: the secret to show once, and its record.</summary>
public sealed class CreatedApiToken
{
    internal CreatedApiToken(string token, ApiTokenRecord record)
    {
        Token = token;
        Record = record;
    }

    /// <summary>The token (a bearer secret): show it to its owner once, never log it.</summary>
    public string Token { get; }

    /// <summary>The stored record.</summary>
    public ApiTokenRecord Record { get; }

    /// <summary>The token id, never the token.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"CreatedApiToken({Record.Id})";
}
