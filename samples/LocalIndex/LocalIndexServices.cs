using Bonded.Auth;
using Bonded.Auth.Otp;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.Tokens;
using Bonded.Auth.WebAuthn;
using Bonded.Index;
using Bonded.Tuf;
using LocalIndex.Accounts;
using LocalIndex.Scanning;
using LocalIndex.Signing;
using LocalIndex.Simple;
using LocalIndex.Storage;
using LocalIndex.Upload;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalIndex;

/// <summary>The services of the index, shared by the web host and the admin commands.</summary>
internal static class LocalIndexServices
{
    /// <summary>The configuration section of Bonded.Auth's MFA policy (<c>Requirement</c>, <c>CriticalProjects</c>, <c>EnforcedFrom</c>, rate limits).</summary>
    public const string MfaSection = "LocalIndex:Mfa";

    public static IServiceCollection AddLocalIndexCore(this IServiceCollection services, string dataDirectory, IConfiguration? configuration = null)
    {
        Directory.CreateDirectory(dataDirectory);
        services.TryAddSingleton(TimeProvider.System);

        // Storage: the embedded defaults; replace these two registrations to move to a database server and object storage.
        services.TryAddSingleton<IRegistryStore>(_ => new SqliteRegistryStore(Path.Combine(dataDirectory, "index.db")));
        services.TryAddSingleton<IBlobStore>(_ => new FileSystemBlobStore(dataDirectory));

        // Bonded.Auth's stores on the registry database: registered before AddRegistryAuth, whose in-memory defaults yield to them.
        services.TryAddSingleton<IOtpReplayStore, SqliteOtpReplayStore>();
        services.TryAddSingleton<IWebAuthnCredentialStore, SqliteWebAuthnCredentialStore>();
        services.TryAddSingleton<IRecoveryCodeStore, SqliteRecoveryCodeStore>();
        services.TryAddSingleton<IAuditSink, RegistryAuditSink>();
        services.TryAddSingleton<IApiTokenStore, SqliteApiTokenStore>();
        services.TryAddSingleton<IRateLimitStore, SqliteRateLimitStore>();
        services.AddRegistryAuth(o =>
        {
            o.Totp.Issuer = "Bonded local index";
            o.Tokens.Location = "bonded-local-index";

            // Every uploader needs a second factor unless the configuration says otherwise.
            o.Policy.Requirement = MfaRequirement.AllUsers;
            configuration?.GetSection(MfaSection).Bind(o.Policy);
            if (configuration is not null)
            {
                ConfigureWebAuthn(o.WebAuthn, configuration);
            }
        });
        services.TryAddSingleton<AccountTotp>();
        services.TryAddSingleton<IApiTokens, MacaroonApiTokens>();

        // Index, scanning, TUF.
        services.AddSimpleIndex();
        services.AddOptions<SimpleIndexOptions>().Configure<Microsoft.Extensions.Options.IOptions<LocalIndexOptions>>((index, host) => index.ArchiveLimits.MaxUncompressedBytes = host.Value.MaxArchiveExpansionBytes);
        services.TryAddSingleton<IDistributionInspector, IndexDistributionInspector>();
        services.AddPackageScanning();
        services.TryAddSingleton<IUploadScanner, PackageUploadScanner>();
        var tufDirectory = Path.Combine(dataDirectory, "tuf");
        services.AddTufRepository(o =>
        {
            o.MetadataDirectory = Path.Combine(tufDirectory, "metadata");
            o.KeyDirectory = BondedTufTargets.KeyDirectory(tufDirectory);
            o.CreateIfMissing = true;

            // Succinct hash bins, few of them: a local index holds thousands of files, not millions, and TUF clients
            // such as tuf-js slow down with many bins.
            o.Repository.SuccinctBins = true;
            o.Repository.BinCount = 64;
        });
        services.TryAddSingleton<ITufTargets>(provider => new BondedTufTargets(provider, tufDirectory, provider.GetRequiredService<ILogger<BondedTufTargets>>()));
        services.TryAddSingleton<IndexPublisher>();
        services.TryAddSingleton<LegacyUpload>();
        return services;
    }

    /// <summary>
    /// The WebAuthn relying party from configuration: <c>LocalIndex:PublicUrl</c> (the address users see, behind a proxy)
    /// gives the RP ID and the origin; <c>LocalIndex:WebAuthn:RelyingPartyId</c> and <c>LocalIndex:WebAuthn:Origins</c>
    /// (a list, or one value separated by ';') override them. With none of them, the RP ID is <c>localhost</c> and the
    /// origins are the listening addresses (see <see cref="Web.WebPages"/>).
    /// </summary>
    internal static void ConfigureWebAuthn(WebAuthnOptions webAuthn, IConfiguration configuration)
    {
        if (configuration["LocalIndex:PublicUrl"] is { Length: > 0 } publicUrl)
        {
            if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"LocalIndex:PublicUrl must be an absolute http(s) URL (was '{publicUrl}').");
            }

            webAuthn.RelyingPartyId = uri.Host;
            webAuthn.Origins.Add(uri.GetLeftPart(UriPartial.Authority));
        }

        var section = configuration.GetSection("LocalIndex:WebAuthn");
        if (section["RelyingPartyId"] is { Length: > 0 } rpId)
        {
            webAuthn.RelyingPartyId = rpId;
        }

        var origins = section.GetSection("Origins");
        IEnumerable<string> configured = origins.Value is { } single
            ? single.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : origins.GetChildren().Select(c => c.Value).OfType<string>();
        foreach (var origin in configured)
        {
            webAuthn.Origins.Add(origin.TrimEnd('/'));
        }
    }
}
