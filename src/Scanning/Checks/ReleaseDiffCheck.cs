using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Given the previous release, reports the code that runs at install or import time which the new release adds.</summary>
internal sealed class ReleaseDiffCheck : PackageCheck
{
    public override string Id => CheckIds.ReleaseDiff;

    public override string Description => "Compared with the previous release: install- and import-time code that is new, and the process, network, exec and decoding calls it adds.";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.Medium;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        if (package.Previous is not { } previous)
        {
            yield break;
        }

        var before = previous.Files.Where(f => f.HasText).GroupBy(f => f.RelativePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var file in package.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Phase == ExecutionPhase.Runtime || file.IsAncillary || !file.HasText)
            {
                continue;
            }

            before.TryGetValue(file.RelativePath, out var old);
            if (old is not null && old.Sha256 == file.Sha256)
            {
                continue;
            }

            var when = file.Phase == ExecutionPhase.Install ? "install" : "import";
            var added = AddedLines(old?.Text, file.Text);
            if (file.IsPython && file.Facts is { } facts)
            {
                var oldCalls = old?.Facts is { } oldFacts ? RiskyCalls(oldFacts).Select(c => c.Name).ToHashSet(StringComparer.Ordinal) : [];
                var reported = 0;
                foreach (var call in RiskyCalls(facts))
                {
                    if (!oldCalls.Contains(call.Name) && reported++ < MaxFindingsPerFile)
                    {
                        yield return At(facts, call.NameToken, Severity.Medium, Confidence.Medium, $"New since the previous release: {call.Name} runs at {when} time.");
                    }
                }

                if (reported > 0)
                {
                    continue;
                }
            }

            if (added.Count > 0)
            {
                yield return Create(Severity.Info, Confidence.High, old is null ? $"New {when}-time file since the previous release ({added.Count} lines)." : $"{added.Count} line(s) of {when}-time code changed since the previous release.", added[0].Text, file.Path, added[0].Line);
            }
        }
    }

    private static IEnumerable<Call> RiskyCalls(CodeFacts facts) =>
        facts.Module.Calls.Where(c => facts.ContextOf(c) is CodeContext.InstallTime or CodeContext.ImportTime &&
            (CodeFacts.IsSpawn(c.Name) || CodeFacts.IsNetwork(c.Name) || CodeFacts.IsDecoder(c.Name) || c.Name is "exec" or "eval" or "compile" or "__import__"));

    private static List<(int Line, string Text)> AddedLines(string? before, string after)
    {
        var old = before is null ? [] : before.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var added = new List<(int, string)>();
        var number = 0;
        foreach (var line in after.Split('\n'))
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && !old.Contains(trimmed))
            {
                added.Add((number, line.TrimEnd('\r')));
            }
        }

        return added;
    }
}
