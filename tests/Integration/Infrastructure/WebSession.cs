using System.Net;
using System.Text.RegularExpressions;
using Bonded.Auth.Otp;

namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>A browser-like session on the host's web pages (cookies, anti-forgery tokens read from the forms).</summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient client;
    private string lastPage = "";

    public WebSession(Uri baseAddress)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = baseAddress };
    }

    public string LastPage => lastPage;

    public async Task<string> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        lastPage = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{lastPage}");
        return lastPage;
    }

    /// <summary>Posts a form with the anti-forgery token of the last page; returns the page it lands on.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, IDictionary<string, string>? fields = null)
    {
        var token = TokenPattern().Match(lastPage);
        Assert.True(token.Success, "no anti-forgery token on the last page");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { [token.Groups[1].Value] = WebUtility.HtmlDecode(token.Groups[2].Value) };
        using var content = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        lastPage = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, lastPage);
    }

    /// <summary>Logs in with password and the current TOTP code of <paramref name="totpSecretBase32"/>.</summary>
    public async Task LogInAsync(string username, string password, string totpSecretBase32)
    {
        await GetAsync("account/login");
        var (status, body) = await PostAsync("account/login", new Dictionary<string, string> { ["username"] = username, ["password"] = password });
        Assert.True(status == HttpStatusCode.OK && body.Contains("Second factor", StringComparison.Ordinal), body);
        using var key = OtpKey.FromBase32(totpSecretBase32);
        var code = Hotp.Compute(key, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30);
        (status, body) = await PostAsync("account/login/totp", new Dictionary<string, string> { ["code"] = code });
        Assert.True(status == HttpStatusCode.OK && body.Contains("Your account", StringComparison.Ordinal), body);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex TokenPattern();
}
