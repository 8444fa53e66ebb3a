namespace Bonded.Auth.Passwords;

/// <summary>The outcome of checking a password against a stored hash.</summary>
public enum PasswordVerification
{
    /// <summary>The password does not match (or is longer than allowed).</summary>
    Failed = 0,

    /// <summary>The password matches and the stored hash uses the current parameters.</summary>
    Success = 1,

    /// <summary>The password matches but the stored hash uses other parameters: store a fresh hash now.</summary>
    SuccessRehashNeeded = 2,
}
