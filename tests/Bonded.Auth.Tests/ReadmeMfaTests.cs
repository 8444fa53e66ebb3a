using System.Net;
using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;
using Microsoft.Extensions.DependencyInjection;

namespace Bonded.Auth.Tests;

/// <summary>The README's MFA example, compiled and run; a second test checks that the README shows exactly this code.</summary>
public sealed class ReadmeMfaTests
{
    [Fact]
    public async Task The_README_MFA_example_runs()
    {
        // README-BEGIN
        var services = new ServiceCollection().AddRegistryAuth(o =>
        {
            o.Totp.Issuer = "Example Index";
            o.WebAuthn.RelyingPartyId = "index.example.org";
            o.WebAuthn.Origins.Add("https://index.example.org");
            o.Policy.Requirement = MfaRequirement.CriticalProjects;
            o.Policy.CriticalProjects.Add("requests");
        });
        using var provider = services.BuildServiceProvider();

        // Passwords: argon2id PHC strings; store a fresh hash when the configured parameters changed.
        var hasher = provider.GetRequiredService<PasswordHasher>();
        var stored = hasher.Hash("correct horse battery staple");
        if (hasher.Verify(stored, "correct horse battery staple") == PasswordVerification.SuccessRehashNeeded)
        {
            stored = hasher.Hash("correct horse battery staple");
        }

        // TOTP: enrol (QR code as SVG or PNG), then accept each code once, however it is spaced.
        var totp = provider.GetRequiredService<TotpAuthenticator>();
        using var enrollment = totp.Enroll("alice@example.org");
        var svg = enrollment.GetQrCodeSvg();
        var typed = Hotp.Compute(enrollment.Key, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() / 30);
        var first = await totp.VerifyAsync("alice/totp-1", enrollment.Key, typed);          // Accepted
        var again = await totp.VerifyAsync("alice/totp-1", enrollment.Key, " " + typed);    // Replayed

        // Recovery codes: shown once, stored hashed, burned on use.
        var recovery = provider.GetRequiredService<RecoveryCodes>();
        var codes = await recovery.GenerateAsync("alice");
        var used = await recovery.RedeemAsync("alice", codes[0]);       // true
        var reused = await recovery.RedeemAsync("alice", codes[0]);     // false

        // WebAuthn: options JSON for navigator.credentials.create(); keep the ceremony id in the session.
        var webAuthn = provider.GetRequiredService<WebAuthnService>();
        var ceremony = await webAuthn.BeginRegistrationAsync("alice", "alice", "Alice");
        // ... later: await webAuthn.CompleteRegistrationAsync(ceremony.Id, "alice", browserJson, "YubiKey");

        // Policy: who needs a second factor, and rate limits before every check.
        var policy = provider.GetRequiredService<MfaPolicy>();
        var level = policy.GetRequirementForProject("requests");                              // Required
        var attempt = await policy.CheckAttemptAsync(AttemptKind.SecondFactor, "alice", IPAddress.Loopback);
        // README-END

        Assert.Equal(PasswordVerification.Success, hasher.Verify(stored, "correct horse battery staple"));
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Equal(OtpVerificationResult.Accepted, first);
        Assert.Equal(OtpVerificationResult.Replayed, again);
        Assert.True(used);
        Assert.False(reused);
        Assert.Contains("\"challenge\"", ceremony.OptionsJson, StringComparison.Ordinal);
        Assert.Equal(MfaRequirementLevel.Required, level);
        Assert.True(attempt.IsAllowed);
    }

    [Fact]
    public void The_README_shows_exactly_the_tested_example()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "Bonded.Auth.Tests", "ReadmeMfaTests.cs"));
        var tested = Between(source, "// README-BEGIN\n", "        // README-END");
        var indented = string.Join('\n', tested.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(root, "src", "Auth", "README.md"));
        var block = Between(readme[readme.IndexOf("## Multi-factor authentication", StringComparison.Ordinal)..], "```csharp\n", "```");
        Assert.Equal(block.TrimEnd(), indented.TrimEnd());
    }

    /// <summary>The repository root, found upwards from the test binaries (source paths are mapped in CI builds).</summary>
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Libraries.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Libraries.sln not found above the test binaries.");
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
