namespace Bonded.Index.Tests;

public sealed class IndexExceptionTests
{
    [Fact]
    public void Keeps_message_and_cause()
    {
        var cause = new InvalidOperationException("cause");
        var ex = new IndexException("failed", cause);
        Assert.Equal("failed", ex.Message);
        Assert.Same(cause, ex.InnerException);
    }
}
