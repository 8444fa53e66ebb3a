namespace Bonded.Index.Pages;

/// <summary>The two serializations of the simple repository API.</summary>
public enum SimpleFormat
{
    /// <summary>PEP 503 HTML (<c>text/html</c> or <c>application/vnd.pypi.simple.v1+html</c>).</summary>
    Html,

    /// <summary>PEP 691 JSON (<c>application/vnd.pypi.simple.v1+json</c>).</summary>
    Json,
}
