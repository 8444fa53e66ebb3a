namespace Bonded.Auth.Policy;

/// <summary>Whether an attempt may go ahead, and if not, when to try again.</summary>
/// <param name="IsAllowed">Whether the attempt may go ahead.</param>
/// <param name="RetryAfter">When refused, how long to wait (for a <c>Retry-After</c> header); zero when allowed.</param>
public readonly record struct RateLimitDecision(bool IsAllowed, TimeSpan RetryAfter);
