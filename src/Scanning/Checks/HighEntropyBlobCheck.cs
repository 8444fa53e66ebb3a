using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>Long base64 or hex string literals with high entropy: packed payloads (weak alone; icons and test data look alike).</summary>
internal sealed class HighEntropyBlobCheck : PackageCheck
{
    private const int MinLength = 1024;

    public override string Id => CheckIds.HighEntropyBlob;

    public override string Description => "Contains a long, high-entropy base64 or hex string literal (a packed payload, or an embedded asset).";

    public override Severity Severity => Severity.Medium;

    public override Confidence Confidence => Confidence.Medium;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            if (facts.File.IsAncillary || facts.File.Text!.Length < MinLength)
            {
                continue;
            }

            var m = facts.Module;
            var best = -1;
            var bestEntropy = 0.0;
            for (var t = 0; t < m.Tokens.Count; t++)
            {
                var token = m.Tokens[t];
                if (token.Kind != TokenKind.String || token.Length < MinLength || m.IsBareString(t))
                {
                    continue;
                }

                var value = m.StringValue(t);
                if (value.Contains("-----BEGIN", StringComparison.Ordinal))
                {
                    continue; // PEM certificates and keys: data, not code.
                }

                var entropy = Entropy(value, out var alphabet);
                var packed = (alphabet == 64 && entropy >= 5.0) || (alphabet == 16 && entropy >= 3.8 && value.Length >= 2 * MinLength);
                if (packed && entropy > bestEntropy)
                {
                    best = t;
                    bestEntropy = entropy;
                }
            }

            if (best >= 0 && Scale(facts.ContextOf(m.LineOfToken[best]), Severity.Medium, Confidence.Medium) is { } s)
            {
                var value = m.StringValue(best);
                yield return new Finding(Id, s.Severity, s.Confidence, $"A {value.Length}-character encoded string with {bestEntropy:0.0} bits of entropy per character {Describe(facts.ContextOf(m.LineOfToken[best]))}.",
                    Names.Excerpt(value, 80), facts.File.Path, m.LineNumber(best)) { FileSha256 = facts.File.Sha256 };
            }
        }
    }

    /// <summary>Shannon entropy in bits per character, and the alphabet (16 hex, 64 base64, 0 other) the text fits.</summary>
    internal static double Entropy(string value, out int alphabet)
    {
        Span<int> counts = stackalloc int[128];
        var hex = true;
        var length = 0;
        foreach (var c in value)
        {
            if (c is '\n' or '\r' or ' ' or '\\')
            {
                continue;
            }

            if (c >= 128 || !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_'))
            {
                alphabet = 0;
                return 0;
            }

            hex &= char.IsAsciiHexDigit(c);
            counts[c]++;
            length++;
        }

        alphabet = hex ? 16 : 64;
        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / length;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }
}
