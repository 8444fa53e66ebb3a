namespace Bonded.Tuf;

/// <summary>Metadata has a version other than the one expected (a rollback, or a mismatch with the version listed for it).</summary>
public class BadVersionNumberException : TufException
{
    /// <summary>Creates the exception with no message.</summary>
    public BadVersionNumberException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public BadVersionNumberException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadVersionNumberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
