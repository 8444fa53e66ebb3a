namespace Bonded.Auth.Policy;

/// <summary>What the policy says about one user or action right now.</summary>
public enum MfaRequirementLevel
{
    /// <summary>No second factor is needed.</summary>
    NotRequired = 0,

    /// <summary>A second factor will be required (the rule applies but its enforcement date is still ahead): prompt the user.</summary>
    Recommended = 1,

    /// <summary>A second factor is required: refuse the action until the user has one.</summary>
    Required = 2,
}
