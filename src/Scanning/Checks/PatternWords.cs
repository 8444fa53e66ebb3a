namespace Bonded.Scanning.Checks;

/// <summary>
/// For each pattern of <see cref="Patterns"/> that the checks run on every string literal, the words without which it
/// cannot match (one per branch of the pattern): literals without any skip the expression.
/// </summary>
internal static class PatternWords
{
    /// <summary>For <see cref="Patterns.DownloadCommand"/>.</summary>
    public static readonly RequiredWords DownloadCommand = new(
        ignoreCase: true,
        "curl", "wget", "iwr", "irm", ".download", "invoke-", "start-bitstransfer", "certutil", "bitsadmin", "mshta", "exec", "msxml2.", "winhttp.", "iex");

    /// <summary>For <see cref="Patterns.ReverseShell"/>.</summary>
    public static readonly RequiredWords ReverseShell = new(ignoreCase: true, "/dev/tcp/", "-i", "/bin/", "mkfifo", "socat", "net.sockets.tcpclient", "powershell");

    /// <summary>For <see cref="Patterns.Persistence"/>.</summary>
    public static readonly RequiredWords Persistence = new(
        ignoreCase: true,
        "currentversion", "start menu", "shell:startup", "schtasks", "crontab", "/etc/", "@reboot", "bashrc", "bash_profile", "bash_login", "zshrc", ".profile", ".config", "launchagents", "launchdaemons",
        "systemctl", "systemd", "hkey_current_user", "authorized_keys", "customize", ".git", "/var/spool/cron", "userinit", "image file execution options");

    /// <summary>For <see cref="Patterns.CredentialPath"/>.</summary>
    public static readonly RequiredWords CredentialPath = new(
        ignoreCase: true,
        ".ssh", ".aws", ".pypirc", ".netrc", ".git-credentials", ".docker", ".kube", "login data", "local state", "web data", "cookies", "local storage", "discord", "exodus",
        "electrum", "wallet.dat", "ethereum", "nkbihfbeogaeaoehlefnkodbefgpgknn", "atomic", "firefox", "key4.db", "logins.json", "/etc/shadow", ".bash_history", "telegram desktop",
        ".config", ".azure", ".npmrc", ".gnupg", "169.254.169.254", "metadata.google.internal", "/latest/meta-data/iam", "google", "bravesoftware", "microsoft");

    /// <summary>For <see cref="Patterns.ConcreteWebhook"/>.</summary>
    public static readonly RequiredWords ConcreteWebhook = new(ignoreCase: true, "/api/webhooks/", "api.telegram.org/bot", "hooks.slack.com/services/");

    /// <summary>For <see cref="Patterns.CollectorEndpoint"/>.</summary>
    public static readonly RequiredWords CollectorEndpoint = new(
        ignoreCase: true,
        "/api/webhooks", "api.telegram.org/bot", "webhook.site", "ngrok", "pipedream.net", "requestbin.", ".oast.", "burpcollaborator.net", "oastify.com", "interact.sh",
        "requestcatcher.com", "pastebin.com/raw", "paste.ee/r/", "transfer.sh", "trycloudflare.com", "canarytokens.com", "dnslog.cn", "ceye.io", "beeceptor.com", "hookbin.com",
        "postb.in", "anonfiles.com", "gofile.io", "temp.sh", "bashupload.com", "0x0.st", "file.io");

    /// <summary>For <see cref="Patterns.IpUrl"/> (case-sensitive).</summary>
    public static readonly RequiredWords IpUrl = new(ignoreCase: false, "://");
}
