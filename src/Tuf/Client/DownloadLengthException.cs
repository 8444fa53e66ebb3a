namespace Bonded.Tuf;

/// <summary>The repository sent more bytes than the file may have (an endless data attack) or a body of the wrong length.</summary>
public class DownloadLengthException : DownloadException
{
    /// <summary>Creates the exception with no message.</summary>
    public DownloadLengthException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DownloadLengthException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DownloadLengthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
