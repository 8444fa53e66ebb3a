namespace Bonded.Index;

/// <summary>The root of every exception Bonded.Index throws for a failed package index operation.</summary>
public class IndexException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public IndexException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public IndexException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
