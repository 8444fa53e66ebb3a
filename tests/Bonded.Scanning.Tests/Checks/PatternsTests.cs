using System.Buffers;
using Bonded.Scanning.Checks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Checks;

public sealed class PatternsTests
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static bool NaiveHasRun(string text, int length)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("", 1, false)]
    [InlineData("12345", 5, true)]
    [InlineData("1234x5678", 5, false)]
    [InlineData("ab123456", 6, true)]
    [InlineData("123456ab", 6, true)]
    public void HasRun_finds_runs_at_any_position(string text, int length, bool expected) =>
        Assert.Equal(expected, Patterns.HasRun(text, Digits, length));

    // The windowed search answers exactly what a character-by-character count answers.
    [Property(MaxTest = 500)]
    public Property HasRun_agrees_with_counting(string? text, PositiveInt length)
    {
        var value = text ?? "";
        var n = 1 + (length.Get % 12);
        return (Patterns.HasRun(value, Digits, n) == NaiveHasRun(value, n)).ToProperty();
    }

    [Fact]
    public void MayMatter_sees_a_long_base64_run_and_unicode_tricks_only_in_non_ascii_text()
    {
        Assert.True(Patterns.MayMatter("x = '" + new string('A', 1024) + "'"));
        Assert.False(Patterns.MayMatter("x = '" + new string('A', 1023) + "' + 'B'"));
        Assert.True(Patterns.MayMatter("é = 1\naccess = 'admin\u202E\u2066'"));
        Assert.False(Patterns.MayMatter("é = 1\nname = 'café'"));
    }

    // Words of every prefilter set, pieces of them, code, long base64 runs, Unicode tricks and invalid UTF-8.
    private static readonly Gen<byte[]> Piece = Gen.OneOf(
        Gen.Elements(Patterns.StrongWords.Concat(Patterns.SourcesWords).Concat(Patterns.RunnersWords).Concat(Patterns.SecretsWords).ToArray()).Select(System.Text.Encoding.UTF8.GetBytes),
        Gen.Elements(Patterns.SourcesWords.Concat(Patterns.StrongWords).ToArray()).Select(k => System.Text.Encoding.UTF8.GetBytes(k[..^1])),
        Gen.Elements(" ", "\n", "import os\n", "x = '", "'", "A", "+/").Select(System.Text.Encoding.UTF8.GetBytes),
        Gen.Choose(1000, 1030).Select(n => System.Text.Encoding.ASCII.GetBytes(new string('Q', n))),
        Gen.Elements("é", "\u202E", "\u2066", "\u0430", "Ａ", "𝐀", "\uFEFF", "©").Select(System.Text.Encoding.UTF8.GetBytes),
        Gen.Elements<byte[]>([0xFF], [0xE2, 0x80], [0xCE], [0xED, 0xA0, 0xB5], [0xF0, 0x9D], [0xEF, 0xBB, 0xBF]));

    private static readonly Gen<byte[]> Utf8Text = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Piece, n)).Select(pieces => pieces.SelectMany(p => p).ToArray());

    // Deciding on the bytes gives exactly the answer for the decoded text (byte order mark dropped, invalid bytes replaced).
    [Property(MaxTest = 500)]
    public Property MayMatter_on_bytes_agrees_with_the_decoded_text() => Prop.ForAll(Utf8Text.ToArbitrary(), bytes =>
        Bonded.Scanning.Archives.PackageReader.MayMatter(bytes) == Patterns.MayMatter(Bonded.Scanning.Archives.PackageReader.Decode(bytes)));
}
