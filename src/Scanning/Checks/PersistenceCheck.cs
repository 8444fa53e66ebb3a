using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Makes something start on its own: Run keys, startup folders, scheduled tasks, cron, shell profiles, launch agents, systemd units.</summary>
internal sealed partial class PersistenceCheck : PackageCheck
{
    // A console script named like a system or cloud command: installed first on PATH in a virtualenv or user site, it runs instead of the real one.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\n'""\[,])[ \t]*(ls|cat|cp|mv|rm|ps|sudo|su|ssh|scp|sftp|git|gh|aws|gcloud|gsutil|az|kubectl|helm|docker|podman|terraform|curl|wget|python|python3|pip|pip3|npm|npx|node|bash|sh|zsh|make|gcc|apt|apt-get|brew|systemctl|openssl|gpg|java|go|cargo|ansible|vault)[ \t]*=[ \t]*['""]?[A-Za-z_][\w.]*[ \t]*:[ \t]*[A-Za-z_][\w.]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex ShadowingScript();

    /// <summary>
    /// The spans of a file that declare console or GUI scripts (not other entry-point groups, whose names are plugins): the
    /// <c>console_scripts</c> list of setup.py, the key's continuation lines in setup.cfg, the <c>[console_scripts]</c> section
    /// of entry_points.txt, <c>[project.scripts]</c> and <c>[tool.poetry.scripts]</c> in pyproject.toml.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ScriptBlocks(string path, string text)
    {
        string[] markers = path switch
        {
            "pyproject.toml" => ["[project.scripts]", "[project.gui-scripts]", "[tool.poetry.scripts]"],
            "setup.py" or "setup.cfg" => ["console_scripts", "gui_scripts"],
            _ => ["[console_scripts]", "[gui_scripts]"],
        };
        foreach (var marker in markers)
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                var start = at + marker.Length;
                var end = path switch
                {
                    "setup.py" => text.IndexOfAny([']', '}'], start),
                    "setup.cfg" => ContinuationEnd(text, start),
                    _ => text.IndexOf("\n[", start, StringComparison.Ordinal),
                };
                yield return (start, end < 0 ? text.Length : end);
            }
        }
    }

    /// <summary>Where an ini value's indented continuation lines end.</summary>
    private static int ContinuationEnd(string text, int start)
    {
        var line = text.IndexOf('\n', start);
        while (line >= 0 && line + 1 < text.Length && (text[line + 1] is ' ' or '\t' || (text[line + 1] is '\r' or '\n')))
        {
            line = text.IndexOf('\n', line + 1);
        }

        return line < 0 ? text.Length : line;
    }

    /// <summary>Whether the project is the command's own distribution (awscli installs aws, pip installs pip, ansible-core installs ansible).</summary>
    private static bool IsOwnCommand(string project, string command) =>
        project == command || project == command + "cli" || project.StartsWith(command + "-", StringComparison.Ordinal);

    /// <summary>Console scripts (setup.py, setup.cfg, pyproject.toml, a wheel's entry_points.txt) named after system or cloud commands the project is not.</summary>
    private IEnumerable<Finding> ShadowedCommands(ScannedPackage package)
    {
        var project = Names.Normalize(package.Metadata?.Name ?? package.DeclaredProjectName ?? "");
        foreach (var file in package.Files)
        {
            var path = file.RelativePath;
            if (!file.HasText || file.IsAncillary || !(path is "setup.py" or "setup.cfg" or "pyproject.toml" || path.EndsWith(".dist-info/entry_points.txt", StringComparison.Ordinal)) ||
                !file.Text.Contains("scripts", StringComparison.Ordinal))
            {
                continue;
            }

            var found = ScriptBlocks(path, file.Text).SelectMany(block => ShadowingScript().Matches(file.Text[block.Start..block.End]).Select(match => (Name: match.Groups[1].Value, Index: block.Start + match.Groups[1].Index)))
                .Where(match => !IsOwnCommand(project, match.Name)).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            var commands = found.Select(match => match.Name).Distinct(StringComparer.Ordinal).ToList();
            var at = found[0].Index;
            var line = file.Text.AsSpan(0, at).Count('\n') + 1;
            var lineStart = file.Text.LastIndexOf('\n', at) + 1;
            var lineEnd = file.Text.IndexOf('\n', at) is var end and >= 0 ? end : file.Text.Length;
            yield return new Finding(Id, commands.Count > 1 ? Severity.High : Severity.Medium, Confidence.Medium,
                $"Installs console scripts named after system commands ({string.Join(", ", commands)}): once installed they run instead of the real programs, with the user's arguments and environment.",
                Names.Excerpt(file.Text[lineStart..lineEnd].Trim()), file.Path, line) { FileSha256 = file.Sha256 };
        }
    }

    public override string Id => CheckIds.Persistence;

    public override string Description => "Installs persistence or a backdoor: Windows Run keys, startup folders or scheduled tasks, cron, shell profiles, launch agents, systemd units, site customisation, git hooks or SSH authorized_keys.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var finding in ShadowedCommands(package))
        {
            yield return finding;
        }

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
