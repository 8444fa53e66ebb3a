using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>
/// Code that spawns processes, opens network connections or writes outside the build at install time (setup.py, build
/// hooks) or import time (module level of <c>__init__.py</c>). Common in benign builds, so weak on its own.
/// </summary>
internal sealed class InstallTimeExecutionCheck : PackageCheck
{
    public override string Id => CheckIds.InstallTimeExecution;

    public override string Description => "Spawns processes, opens network connections or writes to the user's files at install or import time.";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.Low;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            // Only setup.py, build hooks and import-time files can hold install- or import-time code (ContextOf says
            // InstallTime or ImportTime for nothing else): the rest of a package's files are skipped whole.
            if (facts.File.IsAncillary || facts.File.Phase == ExecutionPhase.Runtime)
            {
                continue;
            }

            var count = 0;
            foreach (var call in facts.Network)
            {
                var context = facts.ContextOf(call);
                if (context is CodeContext.InstallTime or CodeContext.ImportTime && count++ < MaxFindingsPerFile)
                {
                    yield return At(facts, call.NameToken, Severity.Medium, Confidence.Low, $"Opens a network connection ({call.Name}) {Describe(context)}.");
                }
            }

            foreach (var call in facts.Spawns)
            {
                var context = facts.ContextOf(call);
                if (context is CodeContext.InstallTime or CodeContext.ImportTime && count++ < MaxFindingsPerFile)
                {
                    yield return At(facts, call.NameToken, Severity.Low, Confidence.Medium, $"Starts a process ({call.Name}) {Describe(context)}.");
                }
            }

            foreach (var call in facts.Module.Calls)
            {
                if (call.Name is not ("open" or "io.open" or "codecs.open" or "shutil.copy" or "shutil.copyfile" or "shutil.copy2" or "shutil.move" or "os.chmod" or "os.symlink" or "os.rename" or "os.replace") &&
                    !call.Name.EndsWith(".write_text", StringComparison.Ordinal) && !call.Name.EndsWith(".write_bytes", StringComparison.Ordinal) || count >= MaxFindingsPerFile)
                {
                    continue;
                }

                var context = facts.ContextOf(call);
                if (context is not (CodeContext.InstallTime or CodeContext.ImportTime))
                {
                    continue;
                }

                var m = facts.Module;
                var args = m.StringsIn(call.OpenParen, call.CloseParen);
                var method = call.Name.EndsWith(".write_text", StringComparison.Ordinal) || call.Name.EndsWith(".write_bytes", StringComparison.Ordinal);
                var writes = method || call.Name is not ("open" or "io.open" or "codecs.open") || args.Contains('w', StringComparison.Ordinal) || args.Contains('a', StringComparison.Ordinal);
                var target = method ? (Start: Python.CodeFacts.ReceiverStart(m, call.NameToken), End: call.NameToken) : (Start: call.OpenParen, End: call.CloseParen);
                var outside = RangeMentions(m, target.Start, target.End, "expanduser", "home", "APPDATA", "LOCALAPPDATA", "TEMP", "gettempdir") ||
                    args.StartsWith('~') || args.StartsWith("/tmp", StringComparison.Ordinal) || args.StartsWith("/etc", StringComparison.Ordinal) || args.StartsWith("/usr", StringComparison.Ordinal) ||
                    facts.IsOutsidePath(target.Start, target.End);
                if (writes && outside)
                {
                    count++;
                    yield return At(facts, call.NameToken, Severity.Low, Confidence.Medium, $"Writes to the user's or system files {Describe(context)}.");
                }
            }
        }
    }

    private static bool RangeMentions(PythonModule m, int start, int end, params string[] names)
    {
        for (var t = start; t < end; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.Name || m.Tokens[t].Kind == TokenKind.String)
            {
                var text = m.TokenText(t);
                foreach (var name in names)
                {
                    if (text.Contains(name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
