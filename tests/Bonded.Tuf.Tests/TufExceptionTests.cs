namespace Bonded.Tuf.Tests;

public sealed class TufExceptionTests
{
    [Fact]
    public void Keeps_message_and_cause()
    {
        var cause = new InvalidOperationException("cause");
        var ex = new TufException("failed", cause);
        Assert.Equal("failed", ex.Message);
        Assert.Same(cause, ex.InnerException);
    }
}
