namespace Bonded.Tuf;

/// <summary>The repository answered a fetch with an error status (a missing file is 404, also for the file system fetcher).</summary>
public class DownloadHttpException : DownloadException
{
    /// <summary>Creates the exception with no message.</summary>
    public DownloadHttpException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DownloadHttpException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DownloadHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an error status.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    public DownloadHttpException(string message, int statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code (404 when the file does not exist); 0 when unknown.</summary>
    public int StatusCode { get; }

    /// <summary>Whether the status says the file is absent (403 or 404), which ends the search for newer root versions.</summary>
    public bool IsNotFound => StatusCode is 403 or 404;
}
