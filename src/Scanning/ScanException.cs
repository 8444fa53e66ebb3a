namespace Bonded.Scanning;

/// <summary>The root of every exception Bonded.Scanning throws for a failed package scan.</summary>
public class ScanException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ScanException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ScanException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ScanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
