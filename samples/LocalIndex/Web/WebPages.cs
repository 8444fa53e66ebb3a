using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Bonded.Auth.Otp;
using Bonded.Auth.Passwords;
using Bonded.Auth.Policy;
using Bonded.Auth.Recovery;
using Bonded.Auth.WebAuthn;
using LocalIndex.Accounts;
using LocalIndex.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using static LocalIndex.Web.Html;

namespace LocalIndex.Web;

/// <summary>The server-rendered pages: accounts, second factors, tokens, projects, review queue, audit log.</summary>
internal static class WebPages
{
    private const string StageClaim = "bonded:stage";
    private const string Full = "full";
    private const string Pending = "pending";

    public static void AddServices(IServiceCollection services, string dataDirectory)
    {
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys", "web")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "bonded_session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
        });
        services.AddAntiforgery(o => o.Cookie.Name = "bonded_csrf");
        services.AddSingleton<Moderation>();
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();

        // WebAuthn origins: the configured ones (LocalIndex:PublicUrl, LocalIndex:WebAuthn:Origins) or, when none are,
        // the addresses the server listens on within the RP ID (loopback as localhost).
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var webAuthn = app.Services.GetRequiredService<IOptions<WebAuthnOptions>>().Value;
            if (webAuthn.Origins.Count > 0)
            {
                return;
            }

            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                var uri = new Uri(address);
                var host = uri.IsLoopback ? "localhost" : uri.Host;
                if (host == webAuthn.RelyingPartyId || host.EndsWith("." + webAuthn.RelyingPartyId, StringComparison.Ordinal))
                {
                    webAuthn.Origins.Add($"{uri.Scheme}://{host}:{uri.Port}");
                }
            }
        });

        app.MapGet(WebAuthnScript.Path, () => Results.Text(WebAuthnScript.Source, "text/javascript; charset=utf-8"));
        MapAccount(app);
        MapSecondFactors(app);
        MapTokens(app);
        MapProjects(app);
        MapModeration(app);
    }

    private static void MapAccount(WebApplication app)
    {
        app.MapGet("/account/register", (HttpContext c) => Page(c, "Register", null, RegisterForm(c, null)));
        app.MapPost("/account/register", async (HttpContext c, IRegistryStore store, PasswordHasher hasher, TimeProvider time) =>
        {
            var form = await FormAsync(c);
            if (form is null)
            {
                return BadForm(c);
            }

            var username = form["username"].ToString().Trim();
            var email = form["email"].ToString().Trim();
            var password = form["password"].ToString();
            string? error = !AccountNames.IsValidUsername(username) ? "A username has 1 to 50 letters, digits, '.', '_' or '-'."
                : email.Length is 0 or > 254 || !email.Contains('@', StringComparison.Ordinal) ? "Enter an email address."
                : password.Length < 12 || !hasher.IsAcceptableLength(password) ? "A password has at least 12 characters."
                : await store.FindUserAsync(username) is not null ? "That username is taken." : null;
            if (error is not null)
            {
                return Page(c, "Register", null, RegisterForm(c, error), 400);
            }

            var user = await store.AddUserAsync(username, email, hasher.Hash(password), time.GetUtcNow());
            await store.AuditAsync(user.Id, "user.register", "registered on the web", Address(c), time.GetUtcNow());
            await SignInAsync(c, user, Full);
            return Results.Redirect("/account/?welcome=1");
        });

        app.MapGet("/account/login", (HttpContext c) => Page(c, "Log in", null, LoginForm(c, null)));
        app.MapPost("/account/login", async (HttpContext c, IRegistryStore store, PasswordHasher hasher, MfaPolicy policy, TimeProvider time) =>
        {
            var form = await FormAsync(c);
            if (form is null)
            {
                return BadForm(c);
            }

            var username = form["username"].ToString().Trim();
            var password = form["password"].ToString();
            var decision = await policy.CheckAttemptAsync(AttemptKind.Login, username.ToLowerInvariant(), c.Connection.RemoteIpAddress);
            if (!decision.IsAllowed)
            {
                return Page(c, "Log in", null, LoginForm(c, $"Too many attempts. Try again in {Math.Ceiling(decision.RetryAfter.TotalMinutes)} minute(s)."), 429);
            }

            var user = AccountNames.IsValidUsername(username) ? await store.FindUserAsync(username) : null;
            var hash = user is null ? null : await store.GetPasswordHashAsync(user.Id);
            var verdict = PasswordVerification.Failed;
            if (hash is null || password.Length == 0 || !hasher.IsAcceptableLength(password))
            {
                hasher.VerifyNothing(password);
            }
            else
            {
                verdict = hasher.Verify(hash, password);
            }

            if (user is null || verdict == PasswordVerification.Failed)
            {
                await store.AuditAsync(user?.Id, "auth.LoginFailed", "wrong username or password", Address(c), time.GetUtcNow());
                return Page(c, "Log in", null, LoginForm(c, "Wrong username or password."), 401);
            }

            if (verdict == PasswordVerification.SuccessRehashNeeded)
            {
                await store.SetPasswordHashAsync(user.Id, hasher.Hash(password));
            }

            await policy.ResetAsync(AttemptKind.Login, username.ToLowerInvariant());
            var hasRecovery = await store.CountRecoveryCodesAsync(user.Id) > 0;
            if (user.HasSecondFactor || hasRecovery)
            {
                await SignInAsync(c, user, Pending);
                return Results.Redirect("/account/login/second-factor");
            }

            await store.AuditAsync(user.Id, "auth.LoginSucceeded", "password (no second factor enrolled)", Address(c), time.GetUtcNow());
            await SignInAsync(c, user, Full);
            return Results.Redirect("/account/");
        });

        app.MapPost("/account/logout", async (HttpContext c) =>
        {
            if (await FormAsync(c) is null)
            {
                return BadForm(c);
            }

            await c.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        });

        app.MapGet("/account/", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            var keys = await store.GetWebAuthnCredentialsAsync(user.Id);
            var recovery = await store.CountRecoveryCodesAsync(user.Id);
            var body = new StringBuilder();
            body.Append(c.Request.Query.ContainsKey("enrolled") ? Notice("Second factor enrolled.") : "");
            body.Append(await UploadRequirementAsync(c, store, user) switch
            {
                MfaRequirementLevel.Required => Notice("Uploading needs two-factor authentication: enrol an authenticator app (TOTP) or a security key below."),
                MfaRequirementLevel.Recommended => Notice("Uploading will soon need two-factor authentication: enrol an authenticator app (TOTP) or a security key below."),
                _ => "",
            });

            body.Append(CultureInfo.InvariantCulture, $"<p>Signed in as <strong>{E(user.Username)}</strong> ({E(user.Email)}){(user.IsModerator ? ", moderator" : "")}.</p>");
            body.Append("<h2>Two-factor authentication</h2><ul>");
            body.Append(CultureInfo.InvariantCulture, $"<li>Authenticator app (TOTP): {(user.HasTotp ? "enrolled" : "not enrolled")} — <a href=\"/account/totp\">{(user.HasTotp ? "replace" : "enrol")}</a></li>");
            body.Append(CultureInfo.InvariantCulture, $"<li>Security keys: {keys.Count} — <a href=\"/account/webauthn\">add a security key</a></li>");
            body.Append(CultureInfo.InvariantCulture, $"<li>Recovery codes left: {recovery} — <a href=\"/account/recovery-codes\">generate new codes</a></li></ul>");
            if (keys.Count > 0)
            {
                body.Append("<table><caption>Security keys</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Added</th><th scope=\"col\">Last used</th></tr></thead><tbody>");
                foreach (var key in keys)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(key.Name)}</td><td>{key.CreatedAt:yyyy-MM-dd HH:mm}</td><td>{key.LastUsedAt:yyyy-MM-dd HH:mm}</td></tr>");
                }

                body.Append("</tbody></table>");
            }

            return Page(c, "Your account", user, body.ToString());
        });

        app.MapGet("/account/audit", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            var entries = await store.GetAuditLogAsync(user.IsModerator ? null : user.Id, 200);
            var body = new StringBuilder(user.IsModerator ? "<p>Moderators see every account's events.</p>" : "<p>Security events of your account.</p>");
            body.Append("<table><thead><tr><th scope=\"col\">Time (UTC)</th><th scope=\"col\">Account</th><th scope=\"col\">Event</th><th scope=\"col\">Detail</th><th scope=\"col\">Address</th></tr></thead><tbody>");
            foreach (var entry in entries)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{entry.Time:yyyy-MM-dd HH:mm:ss}</td><td>{E(entry.Username)}</td><td>{E(entry.Event)}</td><td>{E(entry.Detail)}</td><td>{E(entry.Address)}</td></tr>");
            }

            body.Append("</tbody></table>");
            return Page(c, "Audit log", user, body.ToString());
        });
    }

    private static void MapSecondFactors(WebApplication app)
    {
        app.MapGet("/account/login/second-factor", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await PendingUserAsync(c);
            return user is null ? Results.Redirect("/account/login") : Page(c, "Second factor", null, await SecondFactorForm(c, store, user, null));
        });

        app.MapPost("/account/login/totp", async (HttpContext c, IRegistryStore store, AccountTotp totp, MfaPolicy policy, TimeProvider time) =>
        {
            var user = await PendingUserAsync(c);
            var form = await FormAsync(c);
            if (user is null || form is null)
            {
                return BadForm(c);
            }

            var decision = await policy.CheckAttemptAsync(AttemptKind.SecondFactor, AccountIds.Format(user.Id), c.Connection.RemoteIpAddress);
            if (!decision.IsAllowed)
            {
                return Page(c, "Second factor", null, await SecondFactorForm(c, store, user, "Too many attempts; wait and try again."), 429);
            }

            var result = await totp.VerifyAsync(user.Id, form["code"].ToString());
            if (result != OtpVerificationResult.Accepted)
            {
                return Page(c, "Second factor", null, await SecondFactorForm(c, store, user, result == OtpVerificationResult.Replayed ? "That code was used already; wait for the next one." : "Wrong code."), 401);
            }

            await policy.ResetAsync(AttemptKind.SecondFactor, AccountIds.Format(user.Id));
            await store.AuditAsync(user.Id, "auth.LoginSucceeded", "password + TOTP", Address(c), time.GetUtcNow());
            await SignInAsync(c, user, Full);
            return Results.Redirect("/account/");
        });

        app.MapPost("/account/login/recovery", async (HttpContext c, IRegistryStore store, RecoveryCodes codes, MfaPolicy policy, TimeProvider time) =>
        {
            var user = await PendingUserAsync(c);
            var form = await FormAsync(c);
            if (user is null || form is null)
            {
                return BadForm(c);
            }

            var decision = await policy.CheckAttemptAsync(AttemptKind.SecondFactor, AccountIds.Format(user.Id), c.Connection.RemoteIpAddress);
            if (!decision.IsAllowed || !await codes.RedeemAsync(AccountIds.Format(user.Id), form["code"].ToString()))
            {
                return Page(c, "Second factor", null, await SecondFactorForm(c, store, user, "That recovery code is not valid (each code works once)."), 401);
            }

            await store.AuditAsync(user.Id, "auth.LoginSucceeded", "password + recovery code", Address(c), time.GetUtcNow());
            await SignInAsync(c, user, Full);
            return Results.Redirect("/account/");
        });

        app.MapPost("/account/login/webauthn/begin", async (HttpContext c, WebAuthnService webAuthn) =>
        {
            var user = await PendingUserAsync(c);
            if (user is null || !await ValidJsonRequestAsync(c))
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "Log in with your password first." }, statusCode: 400);
            }

            var ceremony = await webAuthn.BeginAssertionAsync(AccountIds.Format(user.Id));
            return Results.Json(new Dictionary<string, string> { ["id"] = ceremony.Id, ["options"] = ceremony.OptionsJson });
        });

        app.MapPost("/account/login/webauthn/complete", async (HttpContext c, WebAuthnService webAuthn, IRegistryStore store, TimeProvider time) =>
        {
            var user = await PendingUserAsync(c);
            var body = user is null ? null : await JsonBodyAsync(c);
            if (user is null || body is null)
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "Log in with your password first." }, statusCode: 400);
            }

            var result = await webAuthn.CompleteAssertionAsync(body.GetValueOrDefault("id") ?? "", body.GetValueOrDefault("response") ?? "");
            if (!result.Succeeded || result.Credential?.UserId != AccountIds.Format(user.Id))
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "The security key was not accepted (" + result.Failure + ")." }, statusCode: 401);
            }

            await store.AuditAsync(user.Id, "auth.LoginSucceeded", "password + security key", Address(c), time.GetUtcNow());
            await SignInAsync(c, user, Full);
            return Results.Json(new Dictionary<string, string> { ["next"] = "/account/" });
        });

        app.MapGet("/account/totp", async (HttpContext c, TotpAuthenticator totp, IDataProtectionProvider protection) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            using var enrollment = totp.Enroll(user.Username);
            var sealedKey = protection.CreateProtector("totp-enrol").Protect(enrollment.Key.ExportBase32());
            return Page(c, "Enrol an authenticator app", user, TotpForm(c, enrollment.GetQrCodeSvg(), enrollment.GetManualEntryKey(), sealedKey, null));
        });

        app.MapPost("/account/totp", async (HttpContext c, TotpAuthenticator totp, IDataProtectionProvider protection, IRegistryStore store, TimeProvider time) =>
        {
            var user = await CurrentUserAsync(c);
            var form = await FormAsync(c);
            if (user is null || form is null)
            {
                return BadForm(c);
            }

            string secret;
            try
            {
                secret = protection.CreateProtector("totp-enrol").Unprotect(form["key"].ToString());
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return BadForm(c);
            }

            using var key = OtpKey.FromBase32(secret);
            if (!totp.Matches(key, form["code"].ToString()))
            {
                using var again = totp.Enroll(user.Username);
                var sealedKey = protection.CreateProtector("totp-enrol").Protect(again.Key.ExportBase32());
                return Page(c, "Enrol an authenticator app", user, TotpForm(c, again.GetQrCodeSvg(), again.GetManualEntryKey(), sealedKey, "The code did not match; scan this new code and try again."), 400);
            }

            await store.SetTotpAsync(user.Id, key.Export());
            await store.AuditAsync(user.Id, "auth.TotpEnrolled", "authenticator app enrolled", Address(c), time.GetUtcNow());
            return Results.Redirect("/account/?enrolled=totp");
        });

        app.MapGet("/account/webauthn", async (HttpContext c) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            var body = $"""
                <meta name="request-token" content="{E(ScriptToken(c))}">
                <p>Register a security key (or a passkey) as a second factor. Your browser will ask you to touch the key.</p>
                <label for="key-name">Name for this key</label><input id="key-name" type="text" value="Security key" maxlength="64">
                <p><button type="button" id="webauthn-register">Register a security key</button></p>
                <p id="webauthn-status" role="status" aria-live="polite"></p>
                <script src="{WebAuthnScript.Path}"></script>
                """;
            return Page(c, "Add a security key", user, body);
        });

        app.MapPost("/account/webauthn/begin", async (HttpContext c, WebAuthnService webAuthn) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null || !await ValidJsonRequestAsync(c))
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "Log in first." }, statusCode: 400);
            }

            var ceremony = await webAuthn.BeginRegistrationAsync(AccountIds.Format(user.Id), user.Username, user.Username);
            return Results.Json(new Dictionary<string, string> { ["id"] = ceremony.Id, ["options"] = ceremony.OptionsJson });
        });

        app.MapPost("/account/webauthn/complete", async (HttpContext c, WebAuthnService webAuthn) =>
        {
            var user = await CurrentUserAsync(c);
            var body = user is null ? null : await JsonBodyAsync(c);
            if (user is null || body is null)
            {
                return Results.Json(new Dictionary<string, string> { ["error"] = "Log in first." }, statusCode: 400);
            }

            var name = (body.GetValueOrDefault("name") ?? "Security key").Trim();
            var result = await webAuthn.CompleteRegistrationAsync(body.GetValueOrDefault("id") ?? "", AccountIds.Format(user.Id), body.GetValueOrDefault("response") ?? "", name.Length is 0 or > 64 ? "Security key" : name);
            return result.Succeeded
                ? Results.Json(new Dictionary<string, string> { ["next"] = "/account/" })
                : Results.Json(new Dictionary<string, string> { ["error"] = "Registration failed (" + result.Failure + ")." }, statusCode: 400);
        });

        app.MapGet("/account/recovery-codes", async (HttpContext c) =>
        {
            var user = await CurrentUserAsync(c);
            return user is null
                ? Results.Redirect("/account/login")
                : Page(c, "Recovery codes", user, "<p>Recovery codes let you in when your second factor is lost. Each works once. Generating new codes invalidates the old ones.</p>" + Form(c, "/account/recovery-codes", "<button type=\"submit\">Generate new recovery codes</button>"));
        });

        app.MapPost("/account/recovery-codes", async (HttpContext c, RecoveryCodes codes) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null || await FormAsync(c) is null)
            {
                return BadForm(c);
            }

            var generated = await codes.GenerateAsync(AccountIds.Format(user.Id));
            var list = string.Concat(generated.Select(code => $"<li><code>{E(code)}</code></li>"));
            return Page(c, "Recovery codes", user, Notice("Store these codes somewhere safe now: they are shown only once.") + $"<ol>{list}</ol><p><a href=\"/account/\">Back to your account</a></p>");
        });
    }

    private static void MapTokens(WebApplication app)
    {
        app.MapGet("/account/tokens", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await CurrentUserAsync(c);
            return user is null ? Results.Redirect("/account/login") : Page(c, "API tokens", user, await TokensBody(c, store, user, null, null));
        });

        app.MapPost("/account/tokens", async (HttpContext c, IRegistryStore store, IApiTokens tokens, TimeProvider time) =>
        {
            var user = await CurrentUserAsync(c);
            var form = await FormAsync(c);
            if (user is null || form is null)
            {
                return BadForm(c);
            }

            var description = form["description"].ToString().Trim();
            var projects = new List<string>();
            foreach (var name in form["projects"].ToString().Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (AccountNames.NormalizeProject(name) is not { } normalized)
                {
                    return Page(c, "API tokens", user, await TokensBody(c, store, user, null, $"'{name}' is not a valid project name."), 400);
                }

                projects.Add(normalized);
            }

            DateTimeOffset? expires = null;
            if (int.TryParse(form["days"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650)
            {
                expires = time.GetUtcNow().AddDays(days);
            }

            var token = await tokens.CreateAsync(user, description.Length is 0 or > 100 ? "web token" : description, projects, expires);
            await store.AuditAsync(user.Id, "token.create", (projects.Count == 0 ? "all projects" : "projects: " + string.Join(", ", projects)) + (expires is null ? "" : $", expires {expires:yyyy-MM-dd}"), Address(c), time.GetUtcNow());
            return Page(c, "API tokens", user, await TokensBody(c, store, user, token, null));
        });

        app.MapPost("/account/tokens/{id}/revoke", async (HttpContext c, string id, IRegistryStore store, IApiTokens tokens, TimeProvider time) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null || await FormAsync(c) is null)
            {
                return BadForm(c);
            }

            if (await tokens.RevokeAsync(user, id))
            {
                await store.AuditAsync(user.Id, "token.revoke", "token " + id[..Math.Min(8, id.Length)], Address(c), time.GetUtcNow());
            }

            return Results.Redirect("/account/tokens");
        });
    }

    private static void MapProjects(WebApplication app)
    {
        app.MapGet("/projects/", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            var body = new StringBuilder();
            var projects = await store.GetOwnedProjectsAsync(user.Id);
            if (projects.Count == 0)
            {
                body.Append("<p>You own no projects yet. The first upload of a new project makes you its owner.</p>");
            }

            foreach (var project in projects)
            {
                body.Append(CultureInfo.InvariantCulture, $"<h2>{E(project.Name)}{(project.Status is null ? "" : $" <small>({E(project.Status)})</small>")}</h2>");
                body.Append("<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Version</th><th scope=\"col\">Scan verdict</th><th scope=\"col\">State</th><th scope=\"col\">Yank</th></tr></thead><tbody>");
                foreach (var file in await store.GetFilesAsync(project.Id))
                {
                    var yank = file.State != FileState.Published ? ""
                        : file.Yanked
                            ? Form(c, $"/projects/files/{file.Id}/unyank", $"<span>yanked{(file.YankReason is null ? "" : ": " + E(file.YankReason))}</span> <button type=\"submit\">Un-yank</button>", inline: true)
                            : Form(c, $"/projects/files/{file.Id}/yank", $"<label for=\"reason-{file.Id}\" class=\"visually-hidden\">Reason</label><input id=\"reason-{file.Id}\" name=\"reason\" type=\"text\" placeholder=\"reason (optional)\" maxlength=\"200\"> <button type=\"submit\">Yank</button>", inline: true);
                    body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(file.Filename)}</td><td>{E(file.Version)}</td><td class=\"{E(file.Verdict)}\">{E(file.Verdict)}</td><td>{SqliteRegistryStore.StateName(file.State)}</td><td>{yank}</td></tr>");
                }

                body.Append("</tbody></table>");
            }

            return Page(c, "My projects", user, body.ToString());
        });

        app.MapPost("/projects/files/{id:long}/{action}", async (HttpContext c, long id, string action, IRegistryStore store, Moderation moderation) =>
        {
            var user = await CurrentUserAsync(c);
            var form = await FormAsync(c);
            var file = await store.GetFileAsync(id);
            if (user is null || form is null || file is null || action is not ("yank" or "unyank") || !await store.IsOwnerAsync(file.ProjectId, user.Id))
            {
                return BadForm(c);
            }

            var reason = form["reason"].ToString().Trim();
            await moderation.YankAsync(file, user, action == "yank", reason.Length is 0 or > 200 ? null : reason, c.RequestAborted);
            return Results.Redirect("/projects/");
        });
    }

    private static void MapModeration(WebApplication app)
    {
        app.MapGet("/admin/review", async (HttpContext c, IRegistryStore store) =>
        {
            var user = await CurrentUserAsync(c);
            if (user is null)
            {
                return Results.Redirect("/account/login");
            }

            if (!user.IsModerator)
            {
                return Page(c, "Review queue", user, Notice("Only moderators see the review queue.", error: true), 403);
            }

            var queue = await store.GetReviewQueueAsync();
            var body = new StringBuilder(queue.Count == 0 ? "<p>Nothing to review.</p>" : "<p>Files the scanner flagged. Quarantined files are neither listed nor downloadable until released.</p>");
            foreach (var item in queue)
            {
                var report = await store.GetScanReportAsync(item.FileId);
                body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"file-{item.FileId}\"><h2 id=\"file-{item.FileId}\">{E(item.Filename)}</h2>");
                body.Append(CultureInfo.InvariantCulture, $"<p>Project <strong>{E(item.ProjectName)}</strong>; verdict <span class=\"{E(item.Verdict)}\">{E(item.Verdict)}</span> ({E(report?.Confidence)} confidence); state {SqliteRegistryStore.StateName(item.State)}; uploaded {item.Created:yyyy-MM-dd HH:mm} UTC.</p>");
                body.Append(Findings(report?.ReportJson));
                body.Append(Form(c, $"/admin/review/{item.FileId}/release", "<button type=\"submit\">Release</button>", inline: true));
                body.Append(' ').Append(Form(c, $"/admin/review/{item.FileId}/remove", "<button type=\"submit\">Remove</button>", inline: true));
                body.Append(' ').Append(Form(c, $"/admin/review/{item.FileId}/allowlist", "<button type=\"submit\">Allowlist (false positive)</button>", inline: true));
                body.Append("</section>");
            }

            return Page(c, "Review queue", user, body.ToString());
        });

        app.MapPost("/admin/review/{id:long}/{action}", async (HttpContext c, long id, string action, IRegistryStore store, Moderation moderation) =>
        {
            var user = await CurrentUserAsync(c);
            var file = await store.GetFileAsync(id);
            if (user is null || await FormAsync(c) is null || file is null || !user.IsModerator)
            {
                return BadForm(c);
            }

            switch (action)
            {
                case "release":
                    await moderation.ReleaseAsync(file, user, "release", c.RequestAborted);
                    break;
                case "remove":
                    await moderation.RemoveAsync(file, user, c.RequestAborted);
                    break;
                case "allowlist":
                    await moderation.AllowlistAsync(file, user, c.RequestAborted);
                    break;
                default:
                    return BadForm(c);
            }

            return Results.Redirect("/admin/review");
        });
    }

    private static string Findings(string? reportJson)
    {
        if (reportJson is null)
        {
            return "";
        }

        var html = new StringBuilder("<table><caption>Findings</caption><thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Where</th><th scope=\"col\">Why</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        try
        {
            using var report = JsonDocument.Parse(reportJson);
            if (report.RootElement.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array)
            {
                foreach (var f in findings.EnumerateArray())
                {
                    string Text(string name) => f.TryGetProperty(name, out var v) ? v.ToString() : "";
                    var where = Text("file") + (Text("line").Length > 0 ? ":" + Text("line") : "");
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(Text("check"))} ({E(Text("severity"))})</td><td>{E(where)}</td><td>{E(Text("message"))}</td><td><pre>{E(Text("evidence"))}</pre></td></tr>");
                }
            }
        }
        catch (JsonException)
        {
            html.Append("<tr><td colspan=\"4\">The report could not be read.</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string RegisterForm(HttpContext c, string? error)
        => Notice(error, error: true) + Form(c, "/account/register", Field("username", "Username", autocomplete: "username") + Field("email", "Email", "email", "email") + Field("password", "Password (at least 12 characters)", "password", "new-password") + "<p><button type=\"submit\">Register</button></p>");

    private static string LoginForm(HttpContext c, string? error)
        => Notice(error, error: true) + Form(c, "/account/login", Field("username", "Username", autocomplete: "username") + Field("password", "Password", "password", "current-password") + "<p><button type=\"submit\">Log in</button></p>");

    private static async Task<string> SecondFactorForm(HttpContext c, IRegistryStore store, UserRecord user, string? error)
    {
        var keys = await store.GetWebAuthnCredentialsAsync(user.Id);
        var body = new StringBuilder(Notice(error, error: true));
        body.Append(CultureInfo.InvariantCulture, $"<meta name=\"request-token\" content=\"{E(ScriptToken(c))}\">");
        if (keys.Count > 0)
        {
            body.Append("<h2>Security key</h2><p><button type=\"button\" id=\"webauthn-login\">Use my security key</button></p><p id=\"webauthn-status\" role=\"status\" aria-live=\"polite\"></p>");
            body.Append(CultureInfo.InvariantCulture, $"<script src=\"{WebAuthnScript.Path}\"></script>");
        }

        if (user.HasTotp)
        {
            body.Append("<h2>Authenticator app</h2>").Append(Form(c, "/account/login/totp", Field("code", "Six-digit code", autocomplete: "one-time-code", extra: " inputmode=\"numeric\"") + "<p><button type=\"submit\">Verify</button></p>"));
        }

        body.Append("<h2>Recovery code</h2>").Append(Form(c, "/account/login/recovery", Field("recovery", "Recovery code", autocomplete: "off").Replace("name=\"recovery\"", "name=\"code\"", StringComparison.Ordinal) + "<p><button type=\"submit\">Use recovery code</button></p>"));
        return body.ToString();
    }

    private static string TotpForm(HttpContext c, string qrSvg, string manualKey, string sealedKey, string? error)
        => Notice(error, error: true)
            + "<p>Scan this code with your authenticator app, then enter the six-digit code it shows.</p>"
            + $"<figure role=\"img\" aria-label=\"QR code of the TOTP secret\" style=\"width:220px\">{qrSvg}</figure>"
            + $"<p>Or type the key by hand: <code>{E(manualKey)}</code></p>"
            + Form(c, "/account/totp", $"<input type=\"hidden\" name=\"key\" value=\"{E(sealedKey)}\">" + Field("code", "Six-digit code", autocomplete: "one-time-code", extra: " inputmode=\"numeric\"") + "<p><button type=\"submit\">Enable</button></p>");

    /// <summary>What Bonded.Auth's MFA policy says about uploads by an account without a second factor (NotRequired once it has one).</summary>
    private static async Task<MfaRequirementLevel> UploadRequirementAsync(HttpContext c, IRegistryStore store, UserRecord user)
        => user.HasSecondFactor
            ? MfaRequirementLevel.NotRequired
            : c.RequestServices.GetRequiredService<MfaPolicy>().GetRequirementForUser((await store.GetOwnedProjectsAsync(user.Id)).Select(p => p.NormalizedName));

    private static async Task<string> TokensBody(HttpContext c, IRegistryStore store, UserRecord user, string? newToken, string? error)
    {
        var body = new StringBuilder(Notice(error, error: true));
        if (newToken is not null)
        {
            body.Append(Notice("Copy the token now; it is shown only once. Use it with twine: username __token__, password the token."));
            body.Append(CultureInfo.InvariantCulture, $"<p><label for=\"new-token\">New token</label><input id=\"new-token\" type=\"text\" readonly value=\"{E(newToken)}\" size=\"80\"></p>");
        }

        if (await UploadRequirementAsync(c, store, user) == MfaRequirementLevel.Required)
        {
            body.Append(Notice("This account has no second factor: uploads with its tokens will be refused until you enrol one."));
        }

        body.Append("<h2>Create a token</h2>").Append(Form(c, "/account/tokens", Field("description", "Description") + Field("projects", "Projects (comma-separated; empty means all your projects)", required: false) + Field("days", "Expires after (days; empty means never)", required: false, extra: " inputmode=\"numeric\"") + "<p><button type=\"submit\">Create token</button></p>"));
        var tokens = await store.GetTokensAsync(user.Id);
        body.Append("<h2>Your tokens</h2><table><thead><tr><th scope=\"col\">Description</th><th scope=\"col\">Scope</th><th scope=\"col\">Created</th><th scope=\"col\">Expires</th><th scope=\"col\">Last used</th><th scope=\"col\">Revoke</th></tr></thead><tbody>");
        foreach (var token in tokens)
        {
            var scope = token.Projects.Count == 0 ? "all projects" : string.Join(", ", token.Projects);
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(token.Description)}</td><td>{E(scope)}</td><td>{token.Created:yyyy-MM-dd HH:mm}</td><td>{(token.Expires is { } x ? x.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never")}</td><td>{token.LastUsed:yyyy-MM-dd HH:mm}</td><td>{Form(c, $"/account/tokens/{token.Id}/revoke", "<button type=\"submit\">Revoke</button>", inline: true)}</td></tr>");
        }

        return body.Append("</tbody></table>").ToString();
    }

    private static async Task<IFormCollection?> FormAsync(HttpContext c)
    {
        if (!c.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await c.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(c);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        return await c.Request.ReadFormAsync(c.RequestAborted);
    }

    private static async Task<bool> ValidJsonRequestAsync(HttpContext c)
    {
        try
        {
            await c.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(c);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task<Dictionary<string, string>?> JsonBodyAsync(HttpContext c)
    {
        if (!await ValidJsonRequestAsync(c) || c.Request.ContentLength is > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(c.Request.Body, cancellationToken: c.RequestAborted);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? null
                : document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadForm(HttpContext c) => Page(c, "Request refused", null, Notice("The form was missing, expired or not allowed for your account. Go back, reload the page and try again.", error: true), 400);

    private static string? Address(HttpContext c) => c.Connection.RemoteIpAddress?.ToString();

    private static async Task SignInAsync(HttpContext c, UserRecord user, string stage)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, AccountIds.Format(user.Id)), new Claim(StageClaim, stage)], CookieAuthenticationDefaults.AuthenticationScheme);
        await c.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    internal static Task<UserRecord?> CurrentUserAsync(HttpContext c) => UserAtStageAsync(c, Full);

    private static Task<UserRecord?> PendingUserAsync(HttpContext c) => UserAtStageAsync(c, Pending);

    private static async Task<UserRecord?> UserAtStageAsync(HttpContext c, string stage)
    {
        var principal = c.User;
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(StageClaim) != stage || !AccountIds.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return null;
        }

        return await c.RequestServices.GetRequiredService<IRegistryStore>().GetUserAsync(id, c.RequestAborted);
    }
}
