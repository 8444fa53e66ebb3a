namespace LocalIndex;

/// <summary>Settings of the local index host.</summary>
public sealed class LocalIndexOptions
{
    /// <summary>The one folder that holds the database, the files and the TUF repository.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory();

    /// <summary>The largest distribution file accepted (100 MiB, PyPI's default).</summary>
    public long MaxUploadBytes { get; set; } = 100L << 20;

    /// <summary>The most bytes decompressed from one archive while reading its metadata (512 MiB; archive-bomb guard).</summary>
    public long MaxArchiveExpansionBytes { get; set; } = 512L << 20;

    /// <summary>The per-user default data folder: <c>$XDG_DATA_HOME/bonded/local-index</c> or its platform equivalent.</summary>
    public static string DefaultDataDirectory()
    {
        var baseDir = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(baseDir))
        {
            baseDir = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        }

        if (string.IsNullOrEmpty(baseDir))
        {
            baseDir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(baseDir, "bonded", "local-index");
    }
}
