using System.Buffers;
using System.Text;

namespace Bonded.Index.Pages;

/// <summary>Writes ASCII markup and HTML-escaped text as UTF-8 straight into a buffer writer.</summary>
internal readonly struct Utf8Output(IBufferWriter<byte> output)
{
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(
        "&<>\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");

    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>Writes UTF-8 bytes as they are.</summary>
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        var span = output.GetSpan(utf8.Length);
        utf8.CopyTo(span);
        output.Advance(utf8.Length);
    }

    /// <summary>Writes text that needs no escaping (markup, or checked-safe text).</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        var span = output.GetSpan(Utf8.GetMaxByteCount(text.Length));
        output.Advance(Utf8.GetBytes(text, span));
    }

    /// <summary>Writes markup, then escaped text, then markup: an attribute or an element with its value.</summary>
    public void Wrapped(ReadOnlySpan<byte> before, ReadOnlySpan<char> text, ReadOnlySpan<byte> after)
    {
        Raw(before);
        Escaped(text);
        Raw(after);
    }

    /// <summary>Writes text escaped for an HTML text node or a double-quoted attribute value.</summary>
    public void Escaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var k = text.IndexOfAny(NeedsEscaping);
            if (k < 0)
            {
                Text(text);
                return;
            }

            Text(text[..k]);
            Raw(text[k] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\'' => "&#39;"u8,
                _ => "\uFFFD"u8,
            });
            text = text[(k + 1)..];
        }
    }
}
