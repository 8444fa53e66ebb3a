using System.Text.Json.Nodes;
using Bonded.Auth.Policy;
using Bonded.Auth.WebAuthn;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bonded.Auth.Tests.WebAuthn;

public sealed class WebAuthnServiceTests : IDisposable
{
    private const string Origin = "https://index.example.org";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAuditSink audit = new();
    private readonly InMemoryWebAuthnCredentialStore store = new();
    private readonly WebAuthnService service;
    private readonly SoftwareAuthenticator authenticator = new(Origin);

    public WebAuthnServiceTests()
    {
        var options = new WebAuthnOptions { RelyingPartyId = "index.example.org", RelyingPartyName = "Example Index" };
        options.Origins.Add(Origin);
        service = new WebAuthnService(Options.Create(options), store, new InMemoryWebAuthnChallengeStore(), audit, clock);
    }

    public void Dispose() => authenticator.Dispose();

    private async Task<WebAuthnCredential> RegisterAsync(string userId = "alice", SoftwareAuthenticator? with = null)
    {
        var ceremony = await service.BeginRegistrationAsync(userId, userId, userId.ToUpperInvariant());
        var result = await service.CompleteRegistrationAsync(ceremony.Id, userId, (with ?? authenticator).Create(ceremony.OptionsJson), "key");
        Assert.True(result.Succeeded, result.ToString());
        return result.Credential!;
    }

    private async Task<WebAuthnResult> AssertAsync(string? userId, SoftwareAuthenticator with, string? rpId = null)
    {
        var ceremony = await service.BeginAssertionAsync(userId);
        return await service.CompleteAssertionAsync(ceremony.Id, with.Get(ceremony.OptionsJson, rpId));
    }

