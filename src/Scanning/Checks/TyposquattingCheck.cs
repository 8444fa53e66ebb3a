using System.Reflection;
using System.Text.RegularExpressions;

namespace Bonded.Scanning.Checks;

/// <summary>
/// Project names one slip away from a popular project (pypi-top-names): one edit or swap, different separators,
/// look-alike letters, or a py/python affix. Weak alone (many real projects have near names); strong with copied metadata.
/// </summary>
internal sealed partial class TyposquattingCheck : PackageCheck
{
    /// <summary>How many of the most popular names are compared by edit distance (the long tail has too many near-neighbours).</summary>
    private const int DistanceCandidates = 5000;

    private static readonly Lazy<(HashSet<string> All, string[] Ranked, string[] Compact, string[] Glyphs)> TopNames = new(Load);

    public override string Id => CheckIds.Typosquatting;

    public override string Description => "The project name imitates a popular project: one edit or swap away, other separators, look-alike letters or a py/python affix.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.Low;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        var raw = package.Metadata?.Name ?? package.DeclaredProjectName;
        if (string.IsNullOrWhiteSpace(raw))
        {
            yield break;
        }

        var name = Names.Normalize(raw);
        var target = Imitates(name, out var how);
        if (target is null)
        {
            if (Placeholder(package, name) is { } finding)
            {
                yield return finding;
            }

            yield break;
        }

