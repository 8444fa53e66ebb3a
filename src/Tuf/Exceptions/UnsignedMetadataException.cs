namespace Bonded.Tuf;

/// <summary>Metadata is not signed by a threshold of the keys trusted for its role.</summary>
public class UnsignedMetadataException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public UnsignedMetadataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public UnsignedMetadataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnsignedMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
