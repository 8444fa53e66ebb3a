namespace Bonded.Tuf;

/// <summary>A file could not be fetched from the repository: a transport error, an error status, too many bytes or too slow a stream.</summary>
public class DownloadException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public DownloadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DownloadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