    [Fact]
    public async Task Registers_and_signs_in_with_a_software_authenticator()
    {
        var credential = await RegisterAsync();
        Assert.Equal(authenticator.CredentialId, credential.Id);
        Assert.Equal(["usb"], credential.Transports);

        var result = await AssertAsync("alice", authenticator);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("alice", result.Credential!.UserId);
        Assert.Equal(1u, result.Credential.SignCount);
        Assert.Equal(clock.GetUtcNow(), result.Credential.LastUsedAt);
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.WebAuthnRegistered);
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.WebAuthnAsserted);
    }

    [Fact]
    public async Task Registration_options_carry_the_relying_party_and_exclude_existing_credentials()
    {
        await RegisterAsync();
        var ceremony = await service.BeginRegistrationAsync("alice", "alice", "Alice");
        var options = JsonNode.Parse(ceremony.OptionsJson)!;
        Assert.Equal("index.example.org", (string)options["rp"]!["id"]!);
        Assert.Equal("none", (string)options["attestation"]!);
        Assert.Single(options["excludeCredentials"]!.AsArray());
        Assert.Equal(-7, (int)options["pubKeyCredParams"]![0]!["alg"]!);
    }

    [Fact]
    public async Task An_assertion_for_another_origin_is_refused()
    {
        await RegisterAsync();
        authenticator.Origin = "https://index.example.org.evil.test";
        var result = await AssertAsync("alice", authenticator);
        Assert.Equal(WebAuthnFailure.WrongOrigin, result.Failure);
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.WebAuthnRejected);
    }

    [Fact]
    public async Task An_assertion_for_another_relying_party_is_refused()
    {
        await RegisterAsync();
        var result = await AssertAsync("alice", authenticator, rpId: "evil.test");
        Assert.Equal(WebAuthnFailure.WrongOrigin, result.Failure);
    }

    [Fact]
    public async Task A_registration_from_another_origin_is_refused()
    {
        authenticator.Origin = "https://evil.test";
        var ceremony = await service.BeginRegistrationAsync("alice", "alice", "Alice");
        var result = await service.CompleteRegistrationAsync(ceremony.Id, "alice", authenticator.Create(ceremony.OptionsJson), "key");
        Assert.Equal(WebAuthnFailure.WrongOrigin, result.Failure);
        Assert.Empty(await service.ListCredentialsAsync("alice"));
    }

    [Fact]
    public async Task A_cloned_authenticator_is_detected_when_its_counter_goes_backwards()
    {
        await RegisterAsync();
        using var clone = authenticator.Clone();
        Assert.True((await AssertAsync("alice", authenticator)).Succeeded);
        Assert.True((await AssertAsync("alice", authenticator)).Succeeded);

        // The clone still counts from where it was copied: 1, which is behind the stored 2.
        var result = await AssertAsync("alice", clone);
        Assert.Equal(WebAuthnFailure.CloneSuspected, result.Failure);
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.WebAuthnCloneSuspected && e.Subject == "alice");
        Assert.Equal(2u, (await service.ListCredentialsAsync("alice"))[0].SignCount);
    }

    [Fact]
    public async Task A_counter_that_does_not_move_is_refused_once_it_was_non_zero()
    {
        await RegisterAsync();
        Assert.True((await AssertAsync("alice", authenticator)).Succeeded);
        authenticator.IncrementsCounter = false;
        Assert.Equal(WebAuthnFailure.CloneSuspected, (await AssertAsync("alice", authenticator)).Failure);
    }

    [Fact]
    public async Task Authenticators_without_a_counter_keep_working()
    {
        authenticator.IncrementsCounter = false;
        await RegisterAsync();
        Assert.True((await AssertAsync("alice", authenticator)).Succeeded);
        Assert.True((await AssertAsync("alice", authenticator)).Succeeded);
    }

    [Fact]
    public async Task A_ceremony_cannot_be_answered_twice()
    {
        await RegisterAsync();
        var ceremony = await service.BeginAssertionAsync("alice");
        var response = authenticator.Get(ceremony.OptionsJson);
        Assert.True((await service.CompleteAssertionAsync(ceremony.Id, response)).Succeeded);
        Assert.Equal(WebAuthnFailure.UnknownCeremony, (await service.CompleteAssertionAsync(ceremony.Id, response)).Failure);
    }

    [Fact]
    public async Task An_expired_ceremony_is_refused()
    {
        await RegisterAsync();
        var ceremony = await service.BeginAssertionAsync("alice");
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(WebAuthnFailure.UnknownCeremony, (await service.CompleteAssertionAsync(ceremony.Id, authenticator.Get(ceremony.OptionsJson))).Failure);
    }

    [Fact]
    public async Task A_signature_with_a_changed_der_tag_or_trailing_bytes_is_refused()
    {
        await RegisterAsync();
        foreach (var change in new Func<byte[], byte[]>[] { s => [(byte)(s[0] ^ 0x81), .. s[1..]], s => [.. s, 0, 0] })
        {
            var ceremony = await service.BeginAssertionAsync("alice");
            var response = JsonNode.Parse(authenticator.Get(ceremony.OptionsJson))!;
            var signature = System.Buffers.Text.Base64Url.DecodeFromChars((string)response["response"]!["signature"]!);
            response["response"]!["signature"] = System.Buffers.Text.Base64Url.EncodeToString(change(signature));
            Assert.Equal(WebAuthnFailure.InvalidSignature, (await service.CompleteAssertionAsync(ceremony.Id, response.ToJsonString())).Failure);
        }

        // The untouched answer to a fresh ceremony still signs in.
        var fresh = await service.BeginAssertionAsync("alice");
        Assert.True((await service.CompleteAssertionAsync(fresh.Id, authenticator.Get(fresh.OptionsJson))).Succeeded);
    }

    [Theory]
    [InlineData(2, "3006020101020102", true)]
    [InlineData(2, "3106020101020102", false)]
    [InlineData(2, "30060201010201020000", false)]
    [InlineData(2, "3007020101020102", false)]
    [InlineData(2, "300702020001020102", false)]
    [InlineData(1, "3106020101020102", true)]
    public void Only_ecdsa_signatures_in_canonical_der_pass_the_encoding_check(int keyType, string signatureHex, bool expected)
    {
        var writer = new System.Formats.Cbor.CborWriter();
        writer.WriteStartMap(2);
        writer.WriteInt32(1);
        writer.WriteInt32(keyType);
        writer.WriteInt32(3);
        writer.WriteInt32(keyType == 2 ? -7 : -8);
        writer.WriteEndMap();
        Assert.Equal(expected, WebAuthnService.IsCanonicalSignature(writer.Encode(), Convert.FromHexString(signatureHex)));
    }

    [Fact]
    public void A_key_that_is_not_cbor_is_left_to_fido2() =>
        Assert.True(WebAuthnService.IsCanonicalSignature([0xFF, 0x00], [0x31, 0x00]));

    [Fact]
    public async Task A_tampered_signature_is_refused()
    {
        await RegisterAsync();
        var ceremony = await service.BeginAssertionAsync("alice");
        var response = JsonNode.Parse(authenticator.Get(ceremony.OptionsJson))!;
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars((string)response["response"]!["signature"]!);
        signature[^1] ^= 1;
        response["response"]!["signature"] = System.Buffers.Text.Base64Url.EncodeToString(signature);
        Assert.Equal(WebAuthnFailure.InvalidSignature, (await service.CompleteAssertionAsync(ceremony.Id, response.ToJsonString())).Failure);
    }

    [Fact]
    public async Task Signs_in_with_a_passkey_without_knowing_the_user()
    {
        await RegisterAsync("bob");
        var ceremony = await service.BeginAssertionAsync(null);
        Assert.Empty(JsonNode.Parse(ceremony.OptionsJson)!["allowCredentials"]?.AsArray() ?? []);
        Assert.Equal("required", (string)JsonNode.Parse(ceremony.OptionsJson)!["userVerification"]!);
        var result = await service.CompleteAssertionAsync(ceremony.Id, authenticator.Get(ceremony.OptionsJson));
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("bob", result.Credential!.UserId);
    }

    [Fact]
    public async Task Another_users_credential_cannot_satisfy_a_users_second_factor()
    {
        await RegisterAsync("alice");
        using var mallory = new SoftwareAuthenticator(Origin);
        await RegisterAsync("mallory", mallory);
        Assert.Equal(WebAuthnFailure.UnknownCredential, (await AssertAsync("alice", mallory)).Failure);
    }

    [Fact]
    public async Task A_registration_ceremony_belongs_to_its_user()
    {
        var ceremony = await service.BeginRegistrationAsync("alice", "alice", "Alice");
        var result = await service.CompleteRegistrationAsync(ceremony.Id, "mallory", authenticator.Create(ceremony.OptionsJson), "key");
        Assert.Equal(WebAuthnFailure.UnknownCeremony, result.Failure);
    }

    [Fact]
    public async Task The_same_credential_cannot_be_registered_twice()
    {
        await RegisterAsync("alice");
        var ceremony = await service.BeginRegistrationAsync("bob", "bob", "Bob");
        var result = await service.CompleteRegistrationAsync(ceremony.Id, "bob", authenticator.Create(ceremony.OptionsJson), "key");
        Assert.Equal(WebAuthnFailure.DuplicateCredential, result.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"!!!\",\"type\":\"public-key\"}")]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{}}")]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"attestationObject\":\"oA\",\"clientDataJSON\":\"e30\"}}")]
    public async Task Hostile_registration_responses_fail_cleanly(string json)
    {
        var ceremony = await service.BeginRegistrationAsync("alice", "alice", "Alice");
        var result = await service.CompleteRegistrationAsync(ceremony.Id, "alice", json, "key");
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"authenticatorData\":\"AA\",\"signature\":\"AA\",\"clientDataJSON\":\"e30\"}}")]
    public async Task Hostile_assertion_responses_fail_cleanly(string json)
    {
        await RegisterAsync();
        var ceremony = await service.BeginAssertionAsync("alice");
        Assert.False((await service.CompleteAssertionAsync(ceremony.Id, json)).Succeeded);
    }

    [Fact]
    public async Task An_oversized_response_is_refused_unread()
    {
        var ceremony = await service.BeginRegistrationAsync("alice", "alice", "Alice");
        var result = await service.CompleteRegistrationAsync(ceremony.Id, "alice", "{\"id\":\"" + new string('A', 1_000_000) + "\"}", "key");
        Assert.Equal(WebAuthnFailure.Malformed, result.Failure);
    }

    [Fact]
    public async Task Removing_a_credential_is_audited_and_limited_to_its_owner()
    {
        var credential = await RegisterAsync();
        Assert.False(await service.RemoveCredentialAsync("mallory", credential.Id));
        Assert.True(await service.RemoveCredentialAsync("alice", credential.Id));
        Assert.Contains(audit.Events, e => e.Kind == AuditEventKind.WebAuthnRemoved);
        Assert.Equal(WebAuthnFailure.UnknownCredential, (await AssertAsync("alice", authenticator)).Failure);
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var options = new WebAuthnOptions { RelyingPartyId = "https://x.org", Timeout = TimeSpan.Zero };
        options.Origins.Add("http://other.org");
        var ex = Assert.Throws<ArgumentException>(() => new WebAuthnService(Options.Create(options), store, new InMemoryWebAuthnChallengeStore(), audit, clock));
        Assert.Contains("RelyingPartyId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Origins", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout", ex.Message, StringComparison.Ordinal);
    }
}
