using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Makes something start on its own: Run keys, startup folders, scheduled tasks, cron, shell profiles, launch agents, systemd units.</summary>
internal sealed class PersistenceCheck : PackageCheck
{
    public override string Id => CheckIds.Persistence;

    public override string Description => "Installs persistence or a backdoor: Windows Run keys, startup folders or scheduled tasks, cron, shell profiles, launch agents, systemd units, site customisation, git hooks or SSH authorized_keys.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            // The file-wide keyword test is the last condition of each finding (it costs more than the rest).
            var m = facts.Module;

            // A persistence location is only a finding when the same module writes: a file opened for writing, a registry value, a command.
            var writes = m.Calls.Where(c => c.Name is "winreg.SetValueEx" or "_winreg.SetValueEx" or "winreg.SetValue" or "winreg.CreateKey" or "shutil.copy" or "shutil.copyfile" or "shutil.copy2" or "os.symlink"
                || CodeFacts.IsSpawn(c.Name) || ((c.Name is "open" or "io.open" or "codecs.open" || c.Name.EndsWith(".open", StringComparison.Ordinal)) && m.StringsIn(c.OpenParen, c.CloseParen).IndexOfAny(['w', 'a']) >= 0)
                || c.Name.EndsWith(".write_text", StringComparison.Ordinal) || c.Name.EndsWith(".write_bytes", StringComparison.Ordinal) || c.Name is "shutil.move" or "os.rename" or "os.replace" or "os.chmod").ToList();

            // python-crontab: CronTab(user=True) then .new(command=...) and .write().
            var cron = m.Calls.FirstOrDefault(c => c.Name is "crontab.CronTab" or "CronTab");
            if (cron.Name is not null && m.Calls.Any(c => c.Name.EndsWith(".new", StringComparison.Ordinal)) && Scale(facts.ContextOf(cron), Severity.High, Confidence.High) is { } cronScale && facts.HasStringKeywords)
            {
                yield return At(facts, cron.NameToken, cronScale.Severity, cronScale.Confidence, $"Adds a cron job with python-crontab ({cron.Name}) {Describe(facts.ContextOf(cron))}.");
            }

            if (writes.Count == 0)
            {
                continue;
            }

            // Paths built from parts (os.path.join(APPDATA, "Microsoft", "Windows", "Start Menu", "Programs", "Startup")) are matched joined.
            var candidates = facts.Literals.ToList();
            foreach (var call in m.Calls)
            {
                if (call.Name is "os.path.join" or "pathlib.Path" or "Path" or "ntpath.join" or "posixpath.join")
                {
                    var parts = new List<string>();
                    for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
                    {
                        if (m.Tokens[t].Kind == TokenKind.String)
                        {
                            parts.Add(m.StringValue(t));
                        }
                    }

                    if (parts.Count >= 1)
                    {
                        candidates.Add((call.OpenParen + 1, "\\" + string.Join('\\', parts), false));
                        candidates.Add((call.OpenParen + 1, "/" + string.Join('/', parts), false));
                    }
                }
            }

            var count = 0;

            foreach (var (token, value, decoded) in candidates)
            {
                if (count >= 2 || !PatternWords.Persistence.MayMatch(value) || Patterns.Persistence().Match(value) is not { Success: true } match)
                {
                    continue;
                }

                var context = (CodeContext)Math.Max((int)facts.ContextOf(m.LineOfToken[token]), (int)writes.Max(w => facts.ContextOf(w)));
                if (Scale(context, Severity.High, Confidence.High) is { } s && facts.HasStringKeywords)
                {
                    count++;
                    yield return At(facts, token, s.Severity, s.Confidence, $"Writes to an autostart or backdoor location ('{match.Value}'{(decoded ? ", assembled or decoded at run time" : "")}) {Describe(context)}.");
                }
            }
        }
    }
}
