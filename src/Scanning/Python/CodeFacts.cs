namespace Bonded.Scanning.Python;

/// <summary>When a piece of code runs, from least to most exposed.</summary>
internal enum CodeContext
{
    /// <summary>Tests, docs and examples: never run by installing or importing.</summary>
    Ancillary,

    /// <summary>Inside a function nothing calls at load: runs only when the user's program calls it.</summary>
    Runtime,

    /// <summary>The module level of an ordinary module: runs when the module is imported.</summary>
    ModuleLevel,

    /// <summary>Runs when the package is imported (<c>__init__.py</c> at load, <c>.pth</c>).</summary>
    ImportTime,

    /// <summary>Runs when the package is installed (<c>setup.py</c>, build hooks).</summary>
    InstallTime,
}

/// <summary>The calls of one module sorted into what they do (spawn, network, exec, decode), and simple data flow.</summary>
internal sealed partial class CodeFacts
{
    private static readonly HashSet<string> SpawnCalls = new(StringComparer.Ordinal)
    {
        "subprocess.Popen", "subprocess.call", "subprocess.run", "subprocess.check_call", "subprocess.check_output", "subprocess.getoutput",
        "subprocess.getstatusoutput", "os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "os.execl", "os.execle", "os.execlp",
        "os.execlpe", "os.execv", "os.execve", "os.execvp", "os.execvpe", "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv",
        "os.spawnve", "os.spawnvp", "os.spawnvpe", "os.startfile", "os.posix_spawn", "os.posix_spawnp", "pty.spawn", "commands.getoutput",
        "commands.getstatusoutput", "asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec", "platform.popen", "popen2.popen2",
        "ctypes.windll.shell32.ShellExecuteW", "ctypes.windll.shell32.ShellExecuteA", "win32api.ShellExecute", "win32process.CreateProcess",
    };

    private static readonly HashSet<string> NetworkCalls = new(StringComparer.Ordinal)
    {
        "urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.urlopen", "urllib.urlretrieve", "urllib2.urlopen", "urllib.request.Request",
        "urllib2.Request", "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.head", "requests.request",
        "requests.Session", "requests.session", "httpx.get", "httpx.post", "httpx.put", "httpx.request", "httpx.Client", "httpx.AsyncClient", "httpx.stream",
        "http.client.HTTPConnection", "http.client.HTTPSConnection", "httplib.HTTPConnection", "httplib.HTTPSConnection", "socket.socket",
        "socket.create_connection", "aiohttp.ClientSession", "aiohttp.request", "urllib3.PoolManager", "urllib3.request", "ftplib.FTP", "ftplib.FTP_TLS",
        "smtplib.SMTP", "smtplib.SMTP_SSL", "telnetlib.Telnet", "pycurl.Curl", "wget.download", "dns.resolver.resolve", "dns.resolver.query",
        "socket.gethostbyname", "socket.getaddrinfo", "websocket.create_connection", "paramiko.SSHClient", "discord_webhook.DiscordWebhook",
        "dhooks.Webhook", "telebot.TeleBot", "urllib.request.build_opener", "urllib2.build_opener", "xmlrpc.client.ServerProxy", "xmlrpclib.ServerProxy", "asyncio.open_connection",
        "websockets.connect", "imaplib.IMAP4", "imaplib.IMAP4_SSL", "poplib.POP3", "poplib.POP3_SSL", "nntplib.NNTP", "socket.gethostbyname_ex", "socket.gethostbyaddr",
        "dns.resolver.Resolver", "ssl.wrap_socket", "tornado.httpclient.HTTPClient", "tornado.httpclient.AsyncHTTPClient", "grequests.get", "grequests.post", "treq.get", "treq.post",
        "web3.Web3.HTTPProvider", "web3.HTTPProvider", "web3.Web3.WebsocketProvider", "web3.Web3.LegacyWebSocketProvider",
    };

