using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>The common shape of the built-in checks: identity, and helpers to scale a finding by when its code runs.</summary>
internal abstract class PackageCheck : IPackageCheck
{
    /// <summary>The most findings one check reports for one file (the rest add nothing to the verdict).</summary>
    protected const int MaxFindingsPerFile = 5;

    public abstract string Id { get; }

    public abstract string Description { get; }

    public abstract Severity Severity { get; }

    public abstract Confidence Confidence { get; }

    public abstract IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken);

    /// <summary>Files with Python code, parsed, in the order of the archive.</summary>
    protected static IEnumerable<CodeFacts> PythonFiles(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var file in package.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Files that run only when called and mention nothing any check looks for are not parsed at all.
            if (file.IsPython && file.HasText && file.WorthParsing && file.Facts is { } facts)
            {
                yield return facts;

                // Decoded payloads run where their literal is executed: each check reads them as code too.
                foreach (var embedded in facts.EmbeddedCode)
                {
                    yield return embedded;
                }
            }
        }
    }

    /// <summary>
    /// Lowers a finding's weight with the context its code runs in: full at install and import time, one step lower at
    /// module level, two steps and low confidence in functions nothing calls at load, and nothing in tests and docs.
    /// </summary>
    protected static (Severity Severity, Confidence Confidence)? Scale(CodeContext context, Severity severity, Confidence confidence) => context switch
    {
        CodeContext.InstallTime or CodeContext.ImportTime => (severity, confidence),
        CodeContext.ModuleLevel => (Lower(severity, 1), confidence),
        CodeContext.Runtime => (Lower(severity, 2), Confidence.Low),
        _ => null,
    };

    protected static Severity Lower(Severity severity, int steps) => (Severity)Math.Max((int)Severity.Info, (int)severity - steps);

    protected Finding Create(Severity severity, Confidence confidence, string message, string evidence, string? file, int? line) =>
        new(Id, severity, confidence, message, Names.Excerpt(evidence), file, line);

    protected Finding At(CodeFacts facts, int token, Severity severity, Confidence confidence, string message) =>
        new(Id, severity, confidence, message, facts.Module.Evidence(token), facts.File.Path, facts.Module.LineNumber(token)) { FileSha256 = facts.File.Sha256 };

    protected static string Describe(CodeContext context) => context switch
    {
        CodeContext.InstallTime => "at install time",
        CodeContext.ImportTime => "at import time",
        CodeContext.ModuleLevel => "when the module is imported",
        CodeContext.Runtime => "when called",
        _ => "in tests or docs",
    };
}
