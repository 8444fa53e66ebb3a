namespace Bonded.Index.Versions;

/// <summary>A string is not a valid PEP 440 version.</summary>
public sealed class InvalidVersionException : IndexFormatException
{
    /// <summary>Creates the exception.</summary>
    public InvalidVersionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
