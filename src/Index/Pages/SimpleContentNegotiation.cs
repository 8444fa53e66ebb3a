using System.Globalization;

namespace Bonded.Index.Pages;

/// <summary>The outcome of PEP 691 content negotiation.</summary>
/// <param name="IsAcceptable">False when nothing the client accepts can be served (answer 406 Not Acceptable).</param>
/// <param name="Format">The format to serve, meaningful when acceptable.</param>
/// <param name="ContentType">The concrete content type to send (the <c>latest</c> aliases resolve to <c>v1</c>).</param>
public readonly record struct NegotiationResult(bool IsAcceptable, SimpleFormat Format, string ContentType);

/// <summary>PEP 691 content negotiation for simple index pages, usable from any web framework.</summary>
/// <remarks>
/// A <c>?format=</c> value, when present, decides alone. Otherwise the Accept header's media ranges and q-values rank the
/// offered types; ties between exact matches prefer JSON, and a bare wildcard (<c>*/*</c>) or no header gets <c>text/html</c>
/// for the widest compatibility.
/// </remarks>
public static class SimpleContentNegotiation
{
    /// <summary><c>application/vnd.pypi.simple.v1+json</c>.</summary>
    public const string JsonV1 = "application/vnd.pypi.simple.v1+json";

    /// <summary><c>application/vnd.pypi.simple.v1+html</c>.</summary>
    public const string HtmlV1 = "application/vnd.pypi.simple.v1+html";

    /// <summary><c>text/html</c>, the PEP 503 legacy type.</summary>
    public const string TextHtml = "text/html";

    /// <summary><c>application/vnd.pypi.simple.latest+json</c>, an alias of the newest JSON version.</summary>
    public const string JsonLatest = "application/vnd.pypi.simple.latest+json";

    /// <summary><c>application/vnd.pypi.simple.latest+html</c>, an alias of the newest HTML version.</summary>
    public const string HtmlLatest = "application/vnd.pypi.simple.latest+html";

    private const int MaxRanges = 64;

    // Offered types in order of preference for ties between exact matches.
    private static readonly (string Type, SimpleFormat Format, string Served)[] Offers =
    [
        (JsonV1, SimpleFormat.Json, JsonV1),
        (JsonLatest, SimpleFormat.Json, JsonV1),
        (HtmlV1, SimpleFormat.Html, HtmlV1),
        (HtmlLatest, SimpleFormat.Html, HtmlV1),
        (TextHtml, SimpleFormat.Html, TextHtml),
    ];

    /// <summary>Chooses the format of a response.</summary>
    /// <param name="accept">The Accept header, or null when absent.</param>
    /// <param name="formatQuery">The <c>format</c> query parameter (already URL-decoded), or null when absent.</param>
    /// <returns>The format and content type, or a result that is not acceptable (answer 406).</returns>
    public static NegotiationResult Negotiate(string? accept, string? formatQuery = null)
    {
        if (formatQuery is not null)
        {
            foreach (var offer in Offers)
            {
                if (string.Equals(formatQuery.Trim(), offer.Type, StringComparison.OrdinalIgnoreCase))
                {
                    return new NegotiationResult(true, offer.Format, offer.Served);
                }
            }

            return default;
        }

        if (string.IsNullOrWhiteSpace(accept))
        {
            return new NegotiationResult(true, SimpleFormat.Html, TextHtml);
        }

        // For each offer: the q-value of the most specific matching range (specificity 2 exact, 1 type/*, 0 */*).
        Span<double> quality = stackalloc double[Offers.Length];
        Span<int> specificity = stackalloc int[Offers.Length];
        specificity.Fill(-1);
        var ranges = 0;
        foreach (var range in accept.AsSpan().Split(','))
        {
            if (++ranges > MaxRanges)
            {
                break;
            }

            var part = accept.AsSpan()[range];
            if (!TryParseRange(part, out var mediaType, out var q))
            {
                continue;
            }

            for (var k = 0; k < Offers.Length; k++)
            {
                var s = Specificity(mediaType, Offers[k].Type);
                if (s > specificity[k])
                {
                    specificity[k] = s;
                    quality[k] = q;
                }
            }
        }

        var best = -1;
        for (var k = 0; k < Offers.Length; k++)
        {
            if (specificity[k] < 0 || quality[k] <= 0)
            {
                continue;
            }

            if (best < 0 || quality[k] > quality[best] || (quality[k] == quality[best] && Better(k, specificity[k], best, specificity[best])))
            {
                best = k;
            }
        }

        return best < 0 ? default : new NegotiationResult(true, Offers[best].Format, Offers[best].Served);
    }

    // On equal q: a more specific match wins; among wildcard-only matches text/html wins; otherwise the earlier offer.
    private static bool Better(int candidate, int candidateSpecificity, int best, int bestSpecificity)
    {
        if (candidateSpecificity != bestSpecificity)
        {
            return candidateSpecificity > bestSpecificity;
        }

        return candidateSpecificity < 2 && string.Equals(Offers[candidate].Type, TextHtml, StringComparison.Ordinal);
    }

    private static int Specificity(ReadOnlySpan<char> range, string offer)
    {
        if (range.Equals("*/*", StringComparison.Ordinal))
        {
            return 0;
        }

        if (range.EndsWith("/*", StringComparison.Ordinal))
        {
            var type = range[..^1];
            return offer.AsSpan().StartsWith(type, StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }

        return range.Equals(offer, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }

    private static bool TryParseRange(ReadOnlySpan<char> part, out ReadOnlySpan<char> mediaType, out double q)
    {
        q = 1;
        var semicolon = part.IndexOf(';');
        mediaType = (semicolon < 0 ? part : part[..semicolon]).Trim();
        if (mediaType.IsEmpty || mediaType.IndexOf('/') <= 0)
        {
            return false;
        }

        var parameters = semicolon < 0 ? [] : part[(semicolon + 1)..];
        foreach (var p in parameters.Split(';'))
        {
            var parameter = parameters[p].Trim();
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out q) || q < 0 || q > 1)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
