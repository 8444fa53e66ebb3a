namespace Bonded.Index.Files;

/// <summary>A distribution archive is corrupt, hostile or lacks its metadata; <see cref="Problem"/> says which.</summary>
public sealed class DistributionArchiveException : IndexException
{
    /// <summary>Creates the exception.</summary>
    public DistributionArchiveException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DistributionArchiveException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DistributionArchiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DistributionArchiveException(ArchiveProblem problem, string message, Exception? innerException = null)
        : base(message, innerException!) => Problem = problem;

    /// <summary>Why the archive was refused.</summary>
    public ArchiveProblem Problem { get; }
}
