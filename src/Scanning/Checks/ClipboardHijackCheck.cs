using System.Text.RegularExpressions;
using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>
/// Clipboard hijacking ("clippers"): code that reads the clipboard, matches crypto-wallet addresses and writes another
/// address back, so that a victim pastes the attacker's wallet. A clipboard library reads and writes too, but never
/// carries wallet-address patterns; a wallet tool carries the patterns but does not rewrite the clipboard it reads.
/// </summary>
internal sealed partial class ClipboardHijackCheck : PackageCheck
{
    public override string Id => CheckIds.ClipboardHijack;

    public override string Description => "Reads the clipboard, matches crypto-wallet addresses and writes another one back (a clipboard hijacker).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    /// <summary>Regular expressions and literals that describe or are wallet addresses (Bitcoin, Ethereum, Tron, Solana, Monero...).</summary>
    [GeneratedRegex(@"bc1\b|bc1\||\(bc1|0x\[a-fA-F0-9\]|0x\[0-9a-fA-F\]|0x\[a-f0-9\]|0x\[0-9a-f\]|\[a-km-zA-HJ-NP-Z1-9\]|\[1-9A-HJ-NP-Za-km-z\]|\[13\]\[|\^T\[|\^4\[0-9AB\]|^(bc1[02-9ac-hj-np-z]{20,}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WalletPattern();

    /// <summary>Shell commands that read the clipboard (pbpaste, xclip -o, Get-Clipboard) or write it (pbcopy, xclip, Set-Clipboard).</summary>
    [GeneratedRegex(@"\b(pbpaste|wl-paste|Get-Clipboard)\b|\b(xclip|xsel)\b[^\n]*\s-o\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClipboardReadCommand();

    [GeneratedRegex(@"\b(pbcopy|wl-copy|Set-Clipboard)\b|\b(xclip|xsel)\b(?![^\n]*\s-o\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClipboardWriteCommand();

    private static bool IsRead(string name) =>
        name is "pyperclip.paste" or "pyperclip.waitForNewPaste" or "pyperclip.waitForPaste" or "clipboard.paste" or "xerox.paste" or "klembord.get" or "klembord.get_text" or "win32clipboard.GetClipboardData" ||
        name.EndsWith(".clipboard_get", StringComparison.Ordinal) || name.EndsWith("GetClipboardData", StringComparison.Ordinal);

    private static bool IsWrite(string name) =>
        name is "pyperclip.copy" or "clipboard.copy" or "xerox.copy" or "klembord.set" or "klembord.set_text" or "win32clipboard.SetClipboardText" ||
        name.EndsWith(".clipboard_append", StringComparison.Ordinal) || name.EndsWith("SetClipboardData", StringComparison.Ordinal) || name.EndsWith("SetClipboardText", StringComparison.Ordinal);

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            // A clipper does its harm from a thread that starts by itself: only code that can run at install or import is read.
            if ((facts.File.Phase == ExecutionPhase.Runtime && !facts.File.ImportedAtLoad) || facts.Module.Text.AsSpan().IndexOfAny(Patterns.ClipboardWords) < 0)
            {
                continue;
            }

            if (Hijack(facts) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Hijack(CodeFacts facts)
    {
        var m = facts.Module;
        Call? read = null;
        Call? write = null;
        foreach (var call in m.Calls)
        {
            read ??= IsRead(call.Name) ? call : null;
            write ??= IsWrite(call.Name) ? call : null;
        }

        string? wallet = null;
        foreach (var (token, value, _) in facts.Literals)
        {
            if (read is null && ClipboardReadCommand().IsMatch(value))
            {
                read = new Call("clipboard command", token, token, token, m.LineOfToken[token]);
            }
            else if (write is null && ClipboardWriteCommand().IsMatch(value))
            {
                write = new Call("clipboard command", token, token, token, m.LineOfToken[token]);
            }

            if (wallet is null && value.Length < 400 && WalletPattern().Match(value) is { Success: true } match)
            {
                wallet = match.Value;
            }
        }

        if (read is not { } r || write is not { } w || wallet is null)
        {
            return null;
        }

        // Weighed by when the writing code runs: a thread started at import is the clipper's usual shape.
        var context = (CodeContext)Math.Max((int)facts.ContextOf(r), (int)facts.ContextOf(w));
        return Scale(context, Severity.Critical, Confidence.High) is { } s
            ? At(facts, w.NameToken, s.Severity, s.Confidence, $"Reads the clipboard ({r.Name}), matches crypto-wallet addresses ('{Names.Excerpt(wallet, 30)}') and writes the clipboard ({w.Name}) {Describe(context)}: a clipboard hijacker swaps the address a victim pastes.")
            : null;
    }
}
