using System.Security.Cryptography;
using System.Text;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Auth.Tests.Tokens;

public sealed class LeakedTokenReportHandlerTests : IDisposable
{
    private const string KeyId = "90a421169f0a406205f1563a953312f0be898d3c7b6c06b681aa86a874555f4a";
    private readonly ECDsa reporter = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly InMemoryApiTokenStore store = new();
    private readonly ApiTokenOptions options = new();
    private readonly ApiTokenService service;
    private readonly LeakedTokenReportHandler handler;

    public LeakedTokenReportHandlerTests()
    {
        options.LeakReporterKeys[KeyId] = reporter.ExportSubjectPublicKeyInfoPem();
        service = new ApiTokenService(store, options, TimeProvider.System);
        handler = new LeakedTokenReportHandler(service, options);
    }

    public void Dispose() => reporter.Dispose();

    private (byte[] Body, string Signature) Report(params string[] tokens)
    {
        var body = Encoding.UTF8.GetBytes("[" + string.Join(",", tokens.Select(t =>
            $"{{\"token\":\"{t}\",\"type\":\"pypi_api_token\",\"url\":\"https://github.com/o/r/blob/x/f\",\"source\":\"content\"}}")) + "]");
        return (body, Convert.ToBase64String(reporter.SignData(body, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)));
    }

    [Fact]
    public async Task Signed_report_of_an_authentic_token_revokes_it()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "leaked", ["p"], null));
        var (body, signature) = Report(created.Token);
        var result = await handler.HandleAsync(body, KeyId, signature);
        Assert.True(result.Accepted);
        var outcome = Assert.Single(result.Tokens);
        Assert.True(outcome.Revoked);
        Assert.Equal("true_positive", outcome.Label);
        Assert.Equal(created.Record.Id, outcome.TokenId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Token))), outcome.TokenHash);
        Assert.Equal(ApiTokenFailure.UnknownToken, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).Failure);
    }

    [Fact]
    public async Task Attack_report_of_a_forged_token_with_a_real_id_revokes_nothing()
    {
        // The identifier of a token is not secret: anyone who learns it can mint a macaroon with it, but not its signature.
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "victim", ["p"], null));
        var forged = "pypi-" + Macaroon.Create(new byte[32], created.Record.Id, "localhost").Serialize();
        var (body, signature) = Report(forged);
        var result = await handler.HandleAsync(body, KeyId, signature);
        Assert.True(result.Accepted);
        Assert.False(Assert.Single(result.Tokens).Revoked);
        Assert.Equal("false_positive", result.Tokens[0].Label);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
    }

    [Fact]
    public async Task Attack_report_with_a_bad_reporter_signature_revokes_nothing()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        var (body, _) = Report(created.Token);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var wrong = Convert.ToBase64String(other.SignData(body, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        foreach (var (keyId, signature) in new[] { (KeyId, wrong), (KeyId, "not base64!"), ("unknown-key", wrong), (KeyId, (string?)null)! })
        {
            var result = await handler.HandleAsync(body, keyId, signature);
            Assert.False(result.Accepted);
            Assert.Empty(result.Tokens);
        }

        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
    }

    [Fact]
    public async Task Tampered_body_fails_the_reporter_signature()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        var (body, signature) = Report("pypi-nothing");
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("pypi-nothing", created.Token, StringComparison.Ordinal));
        Assert.False((await handler.HandleAsync(tampered, KeyId, signature)).Accepted);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
    }

    [Fact]
    public async Task Malformed_or_oversized_reports_are_refused()
    {
        foreach (var text in new[] { "{}", "[1]", "[{\"type\":\"x\"}]", "not json", "[{\"token\":\"a\"}] trailing" })
        {
            var body = Encoding.UTF8.GetBytes(text);
            var signature = Convert.ToBase64String(reporter.SignData(body, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            Assert.False((await handler.HandleAsync(body, KeyId, signature)).Accepted);
        }

        var big = new byte[options.MaxLeakReportBytes + 1];
        Assert.False((await handler.HandleAsync(big, KeyId, "x")).Accepted);
        var (many, manySignature) = Report([.. Enumerable.Repeat("pypi-x", options.MaxLeakReportTokens + 1)]);
        Assert.False((await handler.HandleAsync(many, KeyId, manySignature)).Accepted);
    }
}
