using System.Text;
using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Bidirectional control characters that reorder how code reads (Trojan Source), and identifiers built from look-alike letters.</summary>
internal sealed class UnicodeTricksCheck : PackageCheck
{
    public override string Id => CheckIds.UnicodeTricks;

    public override string Description => "Uses Unicode tricks: bidirectional control characters (Trojan Source) or identifiers that mix scripts or normalise to other names.";

    public override Severity Severity => Severity.High;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var text = facts.File.Text!;
            if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007f') || facts.File.IsAncillary)
            {
                continue;
            }

            var m = facts.Module;
            var count = 0;
            for (var t = 0; t < m.Tokens.Count && count < MaxFindingsPerFile; t++)
            {
                var token = m.Tokens[t];
                var span = m.TokenText(t);
                if (!span.ContainsAnyExceptInRange('\0', '\u007f'))
                {
                    continue;
                }

                if (token.Kind != TokenKind.String && HasBidi(span))
                {
                    count++;
                    yield return At(facts, t, Severity.High, Confidence.High, $"A bidirectional control character in {(token.Kind == TokenKind.Comment ? "a comment" : "code")} makes the code read differently from how it runs (Trojan Source).");
                }
                else if (token.Kind == TokenKind.String && HasBidi(span) && !HasRightToLeftLetters(span))
                {
                    count++;
                    yield return At(facts, t, Severity.Medium, Confidence.Medium, "A bidirectional control character in a string with no right-to-left text.");
                }
                else if (token.Kind == TokenKind.Name)
                {
                    var name = span.ToString();
                    var normalized = Normalize(name);
                    if (normalized is not null && !normalized.AsSpan().ContainsAnyExceptInRange('\0', '\u007f'))
                    {
                        count++;
                        yield return At(facts, t, Severity.High, Confidence.High, $"The identifier '{name}' is written in look-alike letters that Python reads as '{normalized}'.");
                    }
                    else if (MixesScripts(name))
                    {
                        count++;
                        yield return At(facts, t, Severity.Medium, Confidence.High, $"The identifier '{name}' mixes Latin with Cyrillic or Greek look-alike letters.");
                    }
                }
            }
        }
    }

    private static bool HasBidi(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u202A', '\u202E') >= 0 || text.IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    private static bool HasRightToLeftLetters(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0590', '\u08FF') >= 0 || text.IndexOfAnyInRange('\uFB1D', '\uFDFF') >= 0 || text.IndexOfAnyInRange('\uFE70', '\uFEFF') >= 0;

    private static string? Normalize(string name)
    {
        try
        {
            var normalized = name.Normalize(NormalizationForm.FormKC);
            return string.Equals(normalized, name, StringComparison.Ordinal) ? null : normalized;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Cyrillic and Greek letters drawn like Latin ones (not Greek math letters such as Δ, α or σ).</summary>
    private const string LookAlikes = "аеорсухѕіјԁһԛԝӏАВЕКМНОРСТХІЈЅοΟΑΒΕΖΗΙΚΜΝΡΤΥΧ";

    /// <summary>Whether an identifier mixes Latin letters with look-alikes only (<c>ѕetup</c>), unlike <c>Δt</c> or <c>σ_x</c>.</summary>
    private static bool MixesScripts(string name)
    {
        bool latin = false, lookAlike = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (c > 127 && char.IsLetter(c))
            {
                if (!LookAlikes.Contains(c, StringComparison.Ordinal))
                {
                    return false;
                }

                lookAlike = true;
            }
        }

        return latin && lookAlike;
    }
}
