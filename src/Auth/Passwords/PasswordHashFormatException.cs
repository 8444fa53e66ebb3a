namespace Bonded.Auth.Passwords;

/// <summary>Thrown when an encoded password hash is not a well-formed, supported argon2id PHC string.</summary>
public sealed class PasswordHashFormatException : FormatException
{
    /// <summary>Creates the exception with no message.</summary>
    public PasswordHashFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the encoded hash.</param>
    public PasswordHashFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the encoded hash.</param>
    /// <param name="innerException">The cause.</param>
    public PasswordHashFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
