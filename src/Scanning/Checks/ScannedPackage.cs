namespace Bonded.Scanning;

/// <summary>What kind of distribution a scanned file is.</summary>
public enum PackageKind
{
    /// <summary>Not recognised as a Python distribution.</summary>
    Unknown,

    /// <summary>A wheel (PEP 427).</summary>
    Wheel,

    /// <summary>A source distribution (tar.gz, tar.bz2, tar.xz or zip).</summary>
    Sdist,
}

/// <summary>When the code in a file runs on a user's machine.</summary>
public enum ExecutionPhase
{
    /// <summary>Only when called by the user's program.</summary>
    Runtime,

    /// <summary>At import: the module level of a package's <c>__init__.py</c> and <c>.pth</c> files.</summary>
    Import,

    /// <summary>At install: <c>setup.py</c> and build hooks.</summary>
    Install,
}

/// <summary>A package read from its archive: files, metadata, and the previous release when diffing.</summary>
public sealed class ScannedPackage
{
    internal ScannedPackage(string fileName, PackageKind kind, IReadOnlyList<PackageFile> files, PackageMetadata? metadata, string? declaredProjectName)
    {
        FileName = fileName;
        Kind = kind;
        Files = files;
        Metadata = metadata;
        DeclaredProjectName = declaredProjectName;
        foreach (var file in files)
        {
            file.Package = this;
        }
    }

    private bool loadGraphResolved;

    /// <summary>
    /// Follows the package's own imports from import-time files once, before any file's facts are built, so that the modules
    /// and functions they run at load count as import-time code (see <see cref="Python.LoadGraph"/>).
    /// </summary>
    internal void EnsureLoadGraph()
    {
        if (!loadGraphResolved)
        {
            loadGraphResolved = true;
            Python.LoadGraph.Resolve(this);
        }
    }

    /// <summary>The distribution's file name as uploaded.</summary>
    public string FileName { get; }

    /// <summary>Wheel, sdist or unknown.</summary>
    public PackageKind Kind { get; }

    /// <summary>Every file in the archive (nested archives' files too, their paths joined with <c>!/</c>).</summary>
    public IReadOnlyList<PackageFile> Files { get; }

    /// <summary>The core metadata (PKG-INFO or METADATA), when present.</summary>
    public PackageMetadata? Metadata { get; }

    /// <summary>The project name the uploader claimed (from the scan context), when known.</summary>
    public string? DeclaredProjectName { get; }

    /// <summary>The previous release of the project, when the caller asked for a diff.</summary>
    public ScannedPackage? Previous { get; internal set; }
}

/// <summary>One file inside a scanned archive.</summary>
public sealed class PackageFile
{
    private Python.PythonModule? module;
    private Python.CodeFacts? facts;
    private bool moduleParsed;

    private readonly ReadOnlyMemory<byte>? content;
    private readonly ReadOnlyMemory<byte>? textBytes;
    private readonly Archives.ContentArena? arena;
    private string? text;
    private string? sha256;
    private bool? isPython;

    internal PackageFile(string path, string relativePath, long size, ReadOnlyMemory<byte> head, ReadOnlyMemory<byte>? textBytes, ReadOnlyMemory<byte>? content, ExecutionPhase phase, Archives.ContentArena? arena = null)
    {
        Path = path;
        RelativePath = relativePath;
        Size = size;
        Head = head;
        this.textBytes = textBytes;
        this.content = content;
        this.arena = arena;
        Phase = phase;
    }

