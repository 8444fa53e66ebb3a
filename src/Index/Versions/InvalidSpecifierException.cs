namespace Bonded.Index.Versions;

/// <summary>A string is not a valid PEP 440 version specifier.</summary>
public sealed class InvalidSpecifierException : IndexFormatException
{
    /// <summary>Creates the exception.</summary>
    public InvalidSpecifierException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidSpecifierException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidSpecifierException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
