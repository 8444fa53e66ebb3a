namespace Bonded.Auth.Tests;

public sealed class AuthExceptionTests
{
    [Fact]
    public void Keeps_message_and_cause()
    {
        var cause = new InvalidOperationException("cause");
        var ex = new AuthException("failed", cause);
        Assert.Equal("failed", ex.Message);
        Assert.Same(cause, ex.InnerException);
    }
}
