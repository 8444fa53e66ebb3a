using System.Text.RegularExpressions;
using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Webhook, messenger-bot, request-collector, tunnel and paste endpoints in code (where stolen data goes).</summary>
internal sealed class ExfiltrationEndpointCheck : PackageCheck
{
    public override string Id => CheckIds.ExfiltrationEndpoint;

    public override string Description => "Contains a webhook, messenger bot, request collector, tunnel or paste-site endpoint that exfiltration uses.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var file in package.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!file.HasText || file.IsAncillary)
            {
                continue;
            }

            if (file.IsPython)
            {
                // The file-wide keyword test comes after each literal's own (it costs more): without it nothing is reported.
                if (!file.WorthParsing || file.Facts is not { } facts)
                {
                    continue;
                }

                var count = 0;
                foreach (var (token, value, decoded) in facts.Literals)
                {
                    if (count >= MaxFindingsPerFile)
                    {
                        break;
                    }

                    var context = facts.ContextOf(facts.Module.LineOfToken[token]);
                    var hidden = decoded ? " (assembled or decoded at run time)" : "";
                    if (PatternWords.ConcreteWebhook.MayMatch(value) && Patterns.ConcreteWebhook().Match(value) is { Success: true } concrete && facts.HasStringKeywords)
                    {
                        count++;
                        yield return At(facts, token, Severity.High, context == CodeContext.Runtime ? Confidence.Medium : Confidence.High, $"A webhook or bot endpoint with its secret{hidden}: '{Names.Excerpt(concrete.Value, 90)}'.");
                    }
                    else if (!(PatternWords.CollectorEndpoint.MayMatch(value) && Patterns.CollectorEndpoint().Match(value) is { Success: true } collector))
                    {
                        if (context is CodeContext.InstallTime or CodeContext.ImportTime && facts.Network.Count > 0 && PatternWords.IpUrl.MayMatch(value) && Patterns.IpUrl().Match(value) is { Success: true } ip && facts.HasStringKeywords)
                        {
                            count++;
                            yield return At(facts, token, Severity.Low, Confidence.Medium, $"A URL to a bare IP address ('{ip.Value}') {Describe(context)}.");
                        }
                    }
                    else if (IsApiTemplate(value, collector) && facts.HasStringKeywords)
                    {
                        // "https://api.telegram.org/bot{token}/sendMessage": a client library naming the messenger's API with a
                        // placeholder; the caller supplies the secret, so there is no destination in the package.
                        count++;
                        yield return At(facts, token, Severity.Info, Confidence.Low, $"Names a messenger API as a template without its secret ('{Names.Excerpt(collector.Value, 60)}…') {Describe(context)}.");
                    }
                    else if (Scale(context, Severity.Medium, Confidence.Medium) is { } s && facts.HasStringKeywords)
                    {
                        count++;
                        var severity = facts.Network.Count > 0 && context is CodeContext.InstallTime or CodeContext.ImportTime ? Severity.High : s.Severity;
                        yield return At(facts, token, severity, s.Confidence, $"An exfiltration endpoint{hidden} ('{collector.Value}') {Describe(context)}.");
                    }
                }
            }
            else if (!file.RelativePath.EndsWith("PKG-INFO", StringComparison.Ordinal) && !file.RelativePath.EndsWith("METADATA", StringComparison.Ordinal) && PatternWords.ConcreteWebhook.MayMatch(file.Text) && Patterns.ConcreteWebhook().Match(file.Text) is { Success: true } match)
            {
                yield return Create(Severity.High, Confidence.High, $"A webhook or bot endpoint with its secret in a script: '{Names.Excerpt(match.Value, 90)}'.", LineOf(file.Text, match), file.Path, LineNumber(file.Text, match.Index));
            }
        }
    }

    /// <summary>Whether a Telegram bot or Discord webhook URL is a template: a placeholder (<c>{token}</c>, <c>%s</c>, <c>&lt;id&gt;</c>) where the secret goes.</summary>
    private static bool IsApiTemplate(string value, Match collector)
    {
        if (!(collector.Value.EndsWith("/bot", StringComparison.OrdinalIgnoreCase) || collector.Value.EndsWith("webhooks", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var rest = value.AsSpan(collector.Index + collector.Length).TrimStart('/');
        return rest.StartsWith("{", StringComparison.Ordinal) || rest.StartsWith("%s", StringComparison.Ordinal) || rest.StartsWith("%(", StringComparison.Ordinal) || rest.StartsWith("<", StringComparison.Ordinal);
    }

    internal static int LineNumber(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    internal static string LineOf(string text, Match match)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
        var end = text.IndexOf('\n', match.Index);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
