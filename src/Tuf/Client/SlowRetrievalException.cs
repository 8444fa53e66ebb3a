namespace Bonded.Tuf;

/// <summary>The repository did not answer in time, stalled, or sent data slower than the minimum rate (a slow retrieval attack).</summary>
public class SlowRetrievalException : DownloadException
{
    /// <summary>Creates the exception with no message.</summary>
    public SlowRetrievalException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SlowRetrievalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SlowRetrievalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
