namespace Bonded.Index;

/// <summary>Text that should follow one of the packaging specifications does not; the base of every parse error.</summary>
public class IndexFormatException : IndexException
{
    /// <summary>Creates the exception.</summary>
    public IndexFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public IndexFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public IndexFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
