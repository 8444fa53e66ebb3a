using System.Formats.Tar;
using System.IO.Compression;

namespace Bonded.Scanning.Tests.Corpus;

public class CorpusSampleTests
{
    internal static readonly string MaliciousRoot = Path.Combine(AppContext.BaseDirectory, "Corpus", "Malicious");
    internal static readonly string BenignTrickyRoot = Path.Combine(AppContext.BaseDirectory, "Corpus", "BenignTricky");
    internal static readonly string HoldoutRoot = Path.Combine(AppContext.BaseDirectory, "Corpus", "Holdout");

    /// <summary>The blind held-out set: written by someone who had not seen the checks; its expectations name no check.</summary>
    internal static readonly string BlindHoldoutRoot = Path.Combine(AppContext.BaseDirectory, "Corpus", "Holdout2");

    /// <summary>
    /// The third round, by another writer who had not seen the checks, split by a hash of each sample's name: this half
    /// stays blind (its expectations name no check); <see cref="Round3Root"/> is the half handed to development.
    /// </summary>
    internal static readonly string BlindHoldout3Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Holdout3");

    /// <summary>The fourth round, by another writer who had not seen the checks; all of it stays blind.</summary>
    internal static readonly string BlindHoldout4Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Holdout4");

    /// <summary>The development half of the third round (see <see cref="BlindHoldout3Root"/>).</summary>
    internal static readonly string Round3Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Round3");

    public static TheoryData<string> MaliciousSamples()
    {
        // The development set and the held-out set (written after the scanner was tuned; scored, not gated).
        var data = SampleNames(MaliciousRoot);
        foreach (var name in SampleNames(HoldoutRoot))
        {
            data.Add(Path.Combine("..", "Holdout", name));
        }

        foreach (var name in SampleNames(BlindHoldoutRoot))
        {
            data.Add(Path.Combine("..", "Holdout2", name));
        }

        foreach (var name in SampleNames(BlindHoldout3Root))
        {
            data.Add(Path.Combine("..", "Holdout3", name));
        }

        foreach (var name in SampleNames(BlindHoldout4Root))
        {
            data.Add(Path.Combine("..", "Holdout4", name));
        }

        foreach (var name in SampleNames(Round3Root))
        {
            data.Add(Path.Combine("..", "Round3", name));
        }

        return data;
    }

    public static TheoryData<string> BenignTrickySamples() => SampleNames(BenignTrickyRoot);

    [Fact]
    public void Malicious_corpus_has_at_least_sixty_samples_and_each_documents_its_technique()
    {
        var samples = CorpusSample.LoadAll(MaliciousRoot);
        Assert.True(samples.Count >= 60, $"only {samples.Count} malicious samples");
        Assert.All(samples.Concat(CorpusSample.LoadAll(HoldoutRoot)), s =>
        {
            var description = File.ReadAllText(Path.Combine(s.Directory, "SAMPLE.md"));
            Assert.Contains("**Technique.**", description, StringComparison.Ordinal);
            Assert.Contains("**Imitates.**", description, StringComparison.Ordinal);
            Assert.Contains(s.Expected.Verdict, new[] { "threat", "indeterminate" });
            Assert.NotEmpty(s.Expected.Checks);
        });
    }

    [Fact]
    public void Blind_held_out_samples_document_their_technique_and_include_benign_look_alikes()
    {
        var samples = CorpusSample.LoadAll(BlindHoldoutRoot);
        Assert.True(samples.Count >= 40, $"only {samples.Count} blind held-out samples");
        Assert.All(samples, s =>
        {
            var description = File.ReadAllText(Path.Combine(s.Directory, "SAMPLE.md"));
            Assert.Contains("**Technique", description, StringComparison.Ordinal);
            Assert.Contains("**Imitates", description, StringComparison.Ordinal);
            Assert.Contains(s.Expected.Verdict, new[] { "threat", "indeterminate", "benign" });
        });
        Assert.Contains(samples, s => s.Expected.Verdict == "benign");
    }

    [Fact]
    public void Third_blind_held_out_set_documents_its_technique_names_no_check_and_has_benign_look_alikes()
    {
        var blind = CorpusSample.LoadAll(BlindHoldout3Root);
        var samples = blind.Concat(CorpusSample.LoadAll(Round3Root)).ToList();
        Assert.True(samples.Count(s => s.Expected.Verdict != "benign") >= 50, $"only {samples.Count} samples in the third round");
        Assert.True(samples.Count(s => s.Expected.Verdict == "benign") >= 12, "fewer than 12 benign look-alikes in the third round");
        Assert.True(blind.Count(s => s.Expected.Verdict != "benign") >= 30, "fewer than 30 malicious samples left blind in the third round");
        Assert.All(blind, s => Assert.Empty(s.Expected.Checks));
        Assert.All(samples, s =>
        {
            var description = File.ReadAllText(Path.Combine(s.Directory, "SAMPLE.md"));
            Assert.Contains("**Technique.**", description, StringComparison.Ordinal);
            Assert.Contains("**Imitates.**", description, StringComparison.Ordinal);
            Assert.Contains(s.Expected.Verdict, new[] { "threat", "indeterminate", "benign" });
            Assert.NotEmpty(s.Expected.Themes);
        });
    }

