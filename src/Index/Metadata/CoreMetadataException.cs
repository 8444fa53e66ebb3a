namespace Bonded.Index.Metadata;

/// <summary>Core metadata (METADATA or PKG-INFO) is malformed or invalid; <see cref="Field"/> names the offending field.</summary>
public sealed class CoreMetadataException : IndexFormatException
{
    /// <summary>Creates the exception.</summary>
    public CoreMetadataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CoreMetadataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CoreMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one field.</summary>
    /// <param name="field">The offending field, e.g. <c>Requires-Python</c>, or null for the document as a whole.</param>
    /// <param name="message">What is wrong.</param>
    public CoreMetadataException(string? field, string message)
        : base(field is null ? message : $"{field}: {message}") => Field = field;

    /// <summary>The offending field, or null when the problem is not one field's (e.g. bad UTF-8).</summary>
    public string? Field { get; }
}
