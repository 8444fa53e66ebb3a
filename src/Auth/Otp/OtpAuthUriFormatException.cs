namespace Bonded.Auth.Otp;

/// <summary>Thrown when an <c>otpauth://</c> URI does not follow the Key Uri Format or names unsupported parameters.</summary>
public sealed class OtpAuthUriFormatException : FormatException
{
    /// <summary>Creates the exception with no message.</summary>
    public OtpAuthUriFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the URI.</param>
    public OtpAuthUriFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the URI.</param>
    /// <param name="innerException">The cause.</param>
    public OtpAuthUriFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
