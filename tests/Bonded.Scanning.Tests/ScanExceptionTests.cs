namespace Bonded.Scanning.Tests;

public sealed class ScanExceptionTests
{
    [Fact]
    public void Keeps_message_and_cause()
    {
        var cause = new InvalidOperationException("cause");
        var ex = new ScanException("failed", cause);
        Assert.Equal("failed", ex.Message);
        Assert.Same(cause, ex.InnerException);
    }
}
