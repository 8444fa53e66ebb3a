using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>Tag 3, <c>[3, user_id]</c>: the token is valid only while it belongs to this user.</summary>
public sealed class UserCaveat : TokenCaveat
{
    /// <summary>Creates the caveat.</summary>
    /// <param name="userId">The user id.</param>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is null or empty.</exception>
    public UserCaveat(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        UserId = userId;
    }

    /// <summary>The user id.</summary>
    public string UserId { get; }

    /// <inheritdoc/>
    public override int Tag => 3;

    /// <inheritdoc/>
    public override CaveatResult Verify(CaveatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.UserId is null)
        {
            return CaveatResult.Failed("token with user restriction without a user");
        }

        return string.Equals(context.UserId, UserId, StringComparison.Ordinal)
            ? CaveatResult.Satisfied
            : CaveatResult.Failed("current user does not match user restriction in token");
    }

    /// <inheritdoc/>
    protected override void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(UserId);
    }

    internal sealed class Type : CaveatType
    {
        public override int Tag => 3;

        public override string Name => "user";

        public override TokenCaveat? Read(ref Utf8JsonReader reader) =>
            ReadString(ref reader) is { Length: > 0 } id ? new UserCaveat(id) : null;
    }
}
