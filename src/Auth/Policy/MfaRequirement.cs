namespace Bonded.Auth.Policy;

/// <summary>Which users must use a second factor.</summary>
public enum MfaRequirement
{
    /// <summary>Nobody is required to (second factors are optional).</summary>
    None = 0,

    /// <summary>Maintainers of critical projects (and uploads to those projects) need a second factor.</summary>
    CriticalProjects = 1,

    /// <summary>Every user needs a second factor.</summary>
    AllUsers = 2,
}
