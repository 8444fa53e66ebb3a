using System.Text.RegularExpressions;
using Bonded.Scanning.Checks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Checks;

public sealed class RequiredWordsTests
{
    [Theory]
    [InlineData("curl -s https://x | sh", true)]
    [InlineData("CURL", true)]
    [InlineData("requests.get(url)", false)]
    [InlineData("", false)]
    public void Finds_the_words_ignoring_case(string text, bool expected) =>
        Assert.Equal(expected, new RequiredWords(ignoreCase: true, "curl", "wget").MayMatch(text));

    [Fact]
    public void Respects_case_when_asked()
    {
        var words = new RequiredWords(ignoreCase: false, "http://");
        Assert.True(words.MayMatch("see http://1.2.3.4"));
        Assert.False(words.MayMatch("HTTP://1.2.3.4"));
    }

    // A case-insensitive pattern's k matches the Kelvin sign, which ordinal ignore-case does not fold: such text goes to the pattern.
    [Fact]
    public void Lets_the_kelvin_sign_through_when_ignoring_case()
    {
        var pattern = new Regex("socket", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        const string text = "soc\u212Aet";
        Assert.Matches(pattern, text);
        Assert.True(new RequiredWords(ignoreCase: true, "socket").MayMatch(text));
        Assert.False(new RequiredWords(ignoreCase: false, "socket").MayMatch(text));
    }

    // The Kelvin sign is the only character outside ASCII that a case-insensitive invariant pattern equates with an ASCII letter or digit.
    [Fact]
    public void The_kelvin_sign_is_the_only_non_ascii_case_equivalent()
    {
        var pattern = new Regex("^[a-z0-9]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var equivalents = Enumerable.Range(128, 65536 - 128).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c).Where(c => pattern.IsMatch(c.ToString())).ToList();
        Assert.Equal(['\u212A'], equivalents);
    }

    // Never a miss: whatever a pattern made of the words matches, the words let through.
    [Property(MaxTest = 300)]
    public Property Lets_through_everything_a_pattern_of_the_words_matches(string?[] parts, bool ignoreCase)
    {
        string[] words = ["curl", "Wget", "k8s", "/dev/tcp/"];
        var pattern = new Regex(string.Join('|', words.Select(Regex.Escape)), (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);
        var text = string.Concat(parts.Select(p => p ?? "\u212A8S"));
        return (!pattern.IsMatch(text) || new RequiredWords(ignoreCase, words).MayMatch(text)).ToProperty();
    }
}
