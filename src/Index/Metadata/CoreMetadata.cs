using System.Diagnostics.CodeAnalysis;
using System.Text;
using Bonded.Index.Names;
using Bonded.Index.Versions;

namespace Bonded.Index.Metadata;

/// <summary>Core metadata of a distribution (METADATA in a wheel, PKG-INFO in an sdist), Metadata-Version 1.0 to 2.4.</summary>
/// <remarks>
/// The format is email headers: <c>Field: value</c> lines, continuation lines starting with whitespace, multi-use fields
/// repeated, and the description as the body after a blank line. <see cref="Parse(string)"/> validates the fields the
/// index relies on and names the offending field in a <see cref="CoreMetadataException"/>.
/// </remarks>
public sealed class CoreMetadata
{
    /// <summary>The most fields accepted in one document.</summary>
    public const int MaxFields = 10_000;

    private static readonly HashSet<string> MultipleUse = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dynamic", "Platform", "Supported-Platform", "License-File", "Classifier", "Requires-Dist", "Requires-External",
        "Project-URL", "Provides-Extra", "Provides-Dist", "Obsoletes-Dist", "Requires", "Provides", "Obsoletes",
    };

    private static readonly HashSet<string> NotDynamic = new(StringComparer.OrdinalIgnoreCase) { "Name", "Version", "Metadata-Version" };

    private readonly KeyValuePair<string, string>[] fields;

    private CoreMetadata(KeyValuePair<string, string>[] fields, string metadataVersion, ProjectName name, PythonVersion version, VersionSpecifierSet? requiresPython, string? description)
    {
        this.fields = fields;
        MetadataVersion = metadataVersion;
        Name = name;
        Version = version;
        RequiresPython = requiresPython;
        Description = description;
    }

    /// <summary>Every field in document order (the description body is not included).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => fields;

    /// <summary>The Metadata-Version, e.g. <c>2.4</c>.</summary>
    public string MetadataVersion { get; }

    /// <summary>The project name.</summary>
    public ProjectName Name { get; }

    /// <summary>The version.</summary>
    public PythonVersion Version { get; }

    /// <summary>Requires-Python, or null when absent.</summary>
    public VersionSpecifierSet? RequiresPython { get; }

    /// <summary>The one-line summary, or null.</summary>
    public string? Summary => Get("Summary");

    /// <summary>The description: the Description field or the message body, or null.</summary>
    public string? Description { get; }

    /// <summary>The SPDX licence expression (2.4), or null.</summary>
    public string? LicenseExpression => Get("License-Expression");

    /// <summary>The License-File paths (2.4).</summary>
    public IReadOnlyList<string> LicenseFiles => GetAll("License-File");

    /// <summary>The fields declared Dynamic (2.2+).</summary>
    public IReadOnlyList<string> Dynamic => GetAll("Dynamic");

    /// <summary>The Requires-Dist entries.</summary>
    public IReadOnlyList<string> RequiresDist => GetAll("Requires-Dist");

    /// <summary>The Provides-Extra entries.</summary>
    public IReadOnlyList<string> ProvidesExtra => GetAll("Provides-Extra");

    /// <summary>The Classifier entries.</summary>
    public IReadOnlyList<string> Classifiers => GetAll("Classifier");

    /// <summary>The first value of a field, or null when absent.</summary>
    /// <param name="field">The field name (case-insensitive).</param>
    /// <returns>The value or null.</returns>
    public string? Get(string field)
    {
        foreach (var pair in fields)
        {
            if (string.Equals(pair.Key, field, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Every value of a field, in document order.</summary>
    /// <param name="field">The field name (case-insensitive).</param>
    /// <returns>The values, possibly none.</returns>
    public IReadOnlyList<string> GetAll(string field)
    {
        List<string>? values = null;
        foreach (var pair in fields)
        {
            if (string.Equals(pair.Key, field, StringComparison.OrdinalIgnoreCase))
            {
                (values ??= []).Add(pair.Value);
            }
        }

        return values ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Parses and validates core metadata from UTF-8 bytes (strict: invalid UTF-8 is an error).</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="CoreMetadataException">The bytes are not UTF-8, or the document is malformed or invalid.</exception>
    public static CoreMetadata Parse(ReadOnlySpan<byte> utf8)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new CoreMetadataException("Core metadata is not valid UTF-8.", e);
        }

        return Parse(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
    }

    /// <summary>Parses and validates core metadata text.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="CoreMetadataException">The document is malformed or invalid; the exception names the field.</exception>
    public static CoreMetadata Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var metadata, out var error) ? metadata : throw error;
    }

    /// <summary>Tries to parse and validate core metadata text.</summary>
    /// <param name="text">The document.</param>
    /// <param name="metadata">The metadata when valid.</param>
    /// <param name="error">The problem when invalid.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CoreMetadata? metadata, [NotNullWhen(false)] out CoreMetadataException? error)
    {
        metadata = null;
        if (text is null)
        {
            error = new CoreMetadataException(null, "No metadata.");
            return false;
        }

        var list = new List<KeyValuePair<string, string>>();
        string? body = null;
        var position = 0;
        string? currentName = null;
        StringBuilder? currentValue = null;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsSpan(position, lineEnd - position);
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            var next = end < 0 ? text.Length + 1 : end + 1;
            if (line.IsEmpty)
            {
                Flush();
                if (next <= text.Length)
                {
                    body = text[next..];
                }

                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (currentValue is null)
                {
                    error = new CoreMetadataException(null, "A continuation line comes before any field.");
                    return false;
                }

                currentValue.Append('\n').Append(ContinuationText(currentName!, line));
            }
            else
            {
                Flush();
                var colon = line.IndexOf(':');
                if (colon <= 0 || !IsFieldName(line[..colon]))
                {
                    error = new CoreMetadataException(null, $"Line '{Shown(line)}' is not a 'Field: value' header.");
                    return false;
                }

                if (list.Count >= MaxFields)
                {
                    error = new CoreMetadataException(null, $"More than {MaxFields} fields.");
                    return false;
                }

                currentName = line[..colon].ToString();
                currentValue = new StringBuilder().Append(line[(colon + 1)..].Trim(' ').TrimStart('\t'));
            }

            position = next;
        }

        Flush();
        return Validate([.. list], body, out metadata, out error);

        void Flush()
        {
            if (currentName is not null)
            {
                list.Add(new(currentName, currentValue!.ToString().TrimEnd()));
                currentName = null;
                currentValue = null;
            }
        }
    }

    private static string ContinuationText(string field, ReadOnlySpan<char> line)
    {
        if (string.Equals(field, "Description", StringComparison.OrdinalIgnoreCase))
        {
            // Legacy descriptions indent continuation lines with 7 spaces and '|', or with 8 spaces.
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('|'))
            {
                return trimmed[1..].ToString();
            }

            return line.Length >= 8 && line[..8].IsWhiteSpace() ? line[8..].ToString() : line.TrimStart().ToString();
        }

        return line.Trim().ToString();
    }

    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c <= ' ' || c >= 127 || c == ':')
            {
                return false;
            }
        }

        return true;
    }

    private static string Shown(ReadOnlySpan<char> s) => ProjectName.Printable(s.Length > 80 ? s[..80].ToString() : s.ToString());

    private static bool Validate(KeyValuePair<string, string>[] fields, string? body, [NotNullWhen(true)] out CoreMetadata? metadata, [NotNullWhen(false)] out CoreMetadataException? error)
    {
        metadata = null;
        error = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in fields)
        {
            if (!MultipleUse.Contains(key) && !seen.Add(key))
            {
                error = new CoreMetadataException(key, "The field may appear only once.");
                return false;
            }

            if (value.AsSpan().ContainsAny('\0', '\u001b'))
            {
                error = new CoreMetadataException(key, "The value contains control characters.");
                return false;
            }
        }

        string? Single(string field) => Array.Find(fields, f => string.Equals(f.Key, field, StringComparison.OrdinalIgnoreCase)).Value;

        var metadataVersion = Single("Metadata-Version");
        if (metadataVersion is null)
        {
            error = new CoreMetadataException("Metadata-Version", "The field is required.");
            return false;
        }

        if (!TryParseMetadataVersion(metadataVersion, out var major, out var minor))
        {
            error = new CoreMetadataException("Metadata-Version", $"'{Shown(metadataVersion)}' is not a supported metadata version (1.0, 1.1, 1.2, 2.1 to 2.4, or a later 2.x).");
            return false;
        }

        var nameText = Single("Name");
        if (nameText is null || !ProjectName.TryParse(nameText, out var name))
        {
            error = new CoreMetadataException("Name", nameText is null ? "The field is required." : $"'{Shown(nameText)}' is not a valid project name.");
            return false;
        }

        var versionText = Single("Version");
        if (versionText is null || !PythonVersion.TryParse(versionText, out var version))
        {
            error = new CoreMetadataException("Version", versionText is null ? "The field is required." : $"'{Shown(versionText)}' is not a valid PEP 440 version.");
            return false;
        }

        VersionSpecifierSet? requiresPython = null;
        var requiresPythonText = Single("Requires-Python");
        if (requiresPythonText is not null && !VersionSpecifierSet.TryParse(requiresPythonText, out requiresPython))
        {
            error = new CoreMetadataException("Requires-Python", $"'{Shown(requiresPythonText)}' is not a valid version specifier set.");
            return false;
        }

        var atLeast22 = major > 2 || (major == 2 && minor >= 2);
        var atLeast24 = major > 2 || (major == 2 && minor >= 4);
        foreach (var (key, value) in fields)
        {
            if (string.Equals(key, "Dynamic", StringComparison.OrdinalIgnoreCase))
            {
                if (!atLeast22)
                {
                    error = new CoreMetadataException(key, "Dynamic needs Metadata-Version 2.2 or later.");
                    return false;
                }

                if (NotDynamic.Contains(value))
                {
                    error = new CoreMetadataException(key, $"'{Shown(value)}' may not be dynamic.");
                    return false;
                }
            }
            else if (!atLeast24 && (string.Equals(key, "License-Expression", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "License-File", StringComparison.OrdinalIgnoreCase)))
            {
                error = new CoreMetadataException(key, $"{key} needs Metadata-Version 2.4 or later.");
                return false;
            }
            else if (string.Equals(key, "License-File", StringComparison.OrdinalIgnoreCase)
                && (value.Length == 0 || value.StartsWith('/') || value.Contains('\\', StringComparison.Ordinal) || value.Split('/').Contains("..")))
            {
                error = new CoreMetadataException(key, $"'{Shown(value)}' must be a relative path with '/' separators and no '..'.");
                return false;
            }
            else if (string.Equals(key, "Project-URL", StringComparison.OrdinalIgnoreCase) && !value.Contains(',', StringComparison.Ordinal))
            {
                error = new CoreMetadataException(key, $"'{Shown(value)}' must be 'label, URL'.");
                return false;
            }
            else if (string.Equals(key, "Provides-Extra", StringComparison.OrdinalIgnoreCase) && !ProjectName.IsValid(value))
            {
                error = new CoreMetadataException(key, $"'{Shown(value)}' is not a valid extra name.");
                return false;
            }
            else if (string.Equals(key, "Requires-Dist", StringComparison.OrdinalIgnoreCase) && (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0])))
            {
                error = new CoreMetadataException(key, $"'{Shown(value)}' does not start with a project name.");
                return false;
            }
        }

        var description = Single("Description");
        if (!string.IsNullOrEmpty(body))
        {
            if (description is not null)
            {
                error = new CoreMetadataException("Description", "The description is given both as a field and as the message body.");
                return false;
            }

            description = body;
        }

        metadata = new CoreMetadata(fields, metadataVersion, name, version, requiresPython, description);
        return true;
    }

    private static bool TryParseMetadataVersion(string text, out int major, out int minor)
    {
        major = minor = 0;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out major)
            || !int.TryParse(text.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minor))
        {
            return false;
        }

        return (major == 1 && minor <= 2) || (major == 2 && minor != 0);
    }

    /// <summary>Checks that the metadata names the same project and version as a file name.</summary>
    /// <param name="name">The name from the file name.</param>
    /// <param name="version">The version from the file name.</param>
    /// <exception cref="CoreMetadataException">The name or version differs (the exception names the field).</exception>
    public void EnsureMatches(ProjectName name, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(version);
        if (!Name.Equals(name))
        {
            throw new CoreMetadataException("Name", $"The metadata names '{Name.Normalized}' but the file name names '{name.Normalized}'.");
        }

        if (!Version.Equals(version) || (Version.HasLocal != version.HasLocal))
        {
            throw new CoreMetadataException("Version", $"The metadata has version '{Version}' but the file name has '{version}'.");
        }
    }

    /// <summary>Whether the metadata names the same project and version as a file name.</summary>
    /// <param name="name">The name from the file name.</param>
    /// <param name="version">The version from the file name.</param>
    /// <returns>Whether both agree.</returns>
    public bool Matches(ProjectName name, PythonVersion version)
        => name is not null && version is not null && Name.Equals(name) && Version.Equals(version);
}
