using Bonded.Index.Pages;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Pages;

public sealed class SimpleContentNegotiationTests
{
    [Theory]
    [InlineData(null, SimpleFormat.Html, "text/html")]
    [InlineData("", SimpleFormat.Html, "text/html")]
    [InlineData("*/*", SimpleFormat.Html, "text/html")]
    [InlineData("text/html", SimpleFormat.Html, "text/html")]
    [InlineData("application/vnd.pypi.simple.v1+json", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("application/vnd.pypi.simple.v1+html", SimpleFormat.Html, "application/vnd.pypi.simple.v1+html")]
    [InlineData("application/vnd.pypi.simple.latest+json", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("application/vnd.pypi.simple.latest+html", SimpleFormat.Html, "application/vnd.pypi.simple.v1+html")]
    [InlineData("application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.1, text/html;q=0.01", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("application/vnd.pypi.simple.v1+json;q=0.2, application/vnd.pypi.simple.v1+html;q=0.5", SimpleFormat.Html, "application/vnd.pypi.simple.v1+html")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", SimpleFormat.Html, "text/html")]
    [InlineData("application/*", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("APPLICATION/VND.PYPI.SIMPLE.V1+JSON", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("*/*;q=0.1, application/vnd.pypi.simple.v1+json;q=0", SimpleFormat.Html, "text/html")]
    [InlineData("application/vnd.pypi.simple.v1+json, text/html", SimpleFormat.Json, "application/vnd.pypi.simple.v1+json")]
    [InlineData("garbage, text/html", SimpleFormat.Html, "text/html")]
    public void Accept_headers_choose_the_format(string? accept, SimpleFormat format, string contentType)
    {
        var result = SimpleContentNegotiation.Negotiate(accept);
        Assert.True(result.IsAcceptable);
        Assert.Equal(format, result.Format);
        Assert.Equal(contentType, result.ContentType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("image/png, text/plain")]
    [InlineData("application/vnd.pypi.simple.v2+json")]
    [InlineData("text/html;q=0")]
    [InlineData("text/html;q=2")]
    [InlineData("*/*;q=0")]
    public void Nothing_acceptable_means_406(string accept) => Assert.False(SimpleContentNegotiation.Negotiate(accept).IsAcceptable);

    [Theory]
    [InlineData("application/vnd.pypi.simple.v1+json", SimpleFormat.Json)]
    [InlineData("application/vnd.pypi.simple.latest+html", SimpleFormat.Html)]
    [InlineData("text/html", SimpleFormat.Html)]
    public void The_format_query_parameter_overrides_Accept(string query, SimpleFormat format)
    {
        var result = SimpleContentNegotiation.Negotiate("image/png", query);
        Assert.True(result.IsAcceptable);
        Assert.Equal(format, result.Format);
        Assert.False(SimpleContentNegotiation.Negotiate("text/html", "application/xml").IsAcceptable);
    }

    [Property(MaxTest = 500)]
    public bool Arbitrary_headers_never_throw(string? accept, string? query)
    {
        var result = SimpleContentNegotiation.Negotiate(accept, query);
        return !result.IsAcceptable || result.ContentType is SimpleContentNegotiation.JsonV1 or SimpleContentNegotiation.HtmlV1 or SimpleContentNegotiation.TextHtml;
    }

    [Fact]
    public void Very_long_headers_are_bounded()
    {
        var accept = string.Join(",", Enumerable.Repeat("image/png", 10_000)) + ",text/html";
        Assert.False(SimpleContentNegotiation.Negotiate(accept).IsAcceptable);
    }
}