    private static readonly HashSet<string> ExecCalls = new(StringComparer.Ordinal)
    {
        "exec", "eval", "execfile", "compile", "builtins.exec", "builtins.eval", "builtins.compile", "__builtin__.eval", "__builtin__.execfile",
        "__builtins__.exec", "__builtins__.eval", "types.FunctionType", "runpy.run_path", "runpy._run_code",
    };

    private static readonly HashSet<string> DecoderNames = new(StringComparer.Ordinal)
    {
        "b64decode", "b32decode", "b16decode", "b85decode", "a85decode", "urlsafe_b64decode", "standard_b64decode", "decodebytes", "decodestring",
        "unhexlify", "a2b_hex", "a2b_base64", "fromhex", "decompress", "decrypt", "rot13",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DecoderNamesBySpan = DecoderNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SensitiveCalls = new(StringComparer.Ordinal)
    {
        "getpass.getuser", "socket.gethostname", "platform.node", "os.getlogin", "platform.uname", "os.uname", "uuid.getnode", "platform.platform",
        "socket.getfqdn", "os.getcwd",
    };

    // Names assigned from decoded, downloaded or sensitive data, by scope (the function index, -1 for module level).
    private readonly ScopedNames decodedNames = new();
    private readonly ScopedNames downloadedNames = new();
    private readonly ScopedNames sensitiveNames = new();

    public CodeFacts(PackageFile file, PythonModule module)
    {
        File = file;
        Module = module;
        MarkMoreLoadTimeCode();
        foreach (var call in module.Calls)
        {
            Classify(call);
        }

        ResolveIndirectCalls();
        NoteCallKinds();

        // Two rounds of propagation through bindings: x = b64decode(...); y = x + ...; exec(y). The second round sees
        // what the first added; when it added nothing, it would find nothing either.
        foreach (var (name, start, end, lineIndex) in Bindings)
        {
            var key = (name, module.LineFunction[lineIndex]);
            if (!decodedNames.Contains(key) && IsObfuscated(start, end))
            {
                decodedNames.Add(key);
            }

            if (!downloadedNames.Contains(key) && IsDownloaded(start, end))
            {
                downloadedNames.Add(key);
            }

            if (!sensitiveNames.Contains(key) && IsSensitiveData(start, end))
            {
                sensitiveNames.Add(key);
            }

            if (!dataFileNames.Contains(key) && IsDataFileRead(start, end))
            {
                dataFileNames.Add(key);
            }

            if (!outsideNames.Contains(key) && IsOutsidePath(start, end))
            {
                outsideNames.Add(key);
            }
        }

        if (decodedNames.Count + downloadedNames.Count + sensitiveNames.Count + dataFileNames.Count + outsideNames.Count > 0)
        {
            // A binding the second round looks at again was looked at in the first and matched nothing then: only what
            // depends on the tainted names (which have grown since) can change its answer.
            foreach (var (name, start, end, lineIndex) in Bindings)
            {
                var key = (name, module.LineFunction[lineIndex]);
                if (!decodedNames.Contains(key) && (NameIn(decodedNames, start, end) || NameIn(dataFileNames, start, end)))
                {
                    decodedNames.Add(key);
                }

                if (!downloadedNames.Contains(key) && NameIn(downloadedNames, start, end))
                {
                    downloadedNames.Add(key);
                }

                if (!sensitiveNames.Contains(key) && SensitiveNameIn(start, end))
                {
                    sensitiveNames.Add(key);
                }

                if (!dataFileNames.Contains(key) && NameIn(dataFileNames, start, end))
                {
                    dataFileNames.Add(key);
                }

                if (!outsideNames.Contains(key) && NameIn(outsideNames, start, Math.Min(end, start + 64)))
                {
                    outsideNames.Add(key);
                }
            }
        }

        MarkSensitiveFunctions();
        MarkDataFileFunctions();
        MarkFetchingFunctions();
    }

    /// <summary>Whether a token in [start, end) is a plain name from <paramref name="names"/>.</summary>
    private bool NameIn(ScopedNames names, int start, int end)
    {
        if (names.Count == 0)
        {
            return false;
        }

        end = Math.Min(end, Module.Tokens.Count);
        for (var t = start; t < end; t++)
        {
            if (HasName(names, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of <see cref="IsSensitiveData"/> that depends on the names holding sensitive data.</summary>
    private bool SensitiveNameIn(int start, int end)
    {
        if (sensitiveNames.Count == 0)
        {
            return false;
        }

        var m = Module;
        end = Math.Min(end, m.Tokens.Count);
        for (var t = start; t < end; t++)
        {
            if ((m.Tokens[t].Kind == TokenKind.String && FStringRevealsHost(t)) || HasName(sensitiveNames, t))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the module has any call of a kind (NoteCallKinds); true until the constructor has seen them all.
    private bool decodingCalls = true;
    private bool fetchCalls = true;
    private bool dataFileCalls = true;
    private bool sensitiveCalls = true;
    private List<(int Token, string Value, bool Decoded)>? literals;
    private bool? hasKeywords;

    public PackageFile File { get; }

    /// <summary>Whether the file mentions any keyword of the string patterns (a cheap filter before the regular expressions).</summary>
    public bool HasStringKeywords => hasKeywords ??= Checks.Patterns.StringKeywords.IsFoundIn(Module.Text) || Literals.Exists(l => l.Decoded);

    /// <summary>
    /// The string literals that are code (not docstrings or bare strings), adjacent literals joined, plus the decoded text of
    /// base64 literals that decode to readable text.
    /// </summary>
    public List<(int Token, string Value, bool Decoded)> Literals => literals ??= CollectLiterals();

    private List<(int Token, string Value, bool Decoded)> CollectLiterals()
    {
        var list = new List<(int, string, bool)>();
        var m = Module;
        var tokens = m.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind != TokenKind.String || m.IsBareString(t))
            {
                continue;
            }

            var first = t;
            var value = m.StringValue(t);
            while (t + 1 < tokens.Count && (tokens[t + 1].Kind == TokenKind.String || (tokens[t + 1].Kind == TokenKind.NonLogicalNewline && t + 2 < tokens.Count && tokens[t + 2].Kind == TokenKind.String)))
            {
                t += tokens[t + 1].Kind == TokenKind.String ? 1 : 2;
                value += m.StringValue(t);
            }

            list.Add((first, value, false));
            if (value.Length >= 40 && value.Length <= 1 << 20 && Checks.Patterns.Base64Text().IsMatch(value))
            {
                var decoded = TryDecodeBase64Text(value);
                if (decoded is not null)
                {
                    list.Add((first, decoded, true));
                }
            }
            else if (value.Length >= 60 && value.Contains(" -e", StringComparison.OrdinalIgnoreCase) && Checks.Patterns.EncodedCommand().Match(value) is { Success: true } encoded &&
                TryDecodeBase64Text(encoded.Groups[1].Value) is { } command)
            {
                // powershell -nop -w hidden -enc <base64 of UTF-16LE>: the command line hides the script it runs.
                list.Add((first, command, true));
            }
        }

        AddFoldedLiterals(list);
        return list;
    }

    /// <summary>Decodes base64 that holds mostly printable text; null otherwise.</summary>
    internal static string? TryDecodeBase64Text(string value)
    {
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length % 4 != 0)
        {
            compact = compact.PadRight(compact.Length + (4 - (compact.Length % 4)), '=');
        }

        var buffer = new byte[compact.Length * 3 / 4];
        if (!Convert.TryFromBase64String(compact, buffer, out var written) || written == 0)
        {
            return null;
        }

        // PowerShell's -EncodedCommand is base64 of UTF-16LE text: every other byte zero.
        if (written >= 8 && written % 2 == 0 && IsUtf16Ascii(buffer.AsSpan(0, written)))
        {
            return System.Text.Encoding.Unicode.GetString(buffer, 0, written);
        }

        var printable = 0;
        for (var i = 0; i < written; i++)
        {
            var b = buffer[i];
            if (b is >= 0x20 and < 0x7f or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                printable++;
            }
        }

        return printable >= written * 0.95 ? System.Text.Encoding.ASCII.GetString(buffer, 0, written) : null;
    }

    private static bool IsUtf16Ascii(ReadOnlySpan<byte> bytes)
    {
        var printable = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i + 1] != 0)
            {
                return false;
            }

            var b = bytes[i];
            if (b is >= 0x20 and < 0x7f or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                printable++;
            }
        }

        return printable >= bytes.Length / 2 * 0.95;
    }

    public PythonModule Module { get; }

    public List<Call> Spawns { get; } = [];

    public List<Call> Network { get; } = [];

    public List<Call> Execs { get; } = [];

    // ctypes.CDLL("libc.so.6").system(...), cdll.LoadLibrary(...).system(...): libc's system() through ctypes.
    public static bool IsSpawn(string name) => SpawnCalls.Contains(name) || SpawnPattern(name);

    private static bool SpawnPattern(string name) => name is "().system" or "libc.system" or "ctypes.cdll.msvcrt.system" or "ctypes.CDLL().system";

    public static bool IsNetwork(string name) => NetworkCalls.Contains(name) || NetworkPattern(name);

    // A method of a network object (requests.Session().get), or urlopen / urlretrieve under any module.
    private static bool NetworkPattern(string name) =>
        (name.IndexOf("().", StringComparison.Ordinal) is var method and > 0 && NetworkCalls.Contains(name[..method])) || name.EndsWith(".urlopen", StringComparison.Ordinal) || name.EndsWith(".urlretrieve", StringComparison.Ordinal);

    /// <summary>What a call's name is: <see cref="IsSpawn"/>, <see cref="IsNetwork"/>, <see cref="IsExec"/>, <see cref="IsDeserializer"/> and <see cref="IsSensitiveCall"/> in one lookup.</summary>
    private static NameKinds KindsOf(string name)
    {
        var kinds = NameTable.Kinds.GetValueOrDefault(name);
        if (SpawnPattern(name))
        {
            kinds |= NameKinds.Spawn;
        }

        if ((kinds & NameKinds.Network) == 0 && NetworkPattern(name))
        {
            kinds |= NameKinds.Network;
        }

        if ((kinds & NameKinds.Deserialize) == 0 && name.EndsWith(".unsafe_load", StringComparison.Ordinal))
        {
            kinds |= NameKinds.Deserialize;
        }

        return kinds;
    }

    public static bool IsDecoder(string name)
    {
        var dot = name.LastIndexOf('.');
        var last = dot < 0 ? name.AsSpan() : name.AsSpan(dot + 1);
        return DecoderNamesBySpan.Contains(last) || name is "marshal.loads" or "pickle.loads" or "cPickle.loads" or "dill.loads" or "codecs.decode" or "zlib.decompress";
    }

    public static bool IsExec(string name) => ExecCalls.Contains(name);

    public static bool IsSensitiveCall(string name) => SensitiveCalls.Contains(name);

    /// <summary>When the code on a logical line runs.</summary>
    public CodeContext ContextOf(int lineIndex)
    {
        if (File.IsAncillary)
        {
            return CodeContext.Ancillary;
        }

        return File.Phase switch
        {
            ExecutionPhase.Install => CodeContext.InstallTime,
            ExecutionPhase.Import => Module.RunsAtLoad(lineIndex) ? CodeContext.ImportTime : CodeContext.Runtime,
            // A module the package's import-time code imports at load runs its top level at import time too.
            _ => Module.RunsAtLoad(lineIndex) ? (File.ImportedAtLoad ? CodeContext.ImportTime : CodeContext.ModuleLevel) : CodeContext.Runtime,
        };
    }

    public CodeContext ContextOf(Call call) => ContextOf(call.LineIndex);

    /// <summary>Whether the tokens in [start, end) hold decoded or obfuscated data: a decoder call, a reversed slice, chr joins, or a name assigned from one.</summary>
    public bool IsObfuscated(int start, int end) => ObfuscationIn(start, end, direct: false) is not null;

    /// <summary>Describes the obfuscation in [start, end), or null.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="end">The token after the last.</param>
    /// <param name="direct">Whether the range is the argument of a sink itself (any reversal counts) rather than an assignment (only reversed literals count).</param>
    public string? ObfuscationIn(int start, int end, bool direct = true)
    {
        var m = Module;
        var tokens = m.Tokens;
        end = Math.Min(end, tokens.Count);
        if (decodingCalls)
        {
            foreach (var call in m.CallsIn(start, end))
            {
                if (DecodingCall(call) is { } decoding)
                {
                    return decoding;
                }
            }
        }

        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Name)
            {
                var text = m.TokenText(t);
                if (text is "chr" or "bytes" or "bytearray" or "reversed" or "for")
                {
                    if (text.SequenceEqual("chr") && (IsChar(t + 1, '(') || (IsChar(t - 1, '(') && m.Is(t - 2, "map"))) && HasJoinOrMap(start, end))
                    {
                        return "chr() joins";
                    }

                    // bytes([105, 109, ...]): code spelled as a list of byte values.
                    if ((text.SequenceEqual("bytes") || text.SequenceEqual("bytearray")) && IsChar(t + 1, '(') && IsChar(t + 2, '[') && NumberRun(t + 3, end) >= 8)
                    {
                        return "bytes spelled as numbers";
                    }

                    if (direct && text.SequenceEqual("reversed") && IsChar(t + 1, '('))
                    {
                        return "a reversed string (reversed())";
                    }

                    // bytes(b ^ 0x33 for b in b'...'): a generator that XORs constant data.
                    if (text.SequenceEqual("for") && HasXor(start, end))
                    {
                        return "XOR-decoded bytes";
                    }
                }

                if (HasName(dataFileNames, t))
                {
                    return "code hidden in a data file (" + text.ToString() + ")";
                }

                if (HasName(decodedNames, t))
                {
                    return "a decoded value (" + text.ToString() + ")";
                }
            }
            else if (token.Kind == TokenKind.Operator && IsChar(t, '[') && IsChar(t + 1, ':') && IsChar(t + 2, ':') && IsChar(t + 3, '-') && IsChar(t + 4, '1') && t > 0 && (direct || tokens[t - 1].Kind == TokenKind.String || (m.Is(t - 1, ")") && m.Match(t - 1) > 0 && tokens[m.Match(t - 1) + 1].Kind == TokenKind.String)))
            {
                return "a reversed string ([::-1])";
            }
        }

