namespace Bonded.Scanning.Checks;

/// <summary>
/// <c>.pth</c> files whose <c>import</c> lines Python runs at every interpreter start. Namespace-package, editable-install
/// and distutils-shim lines are known and benign; lines that decode, fetch, spawn or exec are not.
/// </summary>
internal sealed class PthAutoExecCheck : PackageCheck
{
    private static readonly string[] Dangerous = ["exec", "eval", "compile(", "base64", "b64decode", "urllib", "urlopen", "requests", "socket", "subprocess", "os.system", "popen", "marshal", "zlib", "codecs", "http", "fromhex", "unhexlify", "chr(", "[::-1]", "open("];

    private static readonly string[] KnownBenign = ["f_locals['sitedir']", "_distutils_hack", "_virtualenv", "__editable__", "coverage.process_startup", "_pytest", "pywin32_bootstrap", "sitecustomize"];

    public override string Id => CheckIds.PthAutoExec;

    public override string Description => "A .pth file runs code at every Python start-up (its 'import' lines are executed by the site module).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var file in package.Files)
        {
            if (file.Text is null || !file.RelativePath.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || file.IsAncillary)
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var raw in file.Text.Split('\n'))
            {
                lineNumber++;
                var line = raw.TrimEnd('\r');
                if (!(line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("import\t", StringComparison.Ordinal)))
                {
                    continue;
                }

                var benign = KnownBenign.Any(k => line.Contains(k, StringComparison.Ordinal));
                var dangerous = Dangerous.FirstOrDefault(d => line.Contains(d, StringComparison.Ordinal));
                if (dangerous is not null && !benign)
                {
                    yield return Create(Severity.Critical, Confidence.High, $"A .pth file runs code at every Python start-up, using '{dangerous.TrimEnd('(')}'.", line, file.Path, lineNumber);
                }
                else
                {
                    yield return Create(benign ? Severity.Info : Severity.Low, Confidence.Medium, "A .pth file imports a module at every Python start-up.", line, file.Path, lineNumber);
                }
            }
        }
    }
}