    /// <summary>
    /// Code decoded from a literal of <paramref name="container"/> (a base64 or hex payload, chr joins), as a file of its own:
    /// it runs where the literal is executed, so it shares the container's phase.
    /// </summary>
    internal static PackageFile Embedded(PackageFile container, string code, int line)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(code);
        return new(container.Path + "!/decoded@" + line.ToString(System.Globalization.CultureInfo.InvariantCulture), container.RelativePath + "!/decoded.py", bytes.Length, ReadOnlyMemory<byte>.Empty, bytes, null, container.Phase)
        {
            IsAncillary = container.IsAncillary,
            IsEmbedded = true,
            text = code,
        };
    }

    /// <summary>Whether the file is code decoded from a literal of another file rather than an archive entry.</summary>
    internal bool IsEmbedded { get; private init; }

    /// <summary>The path in the archive, as stored.</summary>
    public string Path { get; }

    /// <summary>The path inside the distribution: an sdist's top folder (<c>name-version/</c>) removed.</summary>
    public string RelativePath { get; }

    /// <summary>The uncompressed size in bytes.</summary>
    public long Size { get; }

    /// <summary>The first bytes of the file (for magic numbers).</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>The text of the file when it is source, metadata or script text that was read; otherwise null.</summary>
    /// <exception cref="ObjectDisposedException">The scan has ended and the text was never decoded during it.</exception>
    public string? Text => textBytes is not { } bytes ? null : text ??= Archives.PackageReader.Decode(Live(bytes).Span);

    /// <summary>Whether <see cref="Text"/> is available, without decoding it (it is decoded on first use).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Text))]
    internal bool HasText => textBytes is not null;

    /// <summary>The SHA-256 (lower-case hex) of the file when it was read whole; otherwise null.</summary>
    /// <exception cref="ObjectDisposedException">The scan has ended and the hash was never computed during it.</exception>
    public string? Sha256 => sha256 ??= content is not { } bytes ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Live(bytes).Span));

    /// <summary>When the file's code runs.</summary>
    public ExecutionPhase Phase { get; }

    /// <summary>Whether the file is Python source.</summary>
    /// <remarks>A <c>.pth</c> file counts: its <c>import</c> lines are Python that runs at every start-up.</remarks>
    public bool IsPython => isPython ??= RelativePath.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || RelativePath.EndsWith(".pyw", StringComparison.OrdinalIgnoreCase) ||
        RelativePath.EndsWith(".pth", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the file sits in a test, documentation or example folder (code that installs never run).</summary>
    public bool IsAncillary { get; internal set; }

    internal Python.PythonModule? Module
    {
        get
        {
            if (!moduleParsed)
            {
                module = IsPython && Text is not null ? Python.PythonModule.Parse(Text) : null;
                moduleParsed = true;
            }

            return module;
        }
    }

    private bool? worthParsing;

    /// <summary>Whether any check could find something here: load-time code, or text that mentions what the checks look for.</summary>
    /// <remarks>Decided on the bytes (decoded into a pooled buffer), so that files nothing looks at never become strings.</remarks>
    internal bool WorthParsing => worthParsing ??= Phase != ExecutionPhase.Runtime || (textBytes is { } bytes && (text is not null ? Checks.Patterns.MayMatter(text) : Archives.PackageReader.MayMatter(Live(bytes).Span))) || ImportedWithClipboardCode();

    /// <summary>The file's bytes, while the scan that read them lasts (their memory is reused afterwards).</summary>
    private ReadOnlyMemory<byte> Live(ReadOnlyMemory<byte> bytes)
    {
        ObjectDisposedException.ThrowIf(arena?.IsDisposed == true, this);
        return bytes;
    }

    /// <summary>
    /// A module whose functions the package's import-time code calls or starts as threads, and that touches the clipboard:
    /// clipboard hijackers run from such a thread and use no word the general filter knows. Only such modules pay for the look.
    /// </summary>
    private bool ImportedWithClipboardCode()
    {
        Package?.EnsureLoadGraph();
        if (LoadEntries is null || textBytes is not { } bytes)
        {
            return false;
        }

        // On the bytes: most modules imported at load are never decoded into strings.
        return Checks.Patterns.ReadsClipboard(Live(bytes).Span);
    }

    internal Python.CodeFacts? Facts => facts ??= Module is { } parsed ? BuildFacts(parsed) : null;

    private Python.CodeFacts BuildFacts(Python.PythonModule parsed)
    {
        Package?.EnsureLoadGraph();
        return new Python.CodeFacts(this, parsed);
    }

    /// <summary>The package the file belongs to (null for code decoded from a literal).</summary>
    internal ScannedPackage? Package { get; set; }

    /// <summary>Whether an import-time file of the package imports this module at load, so its module level runs at import time.</summary>
    internal bool ImportedAtLoad { get; set; }

    /// <summary>Functions (or classes, whose initialisers run) of this module that the package's import-time code calls or starts at load.</summary>
    internal HashSet<string>? LoadEntries { get; set; }

    /// <inheritdoc/>
    public override string ToString() => Path;
}

/// <summary>Core metadata fields of a distribution (PKG-INFO or METADATA), as read.</summary>
public sealed class PackageMetadata
{
    internal PackageMetadata(string path, IReadOnlyDictionary<string, IReadOnlyList<string>> fields, string description)
    {
        Path = path;
        Fields = fields;
        Description = description;
    }

    /// <summary>The file the metadata came from.</summary>
    public string Path { get; }

    /// <summary>Every header, by name (case-insensitive), with all its values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; }

    /// <summary>The long description (the body, or the Description header).</summary>
    public string Description { get; }

    /// <summary>The Name field.</summary>
    public string? Name => Get("Name");

    /// <summary>The Version field.</summary>
    public string? Version => Get("Version");

    /// <summary>The Summary field.</summary>
    public string? Summary => Get("Summary");

    /// <summary>The first value of a field, or null.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? Get(string name) => Fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
