using System.Buffers.Text;
using System.Text.Json.Nodes;
using Bonded.Auth.Policy;
using Bonded.Auth.WebAuthn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.WebAuthn;

/// <summary>Corrupted browser responses (flipped, truncated or extended binary fields) must fail as results, never as exceptions.</summary>
public sealed class WebAuthnHostileInputTests
{
    private const string Origin = "https://index.example.org";

    private static WebAuthnService CreateService(InMemoryWebAuthnCredentialStore store)
    {
        var options = new WebAuthnOptions { RelyingPartyId = "index.example.org" };
        options.Origins.Add(Origin);
        return new WebAuthnService(Options.Create(options), store, new InMemoryWebAuthnChallengeStore(), new InMemoryAuditSink(), new FakeTimeProvider());
    }

    private static string Corrupt(string json, string field, int position, byte value, int mode)
    {
        var node = JsonNode.Parse(json)!;
        var bytes = Base64Url.DecodeFromChars((string)node["response"]![field]!);
        var index = (int)(unchecked((uint)position) % (uint)Math.Max(1, bytes.Length));
        bytes = (mode % 3) switch
        {
            0 when bytes.Length > 0 => [.. bytes[..index], (byte)(bytes[index] ^ (value | 1)), .. bytes[(index + 1)..]],
            1 => bytes[..index],
            _ => [.. bytes, value, value],
        };
        node["response"]![field] = Base64Url.EncodeToString(bytes);
        return node.ToJsonString();
    }

    private static Arbitrary<(string Field, int Position, byte Value, int Mode)> Corruptions(Gen<string> fields) =>
        (from field in fields
         from position in ArbMap.Default.GeneratorFor<int>()
         from value in ArbMap.Default.GeneratorFor<byte>()
         from mode in Gen.Choose(0, 2)
         select (field, position, value, mode)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Corrupted_registrations_fail_cleanly() => Prop.ForAll(
        Corruptions(Gen.Elements("attestationObject", "clientDataJSON")),
        c =>
        {
            var service = CreateService(new InMemoryWebAuthnCredentialStore());
            using var authenticator = new SoftwareAuthenticator(Origin);
            var ceremony = service.BeginRegistrationAsync("alice", "alice", "Alice").AsTask().GetAwaiter().GetResult();
            var response = Corrupt(authenticator.Create(ceremony.OptionsJson), c.Field, c.Position, c.Value, c.Mode);
            var result = service.CompleteRegistrationAsync(ceremony.Id, "alice", response, "key").AsTask().GetAwaiter().GetResult();

            // A flip inside the COSE key's coordinates or the AAGUID may still register (attestation "none" signs nothing);
            // what matters is that nothing throws.
            return result.Succeeded || result.Failure != WebAuthnFailure.None;
        });

    [Property(MaxTest = 60)]
    public Property Corrupted_assertions_fail_cleanly() => Prop.ForAll(
        Corruptions(Gen.Elements("authenticatorData", "clientDataJSON", "signature", "userHandle")),
        c =>
        {
            var store = new InMemoryWebAuthnCredentialStore();
            var service = CreateService(store);
            using var authenticator = new SoftwareAuthenticator(Origin);
            var registration = service.BeginRegistrationAsync("alice", "alice", "Alice").AsTask().GetAwaiter().GetResult();
            var registered = service.CompleteRegistrationAsync(registration.Id, "alice", authenticator.Create(registration.OptionsJson), "key").AsTask().GetAwaiter().GetResult();
            var ceremony = service.BeginAssertionAsync(null).AsTask().GetAwaiter().GetResult();
            var response = Corrupt(authenticator.Get(ceremony.OptionsJson), c.Field, c.Position, c.Value, c.Mode);
            var result = service.CompleteAssertionAsync(ceremony.Id, response).AsTask().GetAwaiter().GetResult();

            // Every corruption of signed data, signature (its DER framing too: Fido2 alone would accept a changed tag or
            // bytes after the sequence) or user handle must be refused.
            return registered.Succeeded && !result.Succeeded;
        });
}
