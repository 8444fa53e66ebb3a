using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Policy;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.Recovery;

/// <summary>
/// One-time recovery codes: generated as a set that replaces the old one, shown to the user once, stored only as
/// hashes, and burned atomically on use. Codes are 80 random bits by default, so a fast keyed hash (SHA-256 over a
/// domain tag, the user id and the code) is enough; a slow password hash would add nothing against guessing.
/// </summary>
public sealed class RecoveryCodes
{
    /// <summary>Crockford's base32: no I, L, O or U, so codes read aloud and copied by hand survive.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int MaxInputLength = 128;
    private static readonly byte[] Domain = "bonded-recovery-code-v1"u8.ToArray();

    private readonly RecoveryCodeOptions options;
    private readonly IRecoveryCodeStore store;
    private readonly IAuditSink audit;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the service.</summary>
    /// <param name="options">Codes per set and code length.</param>
    /// <param name="store">Where the hashes live.</param>
    /// <param name="audit">Where generation and use are recorded.</param>
    /// <param name="timeProvider">The clock for audit events.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public RecoveryCodes(IOptions<RecoveryCodeOptions> options, IRecoveryCodeStore store, IAuditSink audit, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = MfaOptionsCheck.Validated(options, static (o, prefix) => o.Validate(prefix));

        this.store = store;
        this.audit = audit;
        this.timeProvider = timeProvider;
    }

    /// <summary>Generates a new set for a user, replacing the old one, and returns the codes to show once.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the store operation.</param>
    /// <returns>The codes, formatted in groups of four (for example <c>7KQ2-M9XD-4TZR-0B1F</c>); not stored anywhere.</returns>
    public async ValueTask<IReadOnlyList<string>> GenerateAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var codes = new List<string>(options.Count);
        var hashes = new List<byte[]>(options.Count);
        while (codes.Count < options.Count)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, options.Length);
            if (codes.Contains(code, StringComparer.Ordinal))
            {
                continue;
            }

            codes.Add(code);
            hashes.Add(Hash(userId, code));
        }

        await store.ReplaceAsync(userId, hashes, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditEvent(AuditEventKind.RecoveryCodesGenerated, userId, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return codes.Select(Format).ToList();
    }

    /// <summary>Uses a recovery code: if it is one of the user's unused codes, burns it and returns true.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="code">The code as typed; case, white space, hyphens and the look-alikes O/I/L are forgiven.</param>
    /// <param name="cancellationToken">Cancels the store operation.</param>
    /// <returns>Whether the code was valid and unused; a used code never works again.</returns>
    public async ValueTask<bool> RedeemAsync(string userId, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(code);
        var normalized = Normalize(code, options.Length);
        var burned = normalized is not null && await store.TryBurnAsync(userId, Hash(userId, normalized), cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(
            new AuditEvent(burned ? AuditEventKind.RecoveryCodeUsed : AuditEventKind.RecoveryCodeRejected, userId, timeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        return burned;
    }

    /// <summary>How many unused codes the user has left (prompt for a new set when few remain).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the store operation.</param>
    /// <returns>The number of unused codes.</returns>
    public ValueTask<int> CountRemainingAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return store.CountAsync(userId, cancellationToken);
    }

    internal static string? Normalize(string code, int length)
    {
        if (code.Length > MaxInputLength)
        {
            return null;
        }

        var builder = new StringBuilder(length);
        foreach (var c in code)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || builder.Length == length)
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == length ? builder.ToString() : null;
    }

    private static string Format(string code) =>
        string.Join('-', Enumerable.Range(0, (code.Length + 3) / 4).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - (i * 4)))));

    private static byte[] Hash(string userId, string code)
    {
        var user = Encoding.UTF8.GetBytes(userId);
        var input = new byte[Domain.Length + 4 + user.Length + code.Length];
        Domain.CopyTo(input, 0);
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(Domain.Length), user.Length);
        user.CopyTo(input, Domain.Length + 4);
        Encoding.ASCII.GetBytes(code, input.AsSpan(Domain.Length + 4 + user.Length));
        var hash = SHA256.HashData(input);
        CryptographicOperations.ZeroMemory(input);
        return hash;
    }
}
