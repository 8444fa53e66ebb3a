using System.Text;
using System.Text.Json;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Auth.Tests.Tokens;

public sealed class ApiTokenServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TestClock clock = new(Start);
    private readonly InMemoryApiTokenStore store = new();
    private readonly ApiTokenService service;

    public ApiTokenServiceTests() => service = new ApiTokenService(store, new ApiTokenOptions(), clock);

    private ValueTask<CreatedApiToken> CreateForAsync(params string[] projects) =>
        service.CreateAsync(ApiTokenSpec.ForProjects("alice", "ci", projects, Start.AddDays(30)));

    [Fact]
    public async Task Valid_project_token_authenticates_its_owner()
    {
        var created = await CreateForAsync("Sample_Project");
        Assert.StartsWith("pypi-", created.Token, StringComparison.Ordinal);
        var result = await service.VerifyAsync(created.Token, TokenRequest.ForProject("sample-project"));
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("alice", result.UserId);
        Assert.Equal(created.Record.Id, result.TokenId);
    }

    [Fact]
    public async Task Project_names_compare_after_pep503_normalization()
    {
        var created = await CreateForAsync("zope.interface");
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("Zope_Interface"))).IsValid);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("zope--interface"))).IsValid);
    }

    [Fact]
    public async Task Attack_token_for_project_A_is_refused_on_project_B()
    {
        var created = await CreateForAsync("project-a");
        var result = await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-b"));
        Assert.False(result.IsValid);
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, result.Failure);
        Assert.Contains("project-b", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.UserId);
    }

    [Fact]
    public async Task Project_token_is_refused_outside_a_project()
    {
        var created = await CreateForAsync("project-a");
        var result = await service.VerifyAsync(created.Token, TokenRequest.None);
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, result.Failure);
    }

    [Fact]
    public async Task Attack_expired_token_is_refused()
    {
        var created = await CreateForAsync("project-a");
        clock.Advance(TimeSpan.FromDays(30));
        var result = await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, result.Failure);
        Assert.Equal("token is expired", result.Reason);
    }

    [Fact]
    public async Task Token_is_refused_before_its_not_before_time()
    {
        var created = await service.CreateAsync(ApiTokenSpec.ForProjects("alice", "later", ["p"], Start.AddDays(2), Start.AddDays(1)));
        Assert.False((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
    }

    [Fact]
    public async Task Attack_revoked_token_is_refused()
    {
        var created = await CreateForAsync("project-a");
        Assert.True(await service.RevokeAsync(created.Record.Id));
        var result = await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.UnknownToken, result.Failure);
        Assert.False(await service.RevokeAsync(created.Record.Id));
    }

    [Fact]
    public async Task Repeated_verification_still_checks_signature_caveats_and_revocation()
    {
        var created = await CreateForAsync("project-a");
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).IsValid);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).IsValid);
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-b"))).Failure);
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        var tampered = new Macaroon(m.Location, m.IdentifierBytes, [.. m.CaveatArray.Take(1)], m.SignatureBytes);
        Assert.Equal(ApiTokenFailure.InvalidSignature, (await service.VerifyAsync("pypi-" + tampered.Serialize(), TokenRequest.ForProject("project-b"))).Failure);
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).Failure);
        await service.RevokeAsync(created.Record.Id);
        Assert.Equal(ApiTokenFailure.UnknownToken, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).Failure);
    }

    [Fact]
    public async Task Records_with_wrong_minted_caveats_fall_back_to_the_full_chain()
    {
        var created = await CreateForAsync("project-a");
        var wrong = new ApiTokenRecord(created.Record.Id, created.Record.RootKey) { UserId = "alice", Caveats = ["[1,[\"project-b\"]]"] };
        var other = new InMemoryApiTokenStore();
        await other.AddAsync(wrong);
        var service2 = new ApiTokenService(other, new ApiTokenOptions(), clock);
        Assert.True((await service2.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).IsValid);
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        var forged = new Macaroon(m.Location, m.IdentifierBytes, [Caveat.FirstParty("[1,[\"project-b\"]]")], m.SignatureBytes);
        Assert.Equal(ApiTokenFailure.InvalidSignature, (await service2.VerifyAsync("pypi-" + forged.Serialize(), TokenRequest.ForProject("project-b"))).Failure);
    }

    [Fact]
    public async Task Full_chain_and_minted_chain_agree()
    {
        var created = await CreateForAsync("project-a");
        var attenuated = service.Attenuate(created.Token, [new ProjectNamesCaveat(["project-a"])]);
        var full = new ApiTokenService(store, new ApiTokenOptions(), clock) { ReuseMintedChain = false };
        foreach (var token in new[] { created.Token, attenuated })
        {
            Assert.True((await service.VerifyAsync(token, TokenRequest.ForProject("project-a"))).IsValid);
            Assert.True((await full.VerifyAsync(token, TokenRequest.ForProject("project-a"))).IsValid);
        }
    }

    [Fact]
    public async Task Attack_removed_caveat_breaks_the_signature()
    {
        var created = await CreateForAsync("project-a");
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        // Drop the project caveat, keep the signature: an attacker widening a token.
        var stripped = new Macaroon(m.Location, m.IdentifierBytes, [.. m.CaveatArray.Where(c => !c.IdentifierText()!.StartsWith("[1,", StringComparison.Ordinal))], m.SignatureBytes);
        var result = await service.VerifyAsync("pypi-" + stripped.Serialize(), TokenRequest.ForProject("project-b"));
        Assert.Equal(ApiTokenFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Attack_reordered_caveats_break_the_signature()
    {
        var created = await CreateForAsync("project-a");
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        var reordered = new Macaroon(m.Location, m.IdentifierBytes, [.. m.CaveatArray.Reverse()], m.SignatureBytes);
        var result = await service.VerifyAsync("pypi-" + reordered.Serialize(), TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Attack_altered_caveat_breaks_the_signature()
    {
        var created = await CreateForAsync("project-a");
        var m = Macaroon.Parse(created.Token["pypi-".Length..]);
        var caveats = m.CaveatArray.Select(c => c.IdentifierText()!.StartsWith("[1,", StringComparison.Ordinal) ? Caveat.FirstParty("[1,[\"project-b\"]]") : c).ToArray();
        var altered = new Macaroon(m.Location, m.IdentifierBytes, caveats, m.SignatureBytes);
        var result = await service.VerifyAsync("pypi-" + altered.Serialize(), TokenRequest.ForProject("project-b"));
        Assert.Equal(ApiTokenFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Attack_token_minted_with_another_key_is_refused()
    {
        var created = await CreateForAsync("project-a");
        var forged = Macaroon.Create(new byte[32], created.Record.Id, "localhost").AddFirstPartyCaveat("[3,\"alice\"]");
        var result = await service.VerifyAsync("pypi-" + forged.Serialize(), TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task Holder_attenuation_narrows_the_token()
    {
        var created = await CreateForAsync("project-a", "project-b");
        var narrowed = service.Attenuate(created.Token, [new ProjectNamesCaveat(["project-a"]), new ExpiryCaveat(Start.AddHours(1), Start)]);
        Assert.True((await service.VerifyAsync(narrowed, TokenRequest.ForProject("project-a"))).IsValid);
        Assert.False((await service.VerifyAsync(narrowed, TokenRequest.ForProject("project-b"))).IsValid);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-b"))).IsValid);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("token is expired", (await service.VerifyAsync(narrowed, TokenRequest.ForProject("project-a"))).Reason);
    }

    [Fact]
    public async Task Attenuation_to_another_user_is_refused()
    {
        var created = await CreateForAsync("project-a");
        var narrowed = service.Attenuate(created.Token, [new UserCaveat("mallory")]);
        var result = await service.VerifyAsync(narrowed, TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, result.Failure);
    }

    [Theory]
    [InlineData("[99,\"x\"]")]
    [InlineData("{\"version\":1,\"permissions\":\"user\"}")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("[0,\"soon\",0]")]
    [InlineData("[0,1,2,3]")]
    [InlineData("[1,[1,2]]")]
    [InlineData("[1,\"project-a\"]")]
    [InlineData("[3,\"\"]")]
    [InlineData("[\"1\",[\"project-a\"]]")]
    [InlineData("[1,[\"project-a\"]] trailing")]
    [InlineData("[1,[\"project-a\"]")]
    [InlineData("[0,1e400,0]")]
    public async Task Unknown_or_malformed_caveats_fail_closed(string predicate)
    {
        var created = await CreateForAsync("project-a");
        var m = Macaroon.Parse(created.Token["pypi-".Length..]).AddFirstPartyCaveat(predicate);
        var result = await service.VerifyAsync("pypi-" + m.Serialize(), TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.InvalidCaveat, result.Failure);
    }

    [Fact]
    public async Task Third_party_caveats_fail_closed()
    {
        var created = await CreateForAsync("project-a");
        var m = Macaroon.Parse(created.Token["pypi-".Length..]).AddThirdPartyCaveat(new byte[32], "cid"u8, "https://auth.example");
        var result = await service.VerifyAsync("pypi-" + m.Serialize(), TokenRequest.ForProject("project-a"));
        Assert.Equal(ApiTokenFailure.InvalidCaveat, result.Failure);
    }

    [Fact]
    public async Task Stored_caveats_apply_at_verification()
    {
        var created = await service.CreateAsync(new ApiTokenSpec
        {
            UserId = "alice",
            Description = "server-limited",
            StoredCaveats = [new ProjectNamesCaveat(["project-a"])],
        });
        Assert.DoesNotContain("project-a", Encoding.UTF8.GetString(Macaroon.Parse(created.Token["pypi-".Length..]).SerializeToBytes(MacaroonFormat.V2)), StringComparison.Ordinal);
        Assert.True((await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"))).IsValid);
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-b"))).Failure);
    }

    [Fact]
    public async Task Registry_defined_caveat_types_are_checked()
    {
        var options = new ApiTokenOptions();
        options.CaveatTypes.Add(new PermissionCaveat.Type());
        var custom = new ApiTokenService(store, options, clock);
        var created = await custom.CreateAsync(new ApiTokenSpec { UserId = "alice", Caveats = [new PermissionCaveat("upload")] });
        Assert.True((await custom.VerifyAsync(created.Token, new TokenRequest { Permission = "upload" })).IsValid);
        Assert.Equal(ApiTokenFailure.CaveatNotSatisfied, (await custom.VerifyAsync(created.Token, new TokenRequest { Permission = "delete" })).Failure);

        // A service that does not know the kind fails closed.
        Assert.Equal(ApiTokenFailure.InvalidCaveat, (await service.VerifyAsync(created.Token, new TokenRequest { Permission = "upload" })).Failure);
    }

    [Fact]
    public async Task Last_use_is_recorded()
    {
        var created = await CreateForAsync("project-a");
        Assert.Null((await store.FindAsync(created.Record.Id))!.LastUsedAt);
        clock.Advance(TimeSpan.FromMinutes(5));
        await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-a"));
        Assert.Equal(clock.Now, (await store.FindAsync(created.Record.Id))!.LastUsedAt);
        clock.Advance(TimeSpan.FromMinutes(5));
        await service.VerifyAsync(created.Token, TokenRequest.ForProject("project-b"));
        Assert.Equal(clock.Now - TimeSpan.FromMinutes(5), (await store.FindAsync(created.Record.Id))!.LastUsedAt);
    }

    [Fact]
    public async Task Lists_tokens_of_an_owner_without_exposing_keys_in_text()
    {
        var a = await CreateForAsync("project-a");
        await service.CreateAsync(ApiTokenSpec.ForProjects("bob", "other", ["x"], null));
        var list = await service.ListAsync("alice");
        var only = Assert.Single(list);
        Assert.Equal(a.Record.Id, only.Id);
        Assert.Contains(only.Caveats, c => c.StartsWith("[1,", StringComparison.Ordinal));
        Assert.DoesNotContain(Convert.ToBase64String(only.RootKey), only.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(a.Token, a.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pypi-")]
    [InlineData("ghp_abcdef")]
    [InlineData("pypi-{\"v\":2}")]
    [InlineData("pypi-!!!!")]
    [InlineData("pypi-AgEJbG9jYWxob3N0AgA")]
    public async Task Malformed_tokens_are_refused(string? token)
    {
        var result = await service.VerifyAsync(token, TokenRequest.ForProject("p"));
        Assert.Equal(ApiTokenFailure.Malformed, result.Failure);
    }

    [Fact]
    public async Task Oversized_token_is_refused_without_parsing()
    {
        var result = await service.VerifyAsync("pypi-" + new string('A', 100_000), TokenRequest.ForProject("p"));
        Assert.Equal(ApiTokenFailure.Malformed, result.Failure);
    }

    [Fact]
    public async Task Prefix_is_configurable()
    {
        var custom = new ApiTokenService(store, new ApiTokenOptions { Prefix = "bonded-" }, clock);
        var created = await custom.CreateAsync(ApiTokenSpec.ForProjects("alice", "x", ["p"], null));
        Assert.StartsWith("bonded-", created.Token, StringComparison.Ordinal);
        Assert.True((await custom.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).IsValid);
        Assert.Equal(ApiTokenFailure.Malformed, (await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"))).Failure);
    }

    [Fact]
    public void Invalid_options_are_all_reported()
    {
        var options = new ApiTokenOptions { Prefix = "", RootKeyBytes = 4, MaxCaveats = 0 };
        var problems = options.Validate();
        Assert.Equal(3, problems.Count);
        Assert.Throws<ArgumentException>(() => new ApiTokenService(store, options, clock));
    }

    [Fact]
    public async Task Trusted_publisher_token_is_valid_for_its_publisher_on_a_project()
    {
        var created = await service.CreateAsync(new ApiTokenSpec { PublisherId = "gh:octo/repo:release.yml", Caveats = [new ProjectNamesCaveat(["p"])] });
        var result = await service.VerifyAsync(created.Token, TokenRequest.ForProject("p"));
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("gh:octo/repo:release.yml", result.PublisherId);
        Assert.Null(result.UserId);
    }

    /// <summary>A registry-defined caveat: [100, permission].</summary>
    private sealed class PermissionCaveat(string permission) : TokenCaveat
    {
        public override int Tag => 100;

        public override CaveatResult Verify(CaveatContext context) =>
            string.Equals(context.Request.Permission, permission, StringComparison.Ordinal) ? CaveatResult.Satisfied : CaveatResult.Failed("permission not granted");

        protected override void WriteFields(Utf8JsonWriter writer) => writer.WriteStringValue(permission);

        public sealed class Type : CaveatType
        {
            public override int Tag => 100;

            public override string Name => "permission";

            public override TokenCaveat? Read(ref Utf8JsonReader reader) => ReadString(ref reader) is { } p ? new PermissionCaveat(p) : null;
        }
    }
}
