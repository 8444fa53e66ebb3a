namespace Bonded.Auth.Tokens;

/// <summary>Options of <see cref="ApiTokenService"/> and <see cref="LeakedTokenReportHandler"/>.</summary>
public sealed class ApiTokenOptions
{
    /// <summary>The text every token starts with, so that secret scanners can find leaked tokens; default "pypi-".</summary>
    public string Prefix { get; set; } = "pypi-";

    /// <summary>The location written into every token (a hint, not signed); default "localhost".</summary>
    public string Location { get; set; } = "localhost";

    /// <summary>Size of each token's random root key in bytes; default 32.</summary>
    public int RootKeyBytes { get; set; } = 32;

    /// <summary>Longest accepted token in characters; default 4,096.</summary>
    public int MaxTokenLength { get; set; } = 4096;

    /// <summary>Most caveats accepted in one token; default 32.</summary>
    public int MaxCaveats { get; set; } = 32;

    /// <summary>How stale the last-used time may get before a successful verification records it again; default one minute.</summary>
    public TimeSpan LastUsedResolution { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Registry-defined caveat types, added to the built-in ones (tags 0 to 4).</summary>
    public IList<CaveatType> CaveatTypes { get; } = [];

    /// <summary>Public keys (PEM, ECDSA P-256) of secret-scanning services allowed to report leaked tokens, by key identifier.</summary>
    public IDictionary<string, string> LeakReporterKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Largest accepted leaked-token report body in bytes; default 65,536.</summary>
    public int MaxLeakReportBytes { get; set; } = 64 * 1024;

    /// <summary>Most tokens accepted in one leaked-token report; default 100.</summary>
    public int MaxLeakReportTokens { get; set; } = 100;

    /// <summary>Every problem with these options, all at once; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(Prefix) || Prefix.Length > 32 || !Prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problems.Add("Tokens.Prefix must be 1 to 32 ASCII letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(Location))
        {
            problems.Add("Tokens.Location must not be empty.");
        }

        if (RootKeyBytes is < 16 or > 64)
        {
            problems.Add("Tokens.RootKeyBytes must be between 16 and 64.");
        }

        if (MaxTokenLength is < 256 or > 1024 * 1024)
        {
            problems.Add("Tokens.MaxTokenLength must be between 256 and 1,048,576.");
        }

        if (MaxCaveats is < 1 or > 1024)
        {
            problems.Add("Tokens.MaxCaveats must be between 1 and 1,024.");
        }

        if (LastUsedResolution < TimeSpan.Zero)
        {
            problems.Add("Tokens.LastUsedResolution must not be negative.");
        }

        if (MaxLeakReportBytes < 1024 || MaxLeakReportTokens < 1)
        {
            problems.Add("Tokens.MaxLeakReportBytes must be at least 1,024 and Tokens.MaxLeakReportTokens at least 1.");
        }

        try
        {
            var registry = new CaveatTypeRegistry();
            foreach (var type in CaveatTypes)
            {
                registry.Register(type);
            }
        }
        catch (ArgumentException e)
        {
            problems.Add("Tokens.CaveatTypes: " + e.Message);
        }

        return problems;
    }
}
