using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>Tag 0, <c>[0, expires_at, not_before]</c> (Unix seconds): valid from not-before up to, not including, expiry.</summary>
public sealed class ExpiryCaveat : TokenCaveat
{
    /// <summary>Creates the caveat.</summary>
    /// <param name="expiresAt">The first instant the token is no longer valid (whole seconds are kept).</param>
    /// <param name="notBefore">The first instant the token is valid.</param>
    /// <exception cref="ArgumentException"><paramref name="expiresAt"/> is not after <paramref name="notBefore"/>.</exception>
    public ExpiryCaveat(DateTimeOffset expiresAt, DateTimeOffset notBefore)
        : this(expiresAt.ToUnixTimeSeconds(), notBefore.ToUnixTimeSeconds())
    {
        if (ExpiresAtSeconds <= NotBeforeSeconds)
        {
            throw new ArgumentException("The expiry must be after the not-before time.", nameof(expiresAt));
        }
    }

    private ExpiryCaveat(long expiresAt, long notBefore)
    {
        ExpiresAtSeconds = expiresAt;
        NotBeforeSeconds = notBefore;
    }

    /// <summary>When the token stops being valid.</summary>
    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(ExpiresAtSeconds);

    /// <summary>When the token starts being valid.</summary>
    public DateTimeOffset NotBefore => DateTimeOffset.FromUnixTimeSeconds(NotBeforeSeconds);

    /// <inheritdoc/>
    public override int Tag => 0;

    private long ExpiresAtSeconds { get; }

    private long NotBeforeSeconds { get; }

    /// <inheritdoc/>
    public override CaveatResult Verify(CaveatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now.ToUnixTimeSeconds();
        return now < NotBeforeSeconds || now >= ExpiresAtSeconds ? CaveatResult.Failed("token is expired") : CaveatResult.Satisfied;
    }

    /// <inheritdoc/>
    protected override void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(ExpiresAtSeconds);
        writer.WriteNumberValue(NotBeforeSeconds);
    }

    internal sealed class Type : CaveatType
    {
        // Unix seconds DateTimeOffset can represent.
        private const long MinSeconds = -62135596800;
        private const long MaxSeconds = 253402300799;

        public override int Tag => 0;

        public override string Name => "expiry";

        public override TokenCaveat? Read(ref Utf8JsonReader reader)
        {
            var expiresAt = ReadInt64(ref reader);
            var notBefore = ReadInt64(ref reader);
            return expiresAt is { } e && notBefore is { } n && e is >= MinSeconds and <= MaxSeconds && n is >= MinSeconds and <= MaxSeconds
                ? new ExpiryCaveat(e, n)
                : null;
        }
    }
}
