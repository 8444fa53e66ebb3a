namespace Bonded.Auth;

/// <summary>The root of every exception Bonded.Auth throws for a failed authentication or token operation.</summary>
public class AuthException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public AuthException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AuthException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AuthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
