namespace Bonded.Index.Files;

/// <summary>A file name is not a valid wheel or source distribution file name.</summary>
public sealed class InvalidFileNameException : IndexFormatException
{
    /// <summary>Creates the exception.</summary>
    public InvalidFileNameException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidFileNameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidFileNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
