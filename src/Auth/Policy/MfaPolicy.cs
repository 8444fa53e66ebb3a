using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.Policy;

/// <summary>
/// The registry's two-factor policy: who must have a second factor (every user, or maintainers of critical projects,
/// with an enforcement date for phased roll-outs), per-user and per-address rate limits on login and second-factor
/// attempts, and audit events for refused attempts.
/// </summary>
public sealed class MfaPolicy
{
    private readonly MfaPolicyOptions options;
    private readonly IRateLimitStore store;
    private readonly IAuditSink audit;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the policy.</summary>
    /// <param name="options">The rules and limits.</param>
    /// <param name="store">Where attempts are counted.</param>
    /// <param name="audit">Where refused attempts are recorded.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public MfaPolicy(IOptions<MfaPolicyOptions> options, IRateLimitStore store, IAuditSink audit, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = MfaOptionsCheck.Validated(options, static (o, prefix) => o.Validate(prefix));

        this.store = store;
        this.audit = audit;
        this.timeProvider = timeProvider;
    }

    /// <summary>Whether a user who maintains the given projects must have a second factor.</summary>
    /// <param name="maintainedProjects">The normalized names of the projects the user owns or maintains.</param>
    /// <returns>NotRequired, Recommended (before the enforcement date) or Required.</returns>
    public MfaRequirementLevel GetRequirementForUser(IEnumerable<string> maintainedProjects)
    {
        ArgumentNullException.ThrowIfNull(maintainedProjects);
        var applies = options.Requirement switch
        {
            MfaRequirement.AllUsers => true,
            MfaRequirement.CriticalProjects => maintainedProjects.Any(options.CriticalProjects.Contains),
            _ => false,
        };
        return Level(applies);
    }

    /// <summary>Whether an action on a project (an upload, a role change) needs the acting user to have a second factor.</summary>
    /// <param name="project">The normalized project name.</param>
    /// <returns>NotRequired, Recommended (before the enforcement date) or Required.</returns>
    public MfaRequirementLevel GetRequirementForProject(string project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var applies = options.Requirement switch
        {
            MfaRequirement.AllUsers => true,
            MfaRequirement.CriticalProjects => options.CriticalProjects.Contains(project),
            _ => false,
        };
        return Level(applies);
    }

    /// <summary>Whether a project is critical.</summary>
    /// <param name="project">The normalized project name.</param>
    /// <returns><see langword="true"/> when it is listed in <see cref="MfaPolicyOptions.CriticalProjects"/>.</returns>
    public bool IsCritical(string project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return options.CriticalProjects.Contains(project);
    }

    /// <summary>Counts an attempt against the per-user and per-address limits, before checking the credential.</summary>
    /// <param name="kind">Login or second factor.</param>
    /// <param name="userId">The user named in the attempt (also for unknown users, so that probing is limited too).</param>
    /// <param name="remoteAddress">The client address; IPv6 addresses count per /64; null skips the address limit.</param>
    /// <param name="cancellationToken">Cancels the store operations.</param>
    /// <returns>Allowed, or refused with a retry delay; a refusal is also written to the audit sink.</returns>
    public async ValueTask<RateLimitDecision> CheckAttemptAsync(AttemptKind kind, string userId, IPAddress? remoteAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var (perUser, perAddress) = Rules(kind);
        var now = timeProvider.GetUtcNow();
        var user = await CountAsync(UserBucket(kind, userId), perUser, now, cancellationToken).ConfigureAwait(false);
        var address = remoteAddress is null
            ? new RateLimitDecision(true, TimeSpan.Zero)
            : await CountAsync(AddressBucket(kind, remoteAddress), perAddress, now, cancellationToken).ConfigureAwait(false);
        if (user.IsAllowed && address.IsAllowed)
        {
            return user;
        }

        var which = user.IsAllowed ? "address" : "user";
        await audit.WriteAsync(
            new AuditEvent(AuditEventKind.RateLimited, userId.Length <= 128 ? userId : userId[..128] + "...", now, remoteAddress, string.Create(CultureInfo.InvariantCulture, $"{kind} per {which}")),
            cancellationToken).ConfigureAwait(false);
        return new RateLimitDecision(false, user.RetryAfter > address.RetryAfter ? user.RetryAfter : address.RetryAfter);
    }

    /// <summary>Clears the per-user count after a successful attempt (the per-address count stays).</summary>
    /// <param name="kind">Login or second factor.</param>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the store operation.</param>
    /// <returns>A task that completes when cleared.</returns>
    public ValueTask ResetAsync(AttemptKind kind, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return store.ResetAsync(UserBucket(kind, userId), cancellationToken);
    }

    /// <summary>The address a limit counts: IPv4 (also IPv4-mapped IPv6) as is, IPv6 by its /64 prefix.</summary>
    internal static string AddressKey(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    /// <summary>The user's bucket; long (attacker-typed) names are hashed so that a bucket key stays small.</summary>
    private static string UserBucket(AttemptKind kind, string userId) => userId.Length <= 128
        ? string.Create(CultureInfo.InvariantCulture, $"{kind}:user:{userId}")
        : string.Create(CultureInfo.InvariantCulture, $"{kind}:user-sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))}");

    private static string AddressBucket(AttemptKind kind, IPAddress address) => string.Create(CultureInfo.InvariantCulture, $"{kind}:address:{AddressKey(address)}");

    private (RateLimitRule PerUser, RateLimitRule PerAddress) Rules(AttemptKind kind) => kind switch
    {
        AttemptKind.Login => (options.LoginPerUser, options.LoginPerAddress),
        AttemptKind.SecondFactor => (options.SecondFactorPerUser, options.SecondFactorPerAddress),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async ValueTask<RateLimitDecision> CountAsync(string bucket, RateLimitRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticks = rule.Window.Ticks;
        var elapsed = now.UtcTicks;
        var window = elapsed / ticks;
        var into = elapsed % ticks;
        var expiresAt = new DateTimeOffset((window + 2) * ticks, TimeSpan.Zero);
        var (current, previous) = await store.IncrementAsync(bucket, window, expiresAt, cancellationToken).ConfigureAwait(false);

        // Sliding-window estimate: the previous window weighs by the part of it still inside the sliding window.
        var estimate = current + (previous * (double)(ticks - into) / ticks);
        return estimate <= rule.PermitLimit
            ? new RateLimitDecision(true, TimeSpan.Zero)
            : new RateLimitDecision(false, TimeSpan.FromTicks(ticks - into));
    }

    private MfaRequirementLevel Level(bool applies)
    {
        if (!applies)
        {
            return MfaRequirementLevel.NotRequired;
        }

        return options.EnforcedFrom is { } from && timeProvider.GetUtcNow() < from ? MfaRequirementLevel.Recommended : MfaRequirementLevel.Required;
    }
}
