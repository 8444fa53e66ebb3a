namespace Bonded.Auth.Tokens;

/// <summary>What a token is being used for: the resource of the request, as the host knows it.</summary>
public sealed class TokenRequest
{
    /// <summary>A request that touches no project (account-level operations).</summary>
    public static TokenRequest None { get; } = new();

    /// <summary>The project the request acts on, by name (normalized per PEP 503 before comparison); null outside a project.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The project's stable id; null outside a project or when the host has none.</summary>
    public string? ProjectId { get; init; }

    /// <summary>What the request does (for example "upload"); registry-defined caveats may restrict it.</summary>
    public string? Permission { get; init; }

    /// <summary>Further facts for registry-defined caveats (keys are registry conventions).</summary>
    public IReadOnlyDictionary<string, string>? Properties { get; init; }

    /// <summary>A request on a project.</summary>
    /// <param name="projectName">The project's name.</param>
    /// <param name="projectId">The project's id, when known.</param>
    /// <returns>The request.</returns>
    public static TokenRequest ForProject(string projectName, string? projectId = null) => new() { ProjectName = projectName, ProjectId = projectId };
}
