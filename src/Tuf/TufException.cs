namespace Bonded.Tuf;

/// <summary>The root of every exception Bonded.Tuf throws for a failed TUF metadata, signing, repository or client operation.</summary>
public class TufException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public TufException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TufException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TufException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
