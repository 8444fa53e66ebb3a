using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bonded.Auth.Tokens;

/// <summary>What happened to one token of a leaked-token report.</summary>
/// <param name="TokenHash">SHA-256 of the reported token, hex (the token itself is never kept).</param>
/// <param name="TokenId">The id of the stored token it proved to be, or null.</param>
/// <param name="Revoked">Whether the token was authentic and is now revoked.</param>
public sealed record LeakedTokenOutcome(string TokenHash, string? TokenId, bool Revoked)
{
    /// <summary>The secret-scanning label: "true_positive" for a revoked token, otherwise "false_positive".</summary>
    public string Label => Revoked ? "true_positive" : "false_positive";
}

/// <summary>The outcome of a leaked-token report.</summary>
/// <param name="Accepted">Whether the report was signed by a known reporter and well formed; nothing is revoked otherwise.</param>
/// <param name="Reason">Why the report was refused; null when accepted.</param>
/// <param name="Tokens">One outcome per reported token.</param>
public sealed record LeakReportResult(bool Accepted, string? Reason, IReadOnlyList<LeakedTokenOutcome> Tokens);

/// <summary>
/// Handles leaked-token reports from secret-scanning services (GitHub's format: a JSON array of
/// <c>{"token","type","url","source"}</c>, signed with ECDSA P-256/SHA-256 over the exact body). It revokes a token
/// only when the report carries a valid signature of a configured reporter key AND the token carries a valid
/// signature of its own, so that nobody can revoke others' tokens by reporting guessed or forged ones.
/// </summary>
public sealed class LeakedTokenReportHandler
{
    private readonly ApiTokenService tokens;
    private readonly ApiTokenOptions options;
    private readonly ILogger logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="tokens">The token service.</param>
    /// <param name="options">The options holding reporter keys and report limits.</param>
    /// <param name="logger">Receives one warning per revoked token; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> or <paramref name="options"/> is null.</exception>
    public LeakedTokenReportHandler(ApiTokenService tokens, ApiTokenOptions options, ILogger<LeakedTokenReportHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        this.tokens = tokens;
        this.options = options;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Checks a report's signature, then revokes each reported token that is authentic.</summary>
    /// <param name="body">The exact request body.</param>
    /// <param name="keyIdentifier">The reporter's key identifier (GitHub: <c>Github-Public-Key-Identifier</c>).</param>
    /// <param name="signature">Base64 DER ECDSA signature of the body (GitHub: <c>Github-Public-Key-Signature</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether the report was accepted and what happened to each token.</returns>
    public async ValueTask<LeakReportResult> HandleAsync(ReadOnlyMemory<byte> body, string? keyIdentifier, string? signature, CancellationToken cancellationToken = default)
    {
        if (body.Length > options.MaxLeakReportBytes)
        {
            return Refused("report is too large");
        }

        if (keyIdentifier is null || signature is null || !options.LeakReporterKeys.TryGetValue(keyIdentifier, out var pem))
        {
            return Refused("report is not signed by a known reporter key");
        }

        if (!VerifyReporterSignature(pem, body.Span, signature))
        {
            return Refused("report signature is invalid");
        }

        var reported = ReadTokens(body.Span);
        if (reported is null)
        {
            return Refused("report is not a JSON array of {\"token\": ...} objects within the limits");
        }

        var outcomes = new List<LeakedTokenOutcome>(reported.Count);
        foreach (var token in reported)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
            var record = await tokens.FindAuthenticAsync(token, cancellationToken).ConfigureAwait(false);
            var revoked = record is not null && await tokens.RevokeAsync(record.Id, cancellationToken).ConfigureAwait(false);
            if (revoked)
            {
                LogRevoked(logger, record!.Id, keyIdentifier, null);
            }

            outcomes.Add(new LeakedTokenOutcome(hash, record?.Id, revoked));
        }

        return new LeakReportResult(true, null, outcomes);
    }

    private static readonly Action<ILogger, string, string, Exception?> LogRevoked = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(7201, "LeakedTokenRevoked"), "Revoked leaked API token {TokenId} reported by key {KeyIdentifier}");

    private static LeakReportResult Refused(string reason) => new(false, reason, []);

    private static bool VerifyReporterSignature(string pem, ReadOnlySpan<byte> body, string signature)
    {
        byte[] der;
        try
        {
            der = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return key.KeySize == 256 && key.VerifyData(body, der, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private List<string>? ReadTokens(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            var result = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject || result.Count >= options.MaxLeakReportTokens)
                {
                    return null;
                }

                string? token = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var isToken = reader.ValueTextEquals("token"u8);
                    reader.Read();
                    if (isToken && reader.TokenType == JsonTokenType.String)
                    {
                        token = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (token is null)
                {
                    return null;
                }

                result.Add(token);
            }

            return reader.Read() ? null : result;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
