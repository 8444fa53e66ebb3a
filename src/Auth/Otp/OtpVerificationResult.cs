namespace Bonded.Auth.Otp;

/// <summary>The outcome of checking a one-time code.</summary>
public enum OtpVerificationResult
{
    /// <summary>The code is wrong, malformed, or outside the accepted window.</summary>
    Rejected = 0,

    /// <summary>The code is right and its time step had not been used: the second factor is satisfied.</summary>
    Accepted = 1,

    /// <summary>The code is right but its time step (or a later one) was already accepted: a replay.</summary>
    Replayed = 2,
}
