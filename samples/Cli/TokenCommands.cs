using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bonded.Auth.Macaroons;
using Bonded.Auth.Tokens;

namespace Bonded.Cli;

/// <summary>bonded token inspect/attenuate/verify (issue 7).</summary>
internal static class TokenCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Command> Create()
    {
        var token = new Command("token", "Inspect, attenuate and verify macaroon API tokens (pypi- tokens or raw macaroons in any libmacaroons format).");
        token.Subcommands.Add(Inspect());
        token.Subcommands.Add(Attenuate());
        token.Subcommands.Add(Verify());
        return [token];
    }

    private static Option<string> PrefixOption() => new("--prefix")
    {
        Description = "The registry's token prefix, stripped before parsing.",
        DefaultValueFactory = _ => "pypi-",
    };

    private static Option<string> FormatOption() => new("--format")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => "text",
    };

    private static Command Inspect()
    {
        var tokenArgument = new Argument<string>("TOKEN") { Description = "The token or serialized macaroon." };
        var format = FormatOption();
        format.AcceptOnlyFromAmong("text", "json");
        var prefix = PrefixOption();
        var command = new Command("inspect", "Print a token's location, identifier, caveats and signature (it is not verified).") { tokenArgument, format, prefix };
        command.SetAction(result =>
        {
            if (!TryRead(result.GetValue(tokenArgument)!, result.GetValue(prefix)!, out var macaroon, out _))
            {
                return 2;
            }

            var registry = new CaveatTypeRegistry();
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(Describe(macaroon, registry), Json));
                return 0;
            }

            Console.Out.WriteLine("location " + macaroon.Location);
            Console.Out.WriteLine("identifier " + Text(macaroon.Identifier.Span));
            foreach (var caveat in macaroon.Caveats)
            {
                Console.Out.WriteLine("cid " + Text(caveat.Identifier.Span) + Meaning(caveat, registry));
                if (!caveat.IsFirstParty)
                {
                    Console.Out.WriteLine("vid " + Convert.ToBase64String(caveat.VerificationId.Span));
                    Console.Out.WriteLine("cl " + caveat.Location);
                }
            }

            Console.Out.WriteLine("signature " + Convert.ToHexStringLower(macaroon.Signature.Span));
            return 0;
        });
        return command;
    }

    private static Command Attenuate()
    {
        var tokenArgument = new Argument<string>("TOKEN") { Description = "The token to narrow." };
        var caveats = new Option<string[]>("--caveat")
        {
            Description = "A caveat to add: a JSON predicate such as '[1,[\"name\"]]', or project:NAME[,NAME], project-id:ID[,ID], user:ID, publisher:ID, expires:WHEN (ISO 8601 or +DURATION like +1:00:00).",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var prefix = PrefixOption();
        var command = new Command("attenuate", "Add caveats to a token as its holder may (no key needed); prints the narrower token.") { tokenArgument, caveats, prefix };
        command.SetAction(result =>
        {
            var text = result.GetValue(tokenArgument)!;
            var tokenPrefix = result.GetValue(prefix)!;
            if (!TryRead(text, tokenPrefix, out var macaroon, out var hadPrefix))
            {
                return 2;
            }

            var registry = new CaveatTypeRegistry();
            foreach (var spec in result.GetValue(caveats) ?? [])
            {
                if (!TryCaveat(spec, out var predicate, out var error))
                {
                    Console.Error.WriteLine($"bonded: invalid --caveat '{spec}': {error}");
                    return 2;
                }

                if (!registry.TryRead(predicate, out _, out var unknown))
                {
                    Console.Error.WriteLine($"bonded: warning: registries built on Bonded refuse this caveat ({unknown}); the token will fail closed there.");
                }

                macaroon = macaroon.AddFirstPartyCaveat(predicate);
            }

            Console.Out.WriteLine((hadPrefix ? tokenPrefix : string.Empty) + macaroon.Serialize(MacaroonFormat.V2));
            return 0;
        });
        return command;
    }

    private static Command Verify()
    {
        var tokenArgument = new Argument<string>("TOKEN") { Description = "The token to verify." };
        var key = new Option<string>("--key") { Description = "The token's root key, hex.", Required = true };
        var project = new Option<string?>("--project") { Description = "The project the token is used on." };
        var projectId = new Option<string?>("--project-id") { Description = "The id of that project." };
        var user = new Option<string?>("--user") { Description = "The user the token belongs to." };
        var publisher = new Option<string?>("--publisher") { Description = "The trusted publisher the token belongs to." };
        var at = new Option<string?>("--at") { Description = "Verify as of this time (ISO 8601) instead of now." };
        var format = FormatOption();
        format.AcceptOnlyFromAmong("text", "json");
        var prefix = PrefixOption();
        var command = new Command("verify", "Verify a token's signature with its root key and check its caveats; exit 0 valid, 1 invalid, 2 usage error.")
        {
            tokenArgument, key, project, projectId, user, publisher, at, format, prefix,
        };
        command.SetAction(result =>
        {
            byte[] rootKey;
            try
            {
                rootKey = Convert.FromHexString(result.GetValue(key)!);
            }
            catch (FormatException)
            {
                Console.Error.WriteLine("bonded: --key must be hex.");
                return 2;
            }

            if (rootKey.Length < 16)
            {
                Console.Error.WriteLine("bonded: --key must hold at least 16 bytes.");
                return 2;
            }

            var now = TimeProvider.System.GetUtcNow();
            if (result.GetValue(at) is { } when && !DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now))
            {
                Console.Error.WriteLine("bonded: --at must be an ISO 8601 time.");
                return 2;
            }

            var tokenPrefix = result.GetValue(prefix)!;
            var text = result.GetValue(tokenArgument)!;
            if (!TryRead(text, tokenPrefix, out var macaroon, out var hadPrefix))
            {
                return 1;
            }

            var id = Text(macaroon.Identifier.Span);
            var (userId, publisherId) = (result.GetValue(user), result.GetValue(publisher));
            var options = new ApiTokenOptions { Prefix = string.IsNullOrEmpty(tokenPrefix) ? "pypi-" : tokenPrefix };
            var store = new InMemoryApiTokenStore();
            store.AddAsync(new ApiTokenRecord(id, rootKey) { UserId = userId, PublisherId = publisherId }).AsTask().GetAwaiter().GetResult();
            var service = new ApiTokenService(store, options, new FixedTime(now));
            var request = new TokenRequest { ProjectName = result.GetValue(project), ProjectId = result.GetValue(projectId) };
            var normalized = hadPrefix ? text : options.Prefix + macaroon.Serialize(MacaroonFormat.V2);
            var verification = service.VerifyAsync(normalized, request).AsTask().GetAwaiter().GetResult();
            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(
                    new Dictionary<string, object?> { ["valid"] = verification.IsValid, ["failure"] = verification.Failure.ToString(), ["reason"] = verification.Reason, ["identifier"] = id },
                    Json));
            }
            else
            {
                Console.Out.WriteLine(verification.IsValid ? "valid" : $"invalid: {verification.Reason}");
            }

            return verification.IsValid ? 0 : 1;
        });
        return command;
    }

    private static bool TryRead(string text, string prefix, out Macaroon macaroon, out bool hadPrefix)
    {
        hadPrefix = prefix.Length > 0 && text.StartsWith(prefix, StringComparison.Ordinal);
        var body = hadPrefix ? text[prefix.Length..] : text;
        try
        {
            macaroon = Macaroon.Parse(body);
            return true;
        }
        catch (MacaroonFormatException e)
        {
            Console.Error.WriteLine("bonded: not a token: " + e.Message);
            macaroon = null!;
            return false;
        }
    }

    private static bool TryCaveat(string spec, out byte[] predicate, out string error)
    {
        predicate = [];
        error = string.Empty;
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? (string.Empty, spec) : (spec[..colon], spec[(colon + 1)..]);
        try
        {
            TokenCaveat? caveat = kind switch
            {
                "project" => new ProjectNamesCaveat(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                "project-id" => new ProjectIdsCaveat(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                "user" => new UserCaveat(value),
                "publisher" => new TrustedPublisherCaveat(value),
                "expires" => Expiry(value),
                _ => null,
            };
            if (caveat is not null)
            {
                predicate = caveat.ToPredicate();
                return true;
            }
        }
        catch (ArgumentException e)
        {
            error = e.Message;
            return false;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(spec);
            predicate = System.Text.Encoding.UTF8.GetBytes(spec);
            return true;
        }
        catch (JsonException)
        {
            error = "neither a known shorthand (project:, project-id:, user:, publisher:, expires:) nor a JSON predicate";
            return false;
        }
    }

    private static ExpiryCaveat Expiry(string value)
    {
        var now = TimeProvider.System.GetUtcNow();
        var expires = value.StartsWith('+')
            ? now + TimeSpan.Parse(value[1..], CultureInfo.InvariantCulture)
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new ExpiryCaveat(expires, now.AddMinutes(-5));
    }

    private static Dictionary<string, object?> Describe(Macaroon macaroon, CaveatTypeRegistry registry) => new()
    {
        ["location"] = macaroon.Location,
        ["identifier"] = Text(macaroon.Identifier.Span),
        ["caveats"] = macaroon.Caveats.Select(c => new Dictionary<string, object?>
        {
            ["identifier"] = Text(c.Identifier.Span),
            ["kind"] = c.IsFirstParty ? Kind(c, registry) : "third-party",
            ["location"] = c.Location,
            ["vid64"] = c.IsFirstParty ? null : Convert.ToBase64String(c.VerificationId.Span),
        }).ToList(),
        ["signature"] = Convert.ToHexStringLower(macaroon.Signature.Span),
    };

    private static string Kind(Caveat caveat, CaveatTypeRegistry registry) =>
        registry.TryRead(caveat.Identifier.Span, out var typed, out _)
            ? registry.Types.First(t => t.Tag == typed.Tag).Name
            : "unknown";

    private static string Meaning(Caveat caveat, CaveatTypeRegistry registry)
    {
        if (!caveat.IsFirstParty || !registry.TryRead(caveat.Identifier.Span, out var typed, out _))
        {
            return string.Empty;
        }

        return typed switch
        {
            ExpiryCaveat e => string.Create(CultureInfo.InvariantCulture, $"  # expiry: valid {e.NotBefore:u} to {e.ExpiresAt:u}"),
            ProjectNamesCaveat p => "  # projects: " + string.Join(", ", p.Names),
            ProjectIdsCaveat p => "  # project ids: " + string.Join(", ", p.ProjectIds),
            UserCaveat u => "  # user: " + u.UserId,
            TrustedPublisherCaveat t => "  # trusted publisher: " + t.PublisherId,
            _ => string.Empty,
        };
    }

    private static string Text(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return "base64:" + Convert.ToBase64String(bytes);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
