using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>
/// Tag 4, <c>[4, publisher_id]</c>: the token was minted for a trusted publisher (an OIDC identity such as a CI
/// workflow) and is valid only for that publisher, and only on a project.
/// </summary>
public sealed class TrustedPublisherCaveat : TokenCaveat
{
    /// <summary>Creates the caveat.</summary>
    /// <param name="publisherId">The trusted publisher's id.</param>
    /// <exception cref="ArgumentException"><paramref name="publisherId"/> is null or empty.</exception>
    public TrustedPublisherCaveat(string publisherId)
    {
        ArgumentException.ThrowIfNullOrEmpty(publisherId);
        PublisherId = publisherId;
    }

    /// <summary>The trusted publisher's id.</summary>
    public string PublisherId { get; }

    /// <inheritdoc/>
    public override int Tag => 4;

    /// <inheritdoc/>
    public override CaveatResult Verify(CaveatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.PublisherId is null)
        {
            return CaveatResult.Failed("trusted publisher token used outside of a publisher identity");
        }

        if (!string.Equals(context.PublisherId, PublisherId, StringComparison.Ordinal))
        {
            return CaveatResult.Failed("current publisher does not match publisher restriction in token");
        }

        return context.Request.ProjectName is null && context.Request.ProjectId is null
            ? CaveatResult.Failed("trusted publisher token used outside of a project context")
            : CaveatResult.Satisfied;
    }

    /// <inheritdoc/>
    protected override void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(PublisherId);
    }

    internal sealed class Type : CaveatType
    {
        public override int Tag => 4;

        public override string Name => "trusted-publisher";

        public override TokenCaveat? Read(ref Utf8JsonReader reader) =>
            ReadString(ref reader) is { Length: > 0 } id ? new TrustedPublisherCaveat(id) : null;
    }
}
