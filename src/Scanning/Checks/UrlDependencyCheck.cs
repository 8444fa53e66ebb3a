using System.Text.RegularExpressions;

namespace Bonded.Scanning.Checks;

/// <summary>Dependencies on a direct URL (PEP 508 <c>name @ URL</c>): code from off the index, which PyPI refuses on upload.</summary>
internal sealed partial class UrlDependencyCheck : PackageCheck
{
    public override string Id => CheckIds.UrlDependency;

    public override string Description => "Depends on a direct URL (name @ https://...): code from off the index, which PyPI refuses to accept.";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        if (package.Metadata is { } metadata && metadata.Fields.TryGetValue("Requires-Dist", out var requirements))
        {
            foreach (var requirement in requirements)
            {
                if (UrlRequirement().IsMatch(requirement))
                {
                    yield return Create(Severity.Medium, Confidence.High, "A dependency is fetched from a direct URL instead of the index.", $"Requires-Dist: {requirement}", metadata.Path, null);
                    yield break;
                }
            }
        }

        foreach (var file in package.Files)
        {
            if (file.Phase != ExecutionPhase.Install || file.Facts is not { } facts)
            {
                continue;
            }

            foreach (var (token, value, _) in facts.Literals)
            {
                if (UrlRequirement().IsMatch(value))
                {
                    yield return At(facts, token, Severity.Medium, Confidence.High, "setup.py declares a dependency fetched from a direct URL instead of the index.");
                    yield break;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*[A-Za-z0-9][\w.\-]*(\[[^\]]*\])?\s*@\s*(https?|git\+\w+|file)://", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UrlRequirement();
}
