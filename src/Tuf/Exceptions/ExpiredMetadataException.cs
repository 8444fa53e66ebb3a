namespace Bonded.Tuf;

/// <summary>Metadata has expired at the reference time.</summary>
public class ExpiredMetadataException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public ExpiredMetadataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ExpiredMetadataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ExpiredMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
