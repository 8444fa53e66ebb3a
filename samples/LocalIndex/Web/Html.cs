using System.Net;
using System.Text;
using LocalIndex.Storage;
using Microsoft.AspNetCore.Antiforgery;

namespace LocalIndex.Web;

/// <summary>Server-rendered HTML: one layout, encoded values, forms carrying the anti-forgery token. No external assets.</summary>
internal static class Html
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
        header nav a{margin-right:1rem}header{border-bottom:1px solid #ccc;padding:.5rem 0;margin-bottom:1rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
        .threat{color:#a00;font-weight:bold}.indeterminate{color:#a60}.benign{color:#060}
        .notice{background:#fff6d5;border:1px solid #e0c050;padding:.5rem 1rem}.error{background:#fde;border:1px solid #c66;padding:.5rem 1rem}
        code,pre{background:#f4f4f4;padding:.1rem .3rem;overflow-x:auto}label{display:block;margin-top:.5rem}
        input[type=text],input[type=password],input[type=email]{width:20rem;max-width:100%}button{margin-top:.5rem}
        :focus{outline:3px solid #1a5fb4;outline-offset:2px}
        """;

    public static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static IResult Page(HttpContext context, string title, UserRecord? user, string body, int status = 200)
    {
        var nav = new StringBuilder("<a href=\"/\">Home</a><a href=\"/simple/\">Simple index</a>");
        if (user is null)
        {
            nav.Append("<a href=\"/account/login\">Log in</a><a href=\"/account/register\">Register</a>");
        }
        else
        {
            nav.Append("<a href=\"/account/\">Account</a><a href=\"/account/tokens\">API tokens</a><a href=\"/projects/\">My projects</a><a href=\"/account/audit\">Audit log</a>");
            if (user.IsModerator)
            {
                nav.Append("<a href=\"/admin/review\">Review queue</a>");
            }

            nav.Append(Form(context, "/account/logout", "<button type=\"submit\">Log out</button>", inline: true));
        }

        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Bonded local index</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><nav aria-label="Main">{nav}</nav></header>
            <main>
            <h1>{E(title)}</h1>
            {body}
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A POST form with the anti-forgery token.</summary>
    public static string Form(HttpContext context, string action, string inner, bool inline = false)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var style = inline ? " style=\"display:inline\"" : "";
        return $"<form method=\"post\" action=\"{E(action)}\"{style}><input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">{inner}</form>";
    }

    /// <summary>The anti-forgery request token for scripts (sent back in the <c>RequestVerificationToken</c> header).</summary>
    public static string ScriptToken(HttpContext context)
        => context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? "";

    public static string Field(string name, string label, string type = "text", string autocomplete = "off", bool required = true, string extra = "")
        => $"<label for=\"{name}\">{E(label)}</label><input id=\"{name}\" name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\"{(required ? " required" : "")}{extra}>";

    public static string Notice(string? message, bool error = false)
        => string.IsNullOrEmpty(message) ? "" : $"<p class=\"{(error ? "error" : "notice")}\" role=\"{(error ? "alert" : "status")}\">{E(message)}</p>";
}
