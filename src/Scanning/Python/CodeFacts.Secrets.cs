namespace Bonded.Scanning.Python;

/// <summary>
/// Secrets beyond the environment: data read from credential, browser and wallet files, functions that return secrets
/// (<c>data = _snapshot()</c>), and DNS lookups of names built from encoded data.
/// </summary>
internal sealed partial class CodeFacts
{
    private static readonly HashSet<string> DnsLookups = new(StringComparer.Ordinal)
    {
        "socket.gethostbyname", "socket.gethostbyname_ex", "socket.getaddrinfo", "socket.gethostbyaddr", "dns.resolver.resolve", "dns.resolver.query",
    };

    private static readonly HashSet<string> Encoders = new(StringComparer.Ordinal)
    {
        "b32encode", "b64encode", "urlsafe_b64encode", "standard_b64encode", "b16encode", "b85encode", "a85encode", "b32hexencode", "hexlify", "b2a_hex",
        "encodebytes", "hex",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EncodersBySpan = Encoders.GetAlternateLookup<ReadOnlySpan<char>>();

    private HashSet<int>? credentialTokens;
    private ScopedNames? encodedNames;

    /// <summary>Local functions whose return value holds the environment, host identity or credential files' contents.</summary>
    private readonly HashSet<string> sensitiveFunctions = new(StringComparer.Ordinal);

    /// <summary>
    /// The tokens of literals (folded ones too) naming credential, browser or wallet files; only in modules that talk to the
    /// network or start processes, where such data can leave.
    /// </summary>
    private HashSet<int> CredentialTokens => credentialTokens ??= CollectCredentialTokens();

    private HashSet<int> CollectCredentialTokens()
    {
        var set = new HashSet<int>();
        if ((Network.Count == 0 && Spawns.Count == 0) || !Checks.Patterns.CredentialHints.IsFoundIn(Module.Text))
        {
            return set;
        }

        foreach (var (token, value, _) in Literals)
        {
            // The metadata service's address is where a request goes, not data it carries.
            if (Checks.Patterns.CredentialPath().Match(value) is { Success: true } match && !match.Value.StartsWith("169.254", StringComparison.Ordinal) && !match.Value.StartsWith("metadata", StringComparison.Ordinal) && !match.Value.StartsWith("/latest", StringComparison.Ordinal))
            {
                set.Add(token);
            }
        }

        return set;
    }

    /// <summary>Calls that capture the screen: what a spy sends along with keystrokes.</summary>
    private static bool IsScreenCapture(string name) =>
        name is "PIL.ImageGrab.grab" or "ImageGrab.grab" or "pyautogui.screenshot" or "pyscreenshot.grab" or "mss.mss().grab" or "mss.mss().shot" || name.EndsWith("ImageGrab.grab", StringComparison.Ordinal);

    /// <summary>Whether a local call returns secrets: <c>_snapshot()</c> where <c>_snapshot</c> returns the environment.</summary>
    private bool CallsSensitiveFunction(Call call)
    {
        if (sensitiveFunctions.Count == 0)
        {
            return false;
        }

        var name = call.Name;
        return sensitiveFunctions.Contains(name.StartsWith("self.", StringComparison.Ordinal) ? name[5..] : name);
    }

    /// <summary>
    /// Marks the functions whose <c>return</c> holds secrets, then lets names bound from their calls carry them (a few rounds:
    /// a function may return another's result). Only in modules with a network call, where the secrets can leave.
    /// </summary>
    private void MarkSensitiveFunctions()
    {
        var m = Module;
        if (Network.Count == 0 || m.Functions.Count == 0)
        {
            return;
        }

        // A function that captures the screen returns what it saw, however it encodes it (img.save(buffer); b64encode(buffer.getvalue())).
        foreach (var call in m.Calls)
        {
            if (m.LineFunction[call.LineIndex] is var capturing and >= 0 && IsScreenCapture(call.Name))
            {
                sensitiveFunctions.Add(m.Functions[capturing].Name);
            }
        }

        // Without a source of secrets in the module, no function can return one.
        if (sensitiveFunctions.Count == 0 && sensitiveNames.Count == 0 && CredentialTokens.Count == 0 && !m.Text.Contains("environ", StringComparison.Ordinal) && !m.Calls.Exists(c => IsSensitiveCall(c.Name)))
        {
            return;
        }

        for (var round = 0; round < 3; round++)
        {
            var added = StageArchives() | (round == 0 && sensitiveFunctions.Count > 0);
            for (var l = 0; l < m.Lines.Count; l++)
            {
                var line = m.Lines[l];
                var function = m.LineFunction[l];
                if (function < 0 || !m.Is(line.FirstToken, "return") || sensitiveFunctions.Contains(m.Functions[function].Name))
                {
                    continue;
                }

                if (IsSensitiveData(line.FirstToken + 1, line.EndToken))
                {
                    sensitiveFunctions.Add(m.Functions[function].Name);
                    added = true;
                }
            }

            if (!added)
            {
                return;
            }

            foreach (var (name, start, end, lineIndex) in Bindings)
            {
                var key = (name, m.LineFunction[lineIndex]);
                if (!sensitiveNames.Contains(key) && IsSensitiveData(start, end))
                {
                    sensitiveNames.Add(key);
                }
            }
        }
    }

    /// <summary>
    /// Data staged into an archive: <c>with zipfile.ZipFile(buf, "w") as zf: zf.write(key_file)</c> makes <c>buf</c> hold what
    /// <c>zf</c> received, so sending <c>buf.getvalue()</c> sends the files.
    /// </summary>
    private bool StageArchives()
    {
        var m = Module;
        var added = false;
        foreach (var (name, start, end, lineIndex) in Bindings)
        {
            var scope = m.LineFunction[lineIndex];
            if (!sensitiveNames.Contains((name, scope)) && !sensitiveNames.Contains((name, -1)))
            {
                continue;
            }

            foreach (var call in m.CallsIn(start, end))
            {
                if (call.Name is not ("zipfile.ZipFile" or "tarfile.open" or "tarfile.TarFile" or "gzip.GzipFile" or "py7zr.SevenZipFile"))
                {
                    continue;
                }

                for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
                {
                    if (m.Tokens[t].Kind == TokenKind.Name && !m.Is(t - 1, ".") && !m.Is(t + 1, "=") && !m.Is(t + 1, "(") && !m.Is(t + 1, ".") &&
                        sensitiveNames.Add((m.TokenText(t).ToString(), scope)))
                    {
                        added = true;
                    }
                }
            }
        }

        return added;
    }

    /// <summary>Whether the call looks up a host name in the DNS.</summary>
    public static bool IsDnsLookup(string name) => DnsLookups.Contains(name) || name.StartsWith("dns.resolver.Resolver().", StringComparison.Ordinal);

    /// <summary>
    /// Whether a DNS lookup resolves a name built from encoded data (base32, base64, hex of bytes): the data travels out in the
    /// labels of the names looked up. Hashes (<c>hexdigest</c>) and plain host names do not count.
    /// </summary>
    public bool ResolvesEncodedName(Call call)
    {
        if (!IsDnsLookup(call.Name) || call.CloseParen <= call.OpenParen + 1)
        {
            return false;
        }

        encodedNames ??= CollectEncodedNames();
        var end = call.CloseParen;
        for (var t = call.OpenParen + 1; t < call.CloseParen; t++)
        {
            if (Module.Is(t, ","))
            {
                end = t;
                break;
            }
        }

        return IsEncoded(call.OpenParen + 1, end);
    }

    private bool IsEncoded(int start, int end)
    {
        foreach (var call in Module.CallsIn(start, end))
        {
            var name = call.Name;
            var dot = name.LastIndexOf('.');
            if (EncodersBySpan.Contains(dot < 0 ? name : name.AsSpan(dot + 1)) && !(name == "hex" || name.EndsWith("digest().hex", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        for (var t = start; t < end && encodedNames is { Count: > 0 }; t++)
        {
            if (HasName(encodedNames, t) || (Module.Tokens[t].Kind == TokenKind.String && FStringFieldsHold(t, encodedNames)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an f-string's replacement fields name one of <paramref name="names"/> (in the string's scope or at module level): f"{label}.zone".</summary>
    private bool FStringFieldsHold(int token, ScopedNames names)
    {
        var m = Module;
        var t = m.Tokens[token];
        if (!m.Text.AsSpan(t.Start, t.PrefixLength).ContainsAny('f', 'F'))
        {
            return false;
        }

        var scope = m.LineFunction[m.LineOfToken[token]];
        var text = m.Text.AsSpan(t.Start, t.Length);
        for (var open = text.IndexOf('{'); open >= 0 && open + 1 < text.Length; open = text.IndexOf('{'))
        {
            text = text[(open + 1)..];
            var length = 0;
            while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] == '_'))
            {
                length++;
            }

            var name = text[..length].ToString();
            if (length > 0 && (names.Contains((name, scope)) || names.Contains((name, -1))))
            {
                return true;
            }
        }

        return false;
    }

    private ScopedNames CollectEncodedNames()
    {
        encodedNames = new ScopedNames();
        for (var round = 0; round < 3; round++)
        {
            var added = false;
            foreach (var (name, start, end, lineIndex) in Bindings)
            {
                var key = (name, Module.LineFunction[lineIndex]);
                if (!encodedNames.Contains(key) && IsEncoded(start, end))
                {
                    encodedNames.Add(key);
                    added = true;
                }
            }

            added |= EncodedLoopTargets();
            if (!added)
            {
                break;
            }
        }

        return encodedNames;
    }

    /// <summary><c>for i, part in enumerate(chunks(blob.hex()))</c>: every name of a tuple target over encoded data holds it.</summary>
    private bool EncodedLoopTargets()
    {
        var m = Module;
        var added = false;
        for (var l = 0; l < m.Lines.Count; l++)
        {
            var line = m.Lines[l];
            if (!m.Is(line.FirstToken, "for") || m.Is(line.FirstToken + 2, "in"))
            {
                continue;
            }

            var inToken = line.FirstToken + 1;
            while (inToken < line.EndToken && !m.Is(inToken, "in"))
            {
                inToken++;
            }

            var colon = inToken;
            while (colon < line.EndToken && !m.Is(colon, ":"))
            {
                colon = (m.Is(colon, "(") || m.Is(colon, "[")) && m.Match(colon) > colon ? m.Match(colon) + 1 : colon + 1;
            }

            if (inToken >= line.EndToken || !IsEncoded(inToken + 1, colon))
            {
                continue;
            }

            var scope = m.LineFunction[l];
            for (var t = line.FirstToken + 1; t < inToken; t++)
            {
                if (m.Tokens[t].Kind == TokenKind.Name && !encodedNames!.Contains((m.TokenText(t).ToString(), scope)))
                {
                    encodedNames.Add((m.TokenText(t).ToString(), scope));
                    added = true;
                }
            }
        }

        return added;
    }
}