        return null;
    }

    /// <summary>Describes a call that decodes its data (a decoder, a read of a data file, a codec's decode), or null.</summary>
    private string? DecodingCall(Call call)
    {
        var m = Module;
        if (IsDecoder(call.Name))
        {
            return call.Name;
        }

        if (CallsDataFileFunction(call))
        {
            return "code hidden in a data file (" + call.Name + "())";
        }

        if (ReadsDataFile(call))
        {
            return "code hidden in a data file (" + Names.Excerpt(m.StringsIn(call.OpenParen, call.CloseParen), 40) + ")";
        }

        // x.decode('rot13'|'hex'|'base64'|'zlib') in Python 2 and codecs.
        if (call.Name.EndsWith("decode", StringComparison.Ordinal) && call.OpenParen + 1 < m.Tokens.Count && m.Tokens[call.OpenParen + 1].Kind == TokenKind.String)
        {
            var codec = m.StringValue(call.OpenParen + 1).ToLowerInvariant();
            if (codec is "rot13" or "rot_13" or "hex" or "base64" or "zlib" or "bz2" or "uu")
            {
                return $"decode('{codec}')";
            }
        }

        return null;
    }

    private int NumberRun(int start, int end)
    {
        var count = 0;
        for (var t = start; t < end && (Module.Tokens[t].Kind == TokenKind.Number || Module.Is(t, ",") || Module.Tokens[t].Kind == TokenKind.NonLogicalNewline); t++)
        {
            count += Module.Tokens[t].Kind == TokenKind.Number ? 1 : 0;
        }

        return count;
    }

    private bool HasXor(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (Module.Tokens[t].Kind == TokenKind.Operator && Module.Is(t, "^"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasJoinOrMap(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (Module.Tokens[t].Kind == TokenKind.Name && (Module.Is(t, "join") || Module.Is(t, "map") || Module.Is(t, "bytes") || Module.Is(t, "bytearray")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) holds a matching call or a name from <paramref name="names"/>.</summary>
    public bool RangeHas(int start, int end, Func<Call, bool> predicate, ScopedNames? names = null)
    {
        foreach (var call in Module.CallsIn(start, end))
        {
            if (predicate(call))
            {
                return true;
            }
        }

        foreach (var call in ResolvedCalls)
        {
            if (call.NameToken >= start && call.NameToken < end && predicate(call))
            {
                return true;
            }
        }

        if (names is { Count: > 0 })
        {
            for (var t = start; t < end && t < Module.Tokens.Count; t++)
            {
                if (HasName(names, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="t"/> is a plain name tainted in its own scope or at module level.</summary>
    private bool HasName(ScopedNames names, int t)
    {
        var m = Module;
        if (names.Count == 0 || m.Tokens[t].Kind != TokenKind.Name || m.Is(t - 1, ".") || !names.TryGetName(m.TokenText(t), out var name))
        {
            return false;
        }

        return names.Contains((name, m.LineFunction[m.LineOfToken[t]])) || names.Contains((name, -1));
    }

    /// <summary>Names bound in a scope (the function index, -1 for module level), found by a token's text without allocating.</summary>
    public sealed class ScopedNames : IEnumerable<(string Name, int Scope)>
    {
        private readonly HashSet<(string Name, int Scope)> bindings = [];
        private readonly HashSet<string> names = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> byText;

        public ScopedNames() => byText = names.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Count => bindings.Count;

        public bool Add((string Name, int Scope) binding)
        {
            names.Add(binding.Name);
            return bindings.Add(binding);
        }

        public bool Contains((string Name, int Scope) binding) => bindings.Contains(binding);

        /// <summary>The stored name spelled <paramref name="text"/>, if any scope binds it.</summary>
        public bool TryGetName(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? name) => byText.TryGetValue(text, out name);

        public IEnumerator<(string Name, int Scope)> GetEnumerator() => bindings.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A call whose result is fetched from the network: a network call, or the output of curl/wget printing to stdout.</summary>
    private bool IsFetch(Call call)
    {
        if (IsNetwork(call.Name) || CallsFetchingFunction(call))
        {
            return true;
        }

        if (!IsSpawn(call.Name))
        {
            return false;
        }

        var m = Module;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.String)
            {
                var command = m.StringValue(t).Trim();
                var word = command.Split(' ', 2)[0];
                return word is "curl" or "wget" && !command.Contains(" -o", StringComparison.Ordinal) && !command.Contains(" -O ", StringComparison.Ordinal) && !command.Contains("--output", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) holds downloaded data: a network call or a name assigned from one.</summary>
    public bool IsDownloaded(int start, int end) => fetchCalls ? RangeHas(start, end, IsFetch, downloadedNames) : NameIn(downloadedNames, start, end);

    /// <summary>Whether [start, end) holds the whole environment, host identity, or a name assigned from them.</summary>
    public bool IsSensitiveData(int start, int end)
    {
        var m = Module;
        for (var t = start; t < end && t < m.Tokens.Count; t++)
        {
            if (m.Tokens[t].Kind == TokenKind.String && FStringRevealsHost(t))
            {
                return true;
            }

            if (m.Tokens[t].Kind != TokenKind.Name)
            {
                continue;
            }

            // A secret read by name: os.environ["GITHUB_TOKEN"], os.getenv("AWS_SECRET_ACCESS_KEY").
            if ((m.Is(t, "environ") || m.Is(t, "getenv")) && t + 4 < m.Tokens.Count &&
                ((m.Tokens[t + 2].Kind == TokenKind.String && SecretName(m.StringValue(t + 2))) || (m.Is(t + 1, ".") && m.Is(t + 2, "get") && m.Tokens[t + 4].Kind == TokenKind.String && SecretName(m.StringValue(t + 4)))))
            {
                return true;
            }

            // A wallet's private key: account.key.hex(), account.private_key, wallet.privateKey.
            if (m.Is(t - 1, ".") && (m.Is(t, "private_key") || m.Is(t, "privateKey") || (m.Is(t, "key") && m.Is(t + 1, ".") && m.Is(t + 2, "hex"))))
            {
                return true;
            }

            // os.environ as a whole (not os.environ.get / os.environ[...]).
            if (m.Is(t, "environ") && m.Is(t - 1, ".") && !m.Is(t + 1, "[") && !(m.Is(t + 1, ".") && (m.Is(t + 2, "get") || m.Is(t + 2, "setdefault") || m.Is(t + 2, "pop"))))
            {
                return true;
            }

            if (HasName(sensitiveNames, t))
            {
                return true;
            }
        }

        // Credential, browser and wallet files (their paths, or what is read from them).
        if (CredentialTokens.Count > 0)
        {
            for (var t = start; t < end && t < m.Tokens.Count; t++)
            {
                if (CredentialTokens.Contains(t))
                {
                    return true;
                }
            }
        }

        // Local functions returning secrets are known only once MarkSensitiveFunctions has run (after NoteCallKinds).
        return (sensitiveCalls || sensitiveFunctions.Count > 0) && RangeHas(start, end, call => RevealsSensitiveData(call) || CallsSensitiveFunction(call));
    }

    /// <summary>A call that returns the host's identity or runs a command that prints it or its secrets.</summary>
    private bool RevealsSensitiveData(Call call) => KindsOf(call.Name) is var kinds && ((kinds & NameKinds.Sensitive) != 0 || ((kinds & NameKinds.Spawn) != 0 && RevealsHost(call)));

    /// <summary>
    /// Notes which kinds of call the module has at all (decoders, fetches, data-file reads, calls revealing the host), so
    /// that ranges in a module without any skip looking at their calls. Until noted, every kind counts as present.
    /// </summary>
    private void NoteCallKinds()
    {
        // Every call that starts a process, of the module or resolved, is in Spawns.
        bool decoding = false, dataFile = false, sensitive = Spawns.Exists(RevealsHost);
        foreach (ref readonly var call in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Module.Calls))
        {
            var reads = ReadsDataFile(call);
            dataFile |= reads;
            decoding = decoding || reads || DecodingCall(call) is not null;
            sensitive = sensitive || IsSensitiveCall(call.Name);
        }

        foreach (ref readonly var call in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ResolvedCalls))
        {
            dataFile = dataFile || ReadsDataFile(call);
            sensitive = sensitive || IsSensitiveCall(call.Name);
        }

        decodingCalls = decoding;
        dataFileCalls = dataFile;
        sensitiveCalls = sensitive;
        fetchCalls = Spawns.Exists(IsFetch) || Network.Exists(IsFetch);
    }

    /// <summary>Whether a process call runs a command whose output describes the host or its secrets (env, whoami, ipconfig, cat ~/.ssh/...).</summary>
    private bool RevealsHost(Call call)
    {
        var m = Module;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (m.Tokens[t].Kind != TokenKind.String)
            {
                continue;
            }

            var command = m.StringValue(t).Trim();
            var word = command.Split(' ', 2)[0];
            return word is "env" or "printenv" or "set" or "whoami" or "hostname" or "id" or "ipconfig" or "ifconfig" or "systeminfo" or "uname" ||
                (word is "cat" or "type" && Checks.Patterns.CredentialPath().IsMatch(command));
        }

        return false;
    }

    /// <summary>Whether an f-string's replacement fields read the environment, the host's identity or a name holding them: f"...?d={os.environ}".</summary>
    private bool FStringRevealsHost(int token)
    {
        var m = Module;
        var t = m.Tokens[token];
        if (!m.Text.AsSpan(t.Start, t.PrefixLength).ContainsAny('f', 'F'))
        {
            return false;
        }

        var text = m.Text.AsSpan(t.Start, t.Length);
        var open = text.IndexOf('{');
        while (open >= 0 && open + 1 < text.Length)
        {
            var close = text[open..].IndexOf('}');
            if (close < 0)
            {
                return false;
            }

            var field = text.Slice(open + 1, close - 1);
            // The whole environment, or a secret-named variable; a variable read by an ordinary name (a URL's host) is not.
            var environment = field.Contains("environ", StringComparison.Ordinal) && !field.Contains("environ[", StringComparison.Ordinal) && !field.Contains("environ.get(", StringComparison.Ordinal);
            var secret = (field.Contains("environ", StringComparison.Ordinal) || field.Contains("getenv", StringComparison.Ordinal)) && SecretName(field.ToString());
            if (environment || secret || field.Contains("gethostname", StringComparison.Ordinal) ||
                field.Contains("getuser", StringComparison.Ordinal) || field.Contains("getlogin", StringComparison.Ordinal) || field.Contains("platform.node", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (var (name, scope) in sensitiveNames)
            {
                if ((scope < 0 || scope == m.LineFunction[m.LineOfToken[token]]) && field.Trim().SequenceEqual(name))
                {
                    return true;
                }
            }

            var next = text[(open + close)..].IndexOf('{');
            open = next < 0 ? -1 : open + close + next;
        }

        return false;
    }

    /// <summary>Whether an environment variable's name says it holds a secret.</summary>
    internal static bool SecretName(string name) =>
        name.Contains("TOKEN", StringComparison.OrdinalIgnoreCase) || name.Contains("SECRET", StringComparison.OrdinalIgnoreCase) ||
        name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || name.Contains("API_KEY", StringComparison.OrdinalIgnoreCase) ||
        name.Contains("ACCESS_KEY", StringComparison.OrdinalIgnoreCase) || name.Contains("CREDENTIAL", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a network call carries sensitive data out: in its arguments, or for DNS lookups, encoded into a name under a literal domain.</summary>
    public bool SendsSensitiveData(Call call)
    {
        // An SSH connection authenticates with the user's name and keys by design: handing them to it sends nothing away.
        if (call.Name.StartsWith("paramiko.", StringComparison.Ordinal) || call.Name.StartsWith("asyncssh.", StringComparison.Ordinal) || call.Name.Contains("SSHClient", StringComparison.Ordinal))
        {
            return false;
        }

        if (!IsSensitiveData(call.OpenParen, call.CloseParen))
        {
            return false;
        }

        if (call.Name is "socket.gethostbyname" or "socket.gethostbyname_ex" or "socket.gethostbyaddr" or "socket.getaddrinfo" or "dns.resolver.resolve" or "dns.resolver.query" ||
            call.Name.StartsWith("dns.resolver.Resolver().", StringComparison.Ordinal))
        {
            // The host's own name under a local suffix is a normal self-lookup; under a public domain it carries data out.
            var domain = Module.StringsIn(call.OpenParen, call.CloseParen).Trim();
            return domain.Contains('.', StringComparison.Ordinal) && !domain.EndsWith(".local", StringComparison.OrdinalIgnoreCase) && !domain.EndsWith(".localdomain", StringComparison.OrdinalIgnoreCase) &&
                !domain.EndsWith(".lan", StringComparison.OrdinalIgnoreCase) && !domain.EndsWith(".internal", StringComparison.OrdinalIgnoreCase) && !domain.EndsWith(".home", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }
}
