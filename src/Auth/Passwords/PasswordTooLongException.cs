namespace Bonded.Auth.Passwords;

/// <summary>Thrown when a new password is longer than <see cref="PasswordHasherOptions.MaxPasswordBytes"/>.</summary>
public sealed class PasswordTooLongException : AuthException
{
    /// <summary>Creates the exception with no message.</summary>
    public PasswordTooLongException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public PasswordTooLongException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PasswordTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