        // A home page or repository pointing at the imitated project's repository is metadata copied to look legitimate.
        var urls = package.Metadata is null ? [] : package.Metadata.Fields.Where(f => f.Key.Equals("Home-page", StringComparison.OrdinalIgnoreCase) || f.Key.Equals("Project-URL", StringComparison.OrdinalIgnoreCase) || f.Key.Equals("Download-URL", StringComparison.OrdinalIgnoreCase)).SelectMany(f => f.Value);
        var copied = urls.Select(u => RepositoryName().Match(u)).FirstOrDefault(m => m.Success && Names.Normalize(m.Groups["repo"].Value) == target);
        if (copied is not null)
        {
            yield return Create(Severity.High, Confidence.High, $"The name '{raw}' imitates the popular project '{target}' ({how}) and its metadata points to that project's repository.", $"Name: {raw}; {copied.Value}", package.Metadata?.Path, null);
        }
        else
        {
            yield return Create(Severity.Medium, Confidence.Low, $"The name '{raw}' imitates the popular project '{target}' ({how}).", $"Name: {raw}", package.Metadata?.Path, null);
        }
    }

    /// <summary>
    /// A placeholder under a popular name: the popular project's name plus generic words (<c>fastapi-cli-tools</c>), no
    /// summary or description, and next to no code. Such names are registered to catch installs meant for the popular
    /// project or names that AI assistants invent ("slopsquatting"); a real variant ships code and says what it is.
    /// </summary>
    private Finding? Placeholder(ScannedPackage package, string name)
    {
        var metadata = package.Metadata;
        if (metadata is null || !string.IsNullOrWhiteSpace(metadata.Summary) || metadata.Description.Trim().Length > 0 && metadata.Description.Trim() != metadata.Summary?.Trim())
        {
            return null;
        }

        var parts = name.Split('-');
        string? prefix = null;
        for (var i = parts.Length - 1; i >= 1 && prefix is null; i--)
        {
            var candidate = string.Join('-', parts, 0, i);
            if (parts.Skip(i).All(VariantSuffixes.Contains) && Array.IndexOf(TopNames.Value.Ranked, candidate, 0, Math.Min(TopNames.Value.Ranked.Length, DistanceCandidates)) >= 0)
            {
                prefix = candidate;
            }
        }

        if (prefix is null)
        {
            return null;
        }

        long code = 0;
        foreach (var file in package.Files)
        {
            if (file.IsPython && !file.IsAncillary && !file.RelativePath.EndsWith("setup.py", StringComparison.Ordinal))
            {
                code += file.Size;
            }
        }

        return code > 512 ? null : Create(Severity.Medium, Confidence.High,
            $"The name '{metadata.Name}' is the popular project '{prefix}' plus generic words, and the release has no summary, no description and {code} bytes of code: a placeholder that catches installs meant for the popular project (or a name AI assistants invent).",
            $"Name: {metadata.Name}; Summary: {metadata.Summary}", metadata.Path, null);
    }

    /// <summary>Name parts that variants of a project add (tensorflow-gpu, requests-toolbelt): a typo before them is still a typo.</summary>
    private static readonly HashSet<string> VariantSuffixes = new(StringComparer.Ordinal)
    {
        "gpu", "cpu", "cuda", "nightly", "dev", "lib", "sdk", "api", "cli", "client", "core", "utils", "util", "tools", "py", "python", "python3", "lite", "plus", "ng", "ext", "extra", "extras", "binary", "bin", "async", "aio",
    };

    /// <summary>The popular name that <paramref name="name"/> (normalised) imitates, or null.</summary>
    internal static string? Imitates(string name, out string how)
    {
        // A popular project with a variant suffix (tensorflow-gpu, requests-aio) is a variant, not an imitation.
        var dash = name.LastIndexOf('-');
        if (dash >= 4 && VariantSuffixes.Contains(name[(dash + 1)..]) && TopNames.Value.All.Contains(name[..dash]))
        {
            how = "";
            return null;
        }

        var target = ImitatesWhole(name, out how);
        if (target is not null)
        {
            return target;
        }

        // tensorfiow-gpu: a typo of a popular name, followed by a variant suffix.
        if (dash >= 4 && VariantSuffixes.Contains(name[(dash + 1)..]))
        {
            var inner = ImitatesWhole(name[..dash], out var innerHow);
            if (inner is not null)
            {
                how = innerHow + $", with the suffix '{name[(dash + 1)..]}'";
                return inner;
            }
        }

        return null;
    }

    private static string? ImitatesWhole(string name, out string how)
    {
        how = "";
        var (all, ranked, compacts, glyphForms) = TopNames.Value;
        if (name.Length < 4 || all.Contains(name))
        {
            return null;
        }

        var compact = name.Replace("-", "", StringComparison.Ordinal);
        var glyphs = Homoglyphs(compact);
        foreach (var affix in new[] { "python-", "python3-", "py-", "py", "-python", "-py", "-python3", "3", "-dev", "-lib", "-sdk" })
        {
            var stripped = affix.StartsWith('-') || affix == "3" ? (name.EndsWith(affix, StringComparison.Ordinal) ? name[..^affix.Length] : null) : (name.StartsWith(affix, StringComparison.Ordinal) ? name[affix.Length..] : null);
            if (stripped is { Length: >= 4 } && Array.IndexOf(ranked, stripped, 0, Math.Min(ranked.Length, DistanceCandidates)) is var rank and >= 0 && rank < 1000)
            {
                how = $"the affix '{affix.Trim('-')}' added";
                return stripped;
            }
        }

        // Long names have few accidental neighbours: compare them with the whole list.
        var limit = Math.Min(ranked.Length, name.Length >= 12 ? ranked.Length : DistanceCandidates);
        for (var i = 0; i < limit; i++)
        {
            var top = ranked[i];
            if (Math.Abs(top.Length - name.Length) > 2)
            {
                continue;
            }

            var topCompact = compacts[i];
            if (topCompact == compact)
            {
                how = "separators changed";
                return top;
            }

            if (glyphForms[i] == glyphs)
            {
                how = "look-alike letters";
                return top;
            }

            if ((top.Length >= 6 || (top.Length == 5 && name.Length != top.Length)) && WithinOneEdit(name, top, out var swap))
            {
                how = swap ? "two letters swapped" : "one letter changed";
                return top;
            }

            // beautifulsoup-5 for beautifulsoup4: one change once separators are ignored (long names only).
            if (topCompact.Length >= 8 && compact != name && WithinOneEdit(compact, topCompact, out swap) && !all.Contains(compact))
            {
                how = (swap ? "two letters swapped" : "one letter changed") + " and separators changed";
                return top;
            }
        }

        return null;
    }

    private static string Homoglyphs(string value) =>
        value.Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal).Replace('0', 'o').Replace('1', 'l').Replace('i', 'l').Replace('5', 's');

    /// <summary>Whether two strings differ by one insertion, deletion, substitution or adjacent swap.</summary>
    internal static bool WithinOneEdit(string a, string b, out bool swap)
    {
        swap = false;
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            swap = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
            return swap;
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    private static (HashSet<string>, string[], string[], string[]) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Bonded.Scanning.pypi-top-names.txt")!;
        using var reader = new StreamReader(stream);
        var ranked = new List<string>(16_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                ranked.Add(Names.Normalize(line));
            }
        }

        // Separator-free and look-alike forms, computed once.
        var compact = ranked.Select(r => r.Replace("-", "", StringComparison.Ordinal)).ToArray();
        return (new HashSet<string>(ranked, StringComparer.Ordinal), ranked.ToArray(), compact, compact.Select(Homoglyphs).ToArray());
    }

    [GeneratedRegex(@"(github\.com|gitlab\.com|bitbucket\.org)/[\w.-]+/(?<repo>[\w.-]+?)(\.git)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RepositoryName();
}
