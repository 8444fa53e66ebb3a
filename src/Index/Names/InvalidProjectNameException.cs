namespace Bonded.Index.Names;

/// <summary>A string is not a valid PEP 508 project name.</summary>
public sealed class InvalidProjectNameException : IndexFormatException
{
    /// <summary>Creates the exception.</summary>
    public InvalidProjectNameException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidProjectNameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidProjectNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
