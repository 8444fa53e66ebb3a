namespace Bonded.Tuf;

/// <summary>A file's length or hashes differ from those its metadata lists.</summary>
public class LengthOrHashMismatchException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public LengthOrHashMismatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public LengthOrHashMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public LengthOrHashMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
