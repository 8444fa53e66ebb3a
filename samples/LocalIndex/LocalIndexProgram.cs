using System.Globalization;
using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using LocalIndex.Accounts;
using LocalIndex.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalIndex;

/// <summary>Entry point: <c>LocalIndex [serve] [--data DIR] [--urls URL]</c> and the admin commands.</summary>
public static class LocalIndexProgram
{
    /// <summary>The address the index listens on unless <c>--urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public const string Usage = """
        Usage:
          LocalIndex [serve] [--data DIR] [--urls URL]   run the index (default http://127.0.0.1:8080)
          LocalIndex user add --data DIR --username U --email E --password P [--totp-secret BASE32]
          LocalIndex token create --data DIR --username U [--project P]... [--expires DURATION]   (prints the token; DURATION like 30d, 12h, 90m)
              without --project the token is valid for every project of the user, present and future: prefer --project
          LocalIndex moderator add --data DIR --username U
        """;

    /// <summary>Printed to standard error when a token is made without <c>--project</c> (standard output stays the token alone).</summary>
    public const string AllProjectsWarning = "LocalIndex: warning: this token is valid for every project of the user, including ones made later; "
        + "a leaked token can then change all of them. Prefer one token per project with --project P.";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--help" or "-h", ..])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        try
        {
            switch (command)
            {
                case "serve":
                    var app = LocalIndexHost.Build(rest);
                    await app.RunAsync().ConfigureAwait(false);
                    return 0;
                case "user" or "token" or "moderator" when rest.Length > 0:
                    return await AdminAsync(command + " " + rest[0], Options.Parse(rest[1..])).ConfigureAwait(false);
                case "help":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    return await FailAsync($"unknown command '{command}'.").ConfigureAwait(false);
            }
        }
        catch (ArgumentException e)
        {
            return await FailAsync(e.Message).ConfigureAwait(false);
        }
    }

    private static async Task<int> AdminAsync(string command, Options options)
    {
        // The same configuration sources as the server (appsettings.json beside the program, environment variables),
        // so that an admin command run without --data acts on the folder the server uses.
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var data = Path.GetFullPath(options.Single("data") ?? configuration["LocalIndex:DataDirectory"] ?? LocalIndexOptions.DefaultDataDirectory());
        var hostOptions = new LocalIndexOptions();
        configuration.GetSection("LocalIndex").Bind(hostOptions);
        hostOptions.DataDirectory = data;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalIndexCore(data, configuration);
        services.TryAddSingleton(Microsoft.Extensions.Options.Options.Create(hostOptions));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IRegistryStore>();
        var time = provider.GetRequiredService<TimeProvider>();
        switch (command)
        {
            case "user add":
            {
                var username = options.Required("username");
                if (!AccountNames.IsValidUsername(username))
                {
                    return await FailAsync("a username has 1 to 50 letters, digits, '.', '_' or '-'.").ConfigureAwait(false);
                }

                var email = options.Required("email");
                var password = options.Required("password");
                if (await store.FindUserAsync(username).ConfigureAwait(false) is not null)
                {
                    return await FailAsync($"user '{username}' exists already.").ConfigureAwait(false);
                }

                var user = await store.AddUserAsync(username, email, provider.GetRequiredService<PasswordHasher>().Hash(password), time.GetUtcNow()).ConfigureAwait(false);
                if (options.Single("totp-secret") is { } secretText)
                {
                    using var key = ParseTotpSecret(secretText);
                    await store.SetTotpAsync(user.Id, key.Export()).ConfigureAwait(false);
                }

                await store.AuditAsync(user.Id, "user.create", $"created by the admin command{(options.Single("totp-secret") is null ? "" : " with TOTP")}", null, time.GetUtcNow()).ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Created user '{username}' (id {user.Id})."));
                return 0;
            }

            case "token create":
            {
                var user = await RequireUserAsync(store, options.Required("username")).ConfigureAwait(false);
                var projects = options.All("project").Select(p => AccountNames.NormalizeProject(p) ?? throw new ArgumentException($"'{p}' is not a valid project name.")).ToList();
                DateTimeOffset? expires = options.Single("expires") is { } duration ? time.GetUtcNow() + Durations.Parse(duration) : null;
                var token = await provider.GetRequiredService<IApiTokens>().CreateAsync(user, options.Single("description") ?? "created by the admin command", projects, expires).ConfigureAwait(false);
                await store.AuditAsync(user.Id, "token.create", projects.Count == 0 ? "all projects" : "projects: " + string.Join(", ", projects), null, time.GetUtcNow()).ConfigureAwait(false);
                if (projects.Count == 0)
                {
                    await Console.Error.WriteLineAsync(AllProjectsWarning).ConfigureAwait(false);
                }

                Console.WriteLine(token);
                return 0;
            }

            case "moderator add":
            {
                var user = await RequireUserAsync(store, options.Required("username")).ConfigureAwait(false);
                await store.SetModeratorAsync(user.Id, true).ConfigureAwait(false);
                await store.AuditAsync(user.Id, "moderator.add", "by the admin command", null, time.GetUtcNow()).ConfigureAwait(false);
                Console.WriteLine($"'{user.Username}' is now a moderator.");
                return 0;
            }

            default:
                return await FailAsync($"unknown command '{command}'.").ConfigureAwait(false);
        }
    }

    private static OtpKey ParseTotpSecret(string base32)
    {
        try
        {
            return OtpKey.FromBase32(base32);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or Bonded.Auth.AuthException)
        {
            throw new ArgumentException("--totp-secret must be base32 of at least 16 bytes (26+ characters): " + e.Message);
        }
    }

    private static async Task<UserRecord> RequireUserAsync(IRegistryStore store, string username)
        => await store.FindUserAsync(username).ConfigureAwait(false) ?? throw new ArgumentException($"no user '{username}'.");

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync("LocalIndex: " + message).ConfigureAwait(false);
        await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }

    /// <summary><c>--name value</c> pairs; a name may repeat.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"unexpected argument '{args[i]}'.");
                }

                var name = args[i][2..];
                if (!options.values.TryGetValue(name, out var list))
                {
                    options.values[name] = list = [];
                }

                list.Add(args[++i]);
            }

            return options;
        }

        public string? Single(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

        public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

        public string Required(string name) => Single(name) ?? throw new ArgumentException($"--{name} is required.");
    }
}
