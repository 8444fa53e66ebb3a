using System.Buffers;
using System.Text.RegularExpressions;

namespace Bonded.Scanning.Checks;

/// <summary>The string patterns the checks look for inside string literals (never in comments or docstrings).</summary>
internal static partial class Patterns
{
    /// <summary>Shell and PowerShell commands that fetch something and run it.</summary>
    [GeneratedRegex(@"\b(curl|wget)\b[^\n]{0,300}?(\|\s*(sudo\s+)?(ba|z|da)?sh\b|\|\s*python|\s-[a-zA-Z]*[oO]\s*\S+[^\n]{0,200}?(chmod\b|&&\s*\.?/|;\s*\.?/|&&\s*(ba|z|da)?sh\b|;\s*(ba|z|da)?sh\b|&&\s*python|;\s*python)|\s--output[=\s]\S+[^\n]{0,200}?(chmod\b|&&\s*\.?/|;\s*\.?/|&&\s*(ba)?sh\b|&&\s*python))|\$\(\s*(curl|wget)\b|<\(\s*(curl|wget)\b|\b(curl|wget)\b[^\n|]{0,300}\|\s*(sudo\s+)?(perl|ruby|node|php)\b|\b(iwr|irm|wget|curl)(\.exe)?\s+[^\n]{0,300}-OutFile\b[^\n]{0,300}(Start-Process|\bsaps\b|\bstart\s|&\s*\$|\.exe\b)|\.Download(String|File|Data)\s*\(|Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer|certutil(\.exe)?\s+-urlcache|bitsadmin(\.exe)?\s+/transfer|mshta(\.exe)?\s+https?:|\bexec\s*\([^\n]{0,200}\b(urlopen|requests\.get|urllib)|MSXML2\.(Server)?XMLHTTP[\s\S]{0,800}(SaveToFile|\.Run\b)|WinHttp\.WinHttpRequest[\s\S]{0,800}(SaveToFile|\.Run\b)|\|\s*(IEX|Invoke-Expression)\b|\b(IEX|Invoke-Expression)\s*[\(\$]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex DownloadCommand();

    /// <summary>Reverse-shell command lines.</summary>
    [GeneratedRegex(@"/dev/tcp/[^\s/]+/\d+|\bbash\s+-i\b|\bsh\s+-i\s*[<>&2]|\bn(c|cat)\b[^\n]{0,60}\s-e\s*/bin/(ba)?sh|\bmkfifo\s+/tmp/\S+[^\n]{0,120}\bn(c|cat)\b|\bsocat\b[^\n]{0,120}\bexec:|Net\.Sockets\.TCPClient|\bcmd(\.exe)?\s+/c\s+powershell\b[^\n]{0,80}-e(nc|ncodedcommand)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex ReverseShell();

    /// <summary>PowerShell's -EncodedCommand (any prefix of it: -e, -enc, -ec) followed by its base64 script, inside a command line.</summary>
    [GeneratedRegex(@"\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,200}?\s-e[a-z]*\s+['""]?([A-Za-z0-9+/]{40,}={0,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex EncodedCommand();

    /// <summary>Places where programs are made to start on their own.</summary>
    [GeneratedRegex(@"\\CurrentVersion\\Run(Once)?\b|Start Menu\\Programs\\Startup|shell:startup|schtasks(\.exe)?\s+/create|\bcrontab\b|/etc/cron|@reboot|/etc/rc\.local|[~/]\.bashrc\b|[~/]\.bash_profile\b|[~/]\.zshrc\b|[~/]\.profile\b|^\.(bashrc|bash_profile|zshrc|bash_login)$|\.config/autostart|LaunchAgents|LaunchDaemons|systemctl\s+(--user\s+)?enable|/etc/systemd/system|/etc/init\.d/|\\Microsoft\\Windows\\Start Menu|HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion|\.ssh[/\\]authorized_keys2?\b|(^|[/\\])(sitecustomize|usercustomize)\.py\b|\.git[/\\]hooks\b|/etc/cron\.(d|daily|hourly|weekly|monthly)\b|/var/spool/cron|\.config[/\\]systemd[/\\]user|systemd[/\\](system|user)[/\\][^\s/\\]+\.(service|timer)\b|/etc/profile\.d/|/etc/ld\.so\.preload|/etc/sudoers|\\Windows\\Start Menu\\Programs\\Startup|\bUserInit\b|Image File Execution Options", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Persistence();

    /// <summary>Credentials, browser, wallet and SSH files that stealers read.</summary>
    [GeneratedRegex(@"\.ssh([/\\](id_[a-z0-9]+|authorized_keys|known_hosts|config)|\b)|\.aws[/\\]credentials|\.pypirc|\.netrc\b|\.git-credentials|\.docker[/\\]config\.json|\.kube[/\\]config|Login Data|Local State|Web Data|[/\\]Cookies\b|Local Storage[/\\]leveldb|discord(canary|ptb)?[/\\]|Exodus[/\\]|Electrum[/\\]wallets|wallet\.dat|Ethereum[/\\]keystore|nkbihfbeogaeaoehlefnkodbefgpgknn|Atomic[/\\]Local Storage|Firefox[/\\]Profiles|key4\.db|logins\.json|/etc/shadow|\.bash_history|Telegram Desktop[/\\]tdata|\.config[/\\]gcloud|\.azure[/\\]|\.npmrc|\.gnupg|169\.254\.169\.254|metadata\.google\.internal|/latest/meta-data/iam|Google[/\\]Chrome[/\\]User Data|BraveSoftware|Microsoft[/\\]Edge[/\\]User Data", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex CredentialPath();

    /// <summary>The part of <see cref="CredentialPath"/> that only stealers send anywhere: wallets, browser profiles, messenger sessions, private keys (not tool credentials such as .pypirc or .netrc).</summary>
    [GeneratedRegex(@"Login Data|Local State|Web Data|Cookies|leveldb|discord|Exodus|Electrum|wallet\.dat|keystore|nkbihf|Atomic|Firefox|key4\.db|logins\.json|tdata|id_[a-z0-9]+|BraveSoftware|User Data", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex StealerTarget();

    /// <summary>Concrete webhook and bot endpoints with their secrets: a destination for stolen data.</summary>
    [GeneratedRegex(@"discord(app)?\.com/api/webhooks/\d{6,}/[\w-]{20,}|api\.telegram\.org/bot\d{5,}:[\w-]{20,}|hooks\.slack\.com/services/T\w+/B\w+/\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex ConcreteWebhook();

    /// <summary>Shell commands that send the environment, secrets or private files to a host (curl -d "$(env)", env | nc).</summary>
    [GeneratedRegex(@"\b(curl|wget)\b[^\n]{0,300}?(\s-d\b|\s--data(-binary|-urlencode|-raw)?\b|\s-F\b|\s--form\b|\s-T\b|\s--upload-file\b|\s--post-(data|file)\b)[^\n]{0,200}?(\$\(\s*(env|printenv|set|whoami|hostname|id|cat\s)|`\s*(env|printenv)|@/etc/passwd|@~?/?[^\s]*\.(ssh|aws)|\s~?[^\s]*/\.(ssh|aws|gnupg|kube|docker)/[^\s]*|\$\{?[A-Z_]*(TOKEN|SECRET|KEY|PASSWORD)\b)|\b(env|printenv|set)\s*\|\s*(curl|wget|nc|ncat|netcat)\b|\bcat\s+[^\n|]{0,80}(\.ssh/id_|\.aws/credentials|\.netrc|\.pypirc)[^\n|]{0,40}\|\s*(curl|nc|ncat|netcat)\b", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex CommandExfiltration();

    /// <summary>Request collectors, tunnels, paste and drop sites that exfiltration uses.</summary>
    [GeneratedRegex(@"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|webhook\.site|\bngrok(-free)?\.(io|app|dev)|\.ngrok\.io|pipedream\.net|\brequestbin\.|\.oast\.(fun|pro|live|site|online|me)\b|burpcollaborator\.net|oastify\.com|\binteract\.sh\b|requestcatcher\.com|pastebin\.com/raw|paste\.ee/r/|\btransfer\.sh\b|trycloudflare\.com|canarytokens\.com|dnslog\.cn|\bceye\.io|beeceptor\.com|hookbin\.com|\bpostb\.in|anonfiles\.com|\bgofile\.io|\btemp\.sh\b|bashupload\.com|\b0x0\.st\b|\bfile\.io\b|/api/webhooks/\d{6,}/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex CollectorEndpoint();

    /// <summary>URLs to a bare public IP address.</summary>
    [GeneratedRegex(@"\bhttps?://(?!127\.|0\.0\.0\.0|10\.|192\.168\.|169\.254\.)\d{1,3}(\.\d{1,3}){3}(:\d+)?", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex IpUrl();

    /// <summary>A base64 text long enough to hide a payload.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9+/\s]{40,}={0,2}\s*$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex Base64Text();

    /// <summary>
    /// Words (case-sensitive, for speed) without which no check can find anything in a file that runs only when called: calls that spawn, fetch,
    /// exec or decode, and the keywords of the string patterns. Matched case-sensitively for code and ignoring case for strings.
    /// </summary>
    // Running something: exec and eval, shells and processes, dynamic imports.
    internal static readonly string[] RunnersWords =
        ["exec(", "exec ", "eval(", "execfile", "'exec'", "\"exec\"", "'eval'", "\"eval\"", "system(", "popen", "Popen", "spawn", "subprocess", "__import__",
         "import_module", "__builtins__", "startfile", "ShellExecute", "chmod"];

    // Decoding and fetching: what turns data into code or brings it in.
    internal static readonly string[] SourcesWords =
        ["b64decode", "decodebytes", "decodestring", "b32decode", "b85decode", "a85decode", "unhexlify", "fromhex", "decompress", "marshal", "rot13", "rot_13", "chr(", "[::-1]", "decrypt",
         "socket", "urlopen", "urlretrieve", "requests", "httpx", "http.client", "httplib", "aiohttp", "pycurl", "websocket", "ftplib", "smtplib", "dns.resolver", "open_connection", "Web3"];

    // What stealers read.
    internal static readonly string[] SecretsWords =
        ["environ", "getenv", "getuser", "gethostname", "platform.node", "getlogin", ".ssh", ".aws", "credentials", ".pypirc", ".netrc", "Login Data", "Local State", "Cookies", "leveldb",
         "wallet", "Exodus", "Electrum", "keystore", "nkbihf", "Firefox", "key4.db", "logins.json", "/etc/shadow", "bash_history", "tdata", "gcloud", ".azure", ".npmrc", ".gnupg",
         "Chrome", "Brave", "169.254", "TOKEN", "SECRET", "PASSWORD", "ImageGrab", "screenshot", ".key.hex", "private_key"];

    /// <summary>Words without which no literal can name a credential, browser or wallet file (a cheap filter before <see cref="CredentialPath"/>).</summary>
    public static readonly Python.KeywordSet CredentialHints = new(
        [".ssh", ".aws", ".pypirc", ".netrc", "credentials", ".docker", ".kube", "Login Data", "Local State", "Web Data", "Cookies", "leveldb", "discord", "Exodus", "Electrum",
         "wallet", "keystore", "nkbihf", "Atomic", "Firefox", "key4.db", "logins.json", "shadow", "bash_history", "tdata", "gcloud", ".azure", ".npmrc", ".gnupg",
         "Chrome", "Brave", "Edge"],
        StringComparison.Ordinal);

    // Words of code that reads the clipboard: libraries, Win32 and Tk calls, and the shell tools that print it.
    private static readonly string[] ClipboardReadWords = ["pyperclip", "lipboard", "xclip", "xsel", "pbpaste", "wl-paste"];

    /// <summary>Words that clipboard code uses: libraries, Win32 and Tk calls, and the shell tools that read and write the clipboard.</summary>
    public static readonly SearchValues<string> ClipboardWords = SearchValues.Create([.. ClipboardReadWords, "pbcopy", "wl-copy"], StringComparison.Ordinal);

    /// <summary><see cref="ClipboardReadWords"/> as UTF-8, for files that are looked at without being decoded.</summary>
    private static readonly byte[][] ClipboardReadBytes = [.. ClipboardReadWords.Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>Whether UTF-8 text names a way to read the clipboard (the words are ASCII, so no decoding is needed).</summary>
    public static bool ReadsClipboard(ReadOnlySpan<byte> utf8)
    {
        foreach (var word in ClipboardReadBytes)
        {
            if (utf8.IndexOf(word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Strings that are findings on their own (download commands, reverse shells, persistence places, endpoints, shellcode).
    internal static readonly string[] StrongWords =
        ["dup2", "VirtualAlloc", "VirtualProtect", "curl ", "wget ", "Invoke-", "DownloadString", "DownloadFile", "certutil", "bitsadmin", "mshta", "XMLHTTP", "WinHttp", "/dev/tcp", "bash -i",
         "sh -i", "-e /bin/", "ncat -", "mkfifo", "socat", "TCPClient", "CurrentVersion", "Startup", "schtasks", "crontab", "/etc/cron", "@reboot", "rc.local", ".bashrc", ".bash_profile", ".zshrc",
         ".profile", "autostart", "LaunchAgents", "LaunchDaemons", "systemctl", "/etc/systemd", "webhook", "ngrok", "pipedream", "requestbin", "oast.", "burpcollaborator", "oastify", "interact.sh",
         "requestcatcher", "pastebin", "paste.ee", "transfer.sh", "trycloudflare", "canarytokens", "dnslog", "ceye.io", "beeceptor", "hookbin", "postb.in", "anonfiles", "gofile", "temp.sh",
         "bashupload", "0x0.st", "file.io", "api.telegram.org", "hooks.slack.com"];

    private static readonly Python.KeywordSet Runners = new(RunnersWords, StringComparison.Ordinal);
    private static readonly Python.KeywordSet Sources = new(SourcesWords, StringComparison.Ordinal);
    private static readonly Python.KeywordSet Secrets = new(SecretsWords, StringComparison.Ordinal);
    private static readonly Python.KeywordSet Strong = new(StrongWords, StringComparison.Ordinal);

    // The same four sets for one pass over a file's bytes: flags 1 strong, 2 sources, 4 runners, 8 secrets.
    private static readonly Python.AsciiKeywordScanner Keywords = new([StrongWords, SourcesWords, RunnersWords, SecretsWords]);
    private static readonly Func<int, bool> Enough = found => (found & 1) != 0 || ((found & 2) != 0 && (found & 12) != 0);

    private const string Base64Characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\\";
    private static readonly SearchValues<char> Base64Alphabet = SearchValues.Create(Base64Characters);
    private static readonly SearchValues<byte> Base64Bytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(Base64Characters));

    /// <summary>
    /// Whether a file that runs only when called could give any check something to report (case-sensitive, for speed):
    /// a strong string on its own, something that runs code together with something that decodes or fetches, a
    /// network call together with secrets, Unicode tricks, or a long base64 run.
    /// </summary>
    public static bool MayMatter(ReadOnlySpan<char> text)
    {
        var span = text;
        if (Strong.IsFoundIn(span))
        {
            return true;
        }

        var sources = Sources.IsFoundIn(span);
        if (sources && (Runners.IsFoundIn(span) || Secrets.IsFoundIn(span)))
        {
            return true;
        }

        // Unicode tricks: bidi controls, Cyrillic or Greek letters, full-width and mathematical letters (none in ASCII text).
        var nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007F');
        if (nonAscii >= 0 && HasUnicodeTricks(span[nonAscii..]))
        {
            return true;
        }

        // A packed blob: a run of 1,024 base64 characters.
        return HasRun(span, Base64Alphabet, 1024);
    }

    /// <summary>
    /// <see cref="MayMatter(ReadOnlySpan{char})"/> on the UTF-8 decoding of <paramref name="utf8"/> (invalid sequences replaced, no byte order
    /// mark), answered on the bytes: the keywords and the base64 alphabet are ASCII, and an ASCII byte decodes to itself wherever it
    /// is; only the bytes from the first non-ASCII one on are decoded, for the Unicode tricks.
    /// </summary>
    public static bool MayMatter(ReadOnlySpan<byte> utf8)
    {
        if (!Python.AsciiKeywordScanner.IsVectorized)
        {
            return Decoded(utf8, static text => MayMatter(text));
        }

        if (Enough(Keywords.Scan(utf8, Enough)))
        {
            return true;
        }

        var nonAscii = utf8.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (nonAscii >= 0 && Decoded(utf8[nonAscii..], static text => HasUnicodeTricks(text)))
        {
            return true;
        }

        return HasRun(utf8, Base64Bytes, 1024);
    }

    /// <summary>Answers <paramref name="test"/> on the UTF-8 decoding of <paramref name="utf8"/>, decoded into a pooled buffer.</summary>
    private static bool Decoded(ReadOnlySpan<byte> utf8, Func<ReadOnlySpan<char>, bool> test)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length)));
        try
        {
            var length = System.Text.Encoding.UTF8.GetChars(utf8, buffer);
            return test(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool HasUnicodeTricks(ReadOnlySpan<char> span) =>
        span.IndexOfAnyInRange('\u0370', '\u04FF') >= 0 || span.IndexOfAnyInRange('\u202A', '\u202E') >= 0 || span.IndexOfAnyInRange('\u2066', '\u2069') >= 0 ||
        span.IndexOfAnyInRange('\uFF00', '\uFFEF') >= 0 || span.IndexOf('\uD835') >= 0;

    /// <summary>
    /// Whether <paramref name="span"/> holds a run of at least <paramref name="length"/> characters from <paramref name="set"/>.
    /// Looks at the last character of each candidate window and steps back only to the last character outside the set, so
    /// ordinary text costs about one probe per window rather than one search per word.
    /// </summary>
    internal static bool HasRun<T>(ReadOnlySpan<T> span, SearchValues<T> set, int length)
        where T : IEquatable<T>
    {
        var start = 0;
        while (start + length <= span.Length)
        {
            var window = span.Slice(start, length);
            var outside = window.LastIndexOfAnyExcept(set);
            if (outside < 0)
            {
                return true;
            }

            start += outside + 1;
        }

        return false;
    }

    /// <summary>Keywords that must appear somewhere in a file for any string check to look closer.</summary>
    public static readonly Python.KeywordSet StringKeywords = new(
        ["curl", "wget", "download", "iex", "invoke-", "certutil", "bitsadmin", "mshta", "/dev/tcp", "bash", "sh -i", "nc ", "ncat", "mkfifo", "socat", "tcpclient",
         "currentversion", "startup", "schtasks", "cron", "@reboot", "rc.local", ".bashrc", "profile", ".zshrc", "autostart", "launch", "systemctl", "systemd", "init.d",
         ".ssh", ".aws", ".pypirc", ".netrc", "credentials", ".docker", ".kube", "login data", "local state", "web data", "cookies", "leveldb", "discord", "exodus",
         "electrum", "wallet", "ethereum", "nkbihf", "atomic", "firefox", "key4.db", "logins.json", "shadow", "history", "telegram", "gcloud", ".azure", ".npmrc", ".gnupg",
         "chrome", "brave", "edge", "webhook", "ngrok", "pipedream", "requestbin", "oast", "burp", "interact.sh", "requestcatcher", "paste", "transfer.sh",
         "trycloudflare", "canarytokens", "dnslog", "ceye", "beeceptor", "hookbin", "postb.in", "anonfiles", "gofile", "temp.sh", "bashupload", "0x0.st", "file.io",
         "slack.com", "http://", "https://", "169.254", "metadata", "xmlhttp", "exec", "sitecustomize", "usercustomize", ".git", "printenv", "authorized_keys", "sudoers", "ld.so.preload"],
        StringComparison.OrdinalIgnoreCase);
}
