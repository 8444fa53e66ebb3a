using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Auth.Tests.Tokens;

public sealed class ApiTokenEventTests
{
    [Fact]
    public async Task Security_events_are_raised_by_id_and_never_show_the_token()
    {
        var events = new List<ApiTokenEvent>();
        var service = new ApiTokenService(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System);
        service.TokenEvent += (_, e) => events.Add(e);
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        var forged = "pypi-" + Macaroon.Create(new byte[32], created.Record.Id, "localhost").Serialize();
        await service.VerifyAsync(forged, TokenRequest.ForProject("p"));
        await service.RevokeAsync(created.Record.Id);

        Assert.Equal([ApiTokenEventKind.Created, ApiTokenEventKind.InvalidSignature, ApiTokenEventKind.Revoked], events.Select(e => e.Kind));
        Assert.All(events, e =>
        {
            Assert.Equal(created.Record.Id, e.TokenId);
            Assert.DoesNotContain(created.Token[5..20], e.ToString(), StringComparison.Ordinal);
        });
        Assert.Equal("alice", events[0].OwnerId);
    }
}
