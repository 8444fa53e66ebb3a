namespace Bonded.Tuf;

/// <summary>A key type or signature scheme is not supported; nothing signed by it verifies (fail closed).</summary>
public class UnsupportedKeyTypeException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public UnsupportedKeyTypeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public UnsupportedKeyTypeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnsupportedKeyTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
