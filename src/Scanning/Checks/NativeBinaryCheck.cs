namespace Bonded.Scanning.Checks;

/// <summary>
/// Executables and native libraries (ELF, PE, Mach-O): unexpected in an sdist, suspicious anywhere when disguised by a
/// non-binary extension, and grave when install-time code names them.
/// </summary>
internal sealed class NativeBinaryCheck : PackageCheck
{
    private static readonly string[] LibraryExtensions = [".so", ".pyd", ".dll", ".dylib", ".lib", ".a", ".o", ".obj", ".node", ".bundle"];
    private static readonly string[] DisguiseExtensions = [".py", ".pyw", ".txt", ".md", ".rst", ".json", ".toml", ".cfg", ".ini", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".css", ".js", ".html", ".csv", ".xml", ".pth"];

    public override string Id => CheckIds.NativeBinary;

    public override string Description => "Contains executables or native libraries: unexpected in sdists, and suspicious when disguised or started at install time.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.Medium;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        // Load-time code that starts or loads something (a process, chmod +x, ctypes, a bytecode loader): naming a binary there means running it.
        var installCode = string.Join('\n', package.Files.Where(f => f.Phase != ExecutionPhase.Runtime && !f.IsAncillary && f.HasText).SelectMany(StartedText));
        var pureWheel = package.Kind == PackageKind.Wheel && package.FileName.EndsWith("-none-any.whl", StringComparison.OrdinalIgnoreCase);
        var reported = 0;
        foreach (var file in package.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = file.RelativePath[(file.RelativePath.LastIndexOf('/') + 1)..];
            var kind = BinaryKind(file.Head.Span);
            if (kind is null && name.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase) && !file.RelativePath.Contains("__pycache__/", StringComparison.Ordinal) && !file.IsAncillary &&
                (package.Kind == PackageKind.Sdist || installCode.Contains(name, StringComparison.Ordinal)))
            {
                // Compiled bytecode without its source: what scanners of source cannot read (fshec2).
                var loaded = installCode.Contains(name, StringComparison.Ordinal);
                yield return new Finding(Id, loaded ? Severity.High : Severity.Medium, loaded ? Confidence.High : Confidence.Medium,
                    loaded ? "Compiled bytecode (.pyc) that install- or import-time code loads by name: its source is not in the package." : "Compiled bytecode (.pyc) outside __pycache__ in a source distribution.",
                    file.Path, file.Path, null) { FileSha256 = file.Sha256 };
                continue;
            }

            if (kind is null)
            {
                continue;
            }

            var extension = name.LastIndexOf('.') is var dot and >= 0 ? name[dot..].ToLowerInvariant() : "";
            var isLibrary = LibraryExtensions.Contains(extension) || name.Contains(".so.", StringComparison.Ordinal);
            var disguised = DisguiseExtensions.Contains(extension);
            var named = installCode.Length > 0 && name.Length >= 3 && installCode.Contains(name, StringComparison.Ordinal);
            Finding? finding = null;
            if (named && (!isLibrary || package.Kind == PackageKind.Sdist || pureWheel))
            {
                finding = Create(Severity.High, Confidence.High, $"An {kind} that install- or import-time code starts or loads by name.", file.Path, file.Path, null);
            }
            else if (pureWheel && !file.IsAncillary)
            {
                finding = Create(Severity.Medium, Confidence.Medium, $"An {kind} in a pure-Python wheel (tagged none-any).", file.Path, file.Path, null);
            }
            else if (disguised)
            {
                finding = Create(Severity.Medium, Confidence.High, $"An {kind} disguised with a '{extension}' extension.", file.Path, file.Path, null);
            }
            else if (package.Kind == PackageKind.Sdist && !file.IsAncillary && reported < 3)
            {
                finding = isLibrary
                    ? Create(Severity.Info, Confidence.Medium, $"A prebuilt native library ({kind}) in a source distribution.", file.Path, file.Path, null)
                    : Create(Severity.Low, Confidence.Medium, $"A prebuilt executable ({kind}) in a source distribution.", file.Path, file.Path, null);
            }
            else if (package.Kind == PackageKind.Wheel && !isLibrary && extension is ".exe" or "" && !file.IsAncillary && reported < 3)
            {
                finding = Create(Severity.Low, Confidence.Low, $"An executable ({kind}) in a wheel.", file.Path, file.Path, null);
            }

            if (finding is not null)
            {
                reported++;
                yield return new Finding(finding.CheckId, finding.Severity, finding.Confidence, finding.Message, finding.Evidence, finding.File, finding.Line) { FileSha256 = file.Sha256 };
            }
        }
    }

    private static readonly string[] Starters = ["os.chmod", "os.startfile", "ctypes.CDLL", "ctypes.WinDLL", "ctypes.cdll.LoadLibrary", "ctypes.windll.LoadLibrary", "ctypes.PyDLL", "ctypes.OleDLL",
        "importlib.machinery.SourcelessFileLoader", "SourcelessFileLoader", "marshal.loads", "shutil.copy", "shutil.copyfile", "shutil.copy2"];

    /// <summary>
    /// The source of every load-time call that starts or loads something (a process, chmod, ctypes, a bytecode loader,
    /// a copy), with the assignments of the names in its arguments (one step of data flow): where a binary it runs is named.
    /// </summary>
    private static IEnumerable<string> StartedText(PackageFile file)
    {
        if (!file.IsPython || file.Facts is not { } facts)
        {
            yield break;
        }

        var m = facts.Module;
        foreach (var call in m.Calls)
        {
            if (!(Python.CodeFacts.IsSpawn(call.Name) || Starters.Contains(call.Name) || call.Name.EndsWith(".load_module", StringComparison.Ordinal)) ||
                facts.ContextOf(call) is not (Python.CodeContext.InstallTime or Python.CodeContext.ImportTime or Python.CodeContext.ModuleLevel))
            {
                continue;
            }

            var line = m.Lines[call.LineIndex];
            yield return m.Text[m.Tokens[line.FirstToken].Start..m.Tokens[line.EndToken - 1].End];
            for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
            {
                if (m.Tokens[t].Kind != Python.TokenKind.Name)
                {
                    continue;
                }

                var name = m.TokenText(t).ToString();
                foreach (var (assigned, start, end, _) in m.Assignments)
                {
                    if (assigned == name && end > start)
                    {
                        yield return m.Text[m.Tokens[start].Start..m.Tokens[end - 1].End];
                    }
                }
            }
        }
    }

    internal static string? BinaryKind(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 0x7f && head[1] == (byte)'E' && head[2] == (byte)'L' && head[3] == (byte)'F')
        {
            return "ELF binary";
        }

        if (head.Length >= 64 && head[0] == (byte)'M' && head[1] == (byte)'Z')
        {
            var offset = BitConverter.ToInt32(head.Slice(0x3c, 4));
            if (offset > 0 && offset + 4 <= head.Length && head.Slice(offset, 4).SequenceEqual("PE\0\0"u8))
            {
                return "Windows PE executable";
            }
        }

        if (head.Length >= 4)
        {
            var magic = BitConverter.ToUInt32(head[..4]);
            if (magic is 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE)
            {
                return "Mach-O binary";
            }

            // Universal Mach-O (0xCAFEBABE big-endian) shares its magic with Java classes; a small architecture count tells them apart.
            if (head.Length >= 8 && head[0] == 0xCA && head[1] == 0xFE && head[2] == 0xBA && head[3] == 0xBE && head[4] == 0 && head[5] == 0 && head[6] == 0 && head[7] is > 0 and < 20)
            {
                return "Mach-O universal binary";
            }
        }

        return null;
    }
}