    [Fact]
    public void Fourth_blind_held_out_set_documents_its_technique_names_no_check_and_has_benign_look_alikes()
    {
        var samples = CorpusSample.LoadAll(BlindHoldout4Root);
        Assert.True(samples.Count(s => s.Expected.Verdict != "benign") >= 40, "fewer than 40 malicious samples in the fourth round");
        Assert.True(samples.Count(s => s.Expected.Verdict == "benign") >= 10, "fewer than 10 benign look-alikes in the fourth round");
        Assert.All(samples, s =>
        {
            var description = File.ReadAllText(Path.Combine(s.Directory, "SAMPLE.md"));
            Assert.Contains("**Technique.**", description, StringComparison.Ordinal);
            Assert.Contains("**Imitates.**", description, StringComparison.Ordinal);
            Assert.Contains(s.Expected.Verdict, new[] { "threat", "indeterminate", "benign" });
            Assert.NotEmpty(s.Expected.Themes);
            Assert.Empty(s.Expected.Checks);
        });
    }

    [Theory]
    [MemberData(nameof(MaliciousSamples))]
    public void Malicious_sample_names_no_reachable_host(string name)
    {
        // Inert by construction: every URL host in code is reserved (.invalid, RFC 5737 documentation ranges,
        // link-local metadata) or a messenger endpoint with a placeholder id that cannot deliver. PKG-INFO may
        // name real home pages: copied metadata is the technique, and no installer contacts them.
        var sample = CorpusSample.Load(Path.Combine(MaliciousRoot, name));
        foreach (var file in Directory.EnumerateFiles(sample.Directory, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f) is not ("PKG-INFO" or "SAMPLE.md")))
        {
            var text = File.ReadAllText(file);
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"https?://([A-Za-z0-9.\-]+)"))
            {
                var host = match.Groups[1].Value.TrimEnd('.');
                Assert.True(IsInertHost(host), $"{name}/{Path.GetRelativePath(sample.Directory, file)} names host {host}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MaliciousSamples))]
    public void Packing_is_deterministic_and_gives_readable_archives(string name)
    {
        var sample = CorpusSample.Load(Path.Combine(MaliciousRoot, name));
        if (sample.Expected.Archive?.Bombs is not null)
        {
            return; // packing a bomb twice costs seconds; its archive is checked by the recall test
        }

        var first = sample.Pack();
        var second = sample.Pack();
        Assert.Equal(first.Select(a => a.Content), second.Select(a => a.Content));
        foreach (var artifact in first)
        {
            Assert.NotEmpty(EntryNames(artifact));
        }
    }

    [Fact]
    public void Wheel_carries_modules_pth_files_and_dist_info_but_not_setup_py()
    {
        var sample = CorpusSample.Load(Path.Combine(MaliciousRoot, "pth-base64-exec"));
        var names = EntryNames(sample.PackWheel());
        Assert.Contains("litellm_proxy_utils_init.pth", names);
        Assert.Contains("litellm_proxy_utils/__init__.py", names);
        Assert.Contains("litellm_proxy_utils-1.82.8.dist-info/METADATA", names);
        Assert.Contains("litellm_proxy_utils-1.82.8.dist-info/RECORD", names);
        Assert.DoesNotContain("setup.py", names);
    }

    [Fact]
    public void Sdist_applies_archive_tricks()
    {
        var traversal = EntryNames(CorpusSample.Load(Path.Combine(MaliciousRoot, "archive-path-traversal")).PackSdist());
        Assert.Contains("../../../../root/.bashrc", traversal);
        Assert.Contains("pytest_helpers_x-0.1.0/PKG-INFO", traversal);

        var duplicate = EntryNames(CorpusSample.Load(Path.Combine(MaliciousRoot, "archive-duplicate-setup")).PackSdist());
        Assert.Equal(2, duplicate.Count(n => n == "click_extra_tools-1.0.0/setup.py"));

        var mislabelled = CorpusSample.Load(Path.Combine(MaliciousRoot, "archive-zip-as-targz")).PackSdist();
        Assert.EndsWith(".tar.gz", mislabelled.FileName, StringComparison.Ordinal);
        Assert.Equal((byte)'P', mislabelled.Content[0]);

        var renamed = CorpusSample.Load(Path.Combine(MaliciousRoot, "metadata-filename-mismatch")).PackSdist();
        Assert.Equal("urllib3-2.2.9.tar.gz", renamed.FileName);
    }

    private static bool IsInertHost(string host) =>
        host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase)
        || !host.Contains('.', StringComparison.Ordinal) // a fragment of a split or regex-escaped URL, no public host
        || host.StartsWith("192.0.2.", StringComparison.Ordinal)
        || host.StartsWith("203.0.113.", StringComparison.Ordinal)
        || host.StartsWith("198.51.100.", StringComparison.Ordinal)
        || host == "169.254.169.254"
        || host is "discord.com" or "discordapp.com" or "api.telegram.org" or "t.me" or "hooks.slack.com";

    private static TheoryData<string> SampleNames(string root)
    {
        var data = new TheoryData<string>();
        foreach (var sample in CorpusSample.LoadAll(root))
        {
            data.Add(sample.Name);
        }

        return data;
    }

    internal static List<string> EntryNames(PackedArtifact artifact)
    {
        var names = new List<string>();
        using var stream = new MemoryStream(artifact.Content);
        if (artifact.Content[0] == (byte)'P')
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            names.AddRange(zip.Entries.Select(e => e.FullName));
            return names;
        }

        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }
}
