namespace Bonded.Tuf;

/// <summary>Metadata or JSON is malformed, not strict canonical-compatible JSON, or breaks a rule of the TUF specification.</summary>
public class InvalidMetadataException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public InvalidMetadataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public InvalidMetadataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
