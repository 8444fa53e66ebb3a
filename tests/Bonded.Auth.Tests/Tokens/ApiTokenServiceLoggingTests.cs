using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;
using Microsoft.Extensions.Logging;

namespace Bonded.Auth.Tests.Tokens;

public sealed class ApiTokenServiceLoggingTests
{
    [Fact]
    public async Task Security_events_are_logged_by_id_and_never_show_the_token()
    {
        var logger = new CapturingLogger();
        var service = new ApiTokenService(new InMemoryApiTokenStore(), new ApiTokenOptions(), TimeProvider.System, null, logger);
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        var forged = "pypi-" + Macaroon.Create(new byte[32], created.Record.Id, "localhost").Serialize();
        await service.VerifyAsync(forged, TokenRequest.ForProject("p"));
        await service.RevokeAsync(created.Record.Id);

        Assert.Equal([7101, 7103, 7102], logger.Events.Select(e => e.Id.Id));
        Assert.All(logger.Events, e =>
        {
            Assert.Contains(created.Record.Id, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(created.Token[5..20], e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(forged[5..20], e.Message, StringComparison.Ordinal);
        });
    }

    private sealed class CapturingLogger : ILogger<ApiTokenService>
    {
        public List<(EventId Id, string Message)> Events { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Events.Add((eventId, formatter(state, exception)));
    }
}
