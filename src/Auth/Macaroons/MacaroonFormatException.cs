namespace Bonded.Auth.Macaroons;

/// <summary>
/// Thrown by <see cref="Macaroon.Parse(string)"/> when its input is not a macaroon in any
/// supported format, exceeds a <see cref="MacaroonLimits"/> bound, or cannot be written in a requested format.
/// </summary>
public sealed class MacaroonFormatException : AuthException
{
    /// <summary>Creates the exception with no message.</summary>
    public MacaroonFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the input.</param>
    public MacaroonFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The cause.</param>
    public MacaroonFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
