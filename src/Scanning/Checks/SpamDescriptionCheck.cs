using System.Text.RegularExpressions;

namespace Bonded.Scanning.Checks;

/// <summary>Spam and scam descriptions: link farms, giveaway and cheat bait, gambling and pharmacy spam.</summary>
internal sealed partial class SpamDescriptionCheck : PackageCheck
{
    public override string Id => CheckIds.SpamDescription;

    public override string Description => "The description is spam or a scam: a link farm, giveaway or cheat bait, gambling or pharmacy spam.";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        if (package.Metadata is not { } metadata)
        {
            yield break;
        }

        var text = (metadata.Summary ?? "") + "\n" + metadata.Description;
        var bait = Bait().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (bait.Count == 0)
        {
            yield break;
        }

        var links = Link().Matches(text);
        if (bait.Count >= 2)
        {
            yield return bait.Count >= 3
                ? Create(Severity.High, Confidence.Medium, $"The description is scam bait ({string.Join(", ", bait.Take(4))}).", Names.Excerpt(metadata.Summary ?? metadata.Description), metadata.Path, null)
                : Create(Severity.Medium, Confidence.High, $"The description is scam bait ({string.Join(", ", bait)}).", Names.Excerpt(metadata.Summary ?? metadata.Description), metadata.Path, null);
        }
        else if (bait.Count == 1 && links.Count >= 10 && Math.Max(1, CountWords(text)) is var words && links.Count * 8 > words)
        {
            var hosts = links.Select(m => m.Groups["host"].Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
            yield return Create(Severity.Medium, Confidence.High, $"The description is a link farm with bait ({bait[0]}, {links.Count} links to {hosts} hosts in {words} words).", Names.Excerpt(links[0].Value), metadata.Path, null);
        }
    }

    /// <summary>How many words (runs of characters other than space, newline and tab) the text holds.</summary>
    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var separator = c is ' ' or '\n' or '\t';
            words += !separator && !inWord ? 1 : 0;
            inWord = !separator;
        }

        return words;
    }

    [GeneratedRegex(@"\bfree\s+(robux|v-?bucks|diamonds|gems|coins|followers|likes|nitro|gift\s*cards?|spins)\b|\b(robux|v-?bucks)\s+generator\b|no\s+human\s+verification|no\s+survey|\bhack\s+(tool|apk|generator)\b|\bunlimited\s+(coins|gems|money|diamonds)\b|\bmod\s+apk\b|\bcrack(ed)?\s+(download|key|version)\b|\bkeygen\b|\bserial\s+key\b|\bonline\s+casino\b|\bsports?\s+betting\b|\bviagra\b|\bcialis\b|\bonlyfans\b|\bclaim\s+your\s+(free|reward|prize)\b|\bgiveaway\b|\bseed\s+phrase\b|\bairdrop\b|\breceive\s+(2x|double)\b|\bdouble\s+your\s+(btc|eth|crypto|bitcoin|money)\b|\bfree\s+(eth|btc|bitcoin|crypto|netflix|spotify|tiktok|instagram)\b|\blimited\s+time\s+offer\b|\bclick\s+here\b|\b100%\s+working\b|\bwatch\s+(full\s+)?movie\s+online\b|\bfree\s+download\s+full\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bait();

    [GeneratedRegex(@"https?://(?<host>[\w.-]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Link();
}
