using Bonded.Scanning.Checks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Checks;

public sealed class SpamDescriptionCheckTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  \n\t ", 0)]
    [InlineData("free robux", 2)]
    [InlineData(" a\tb\nc  d ", 4)]
    [InlineData("a\r\nb", 2)]
    public void Counts_words_between_spaces_newlines_and_tabs(string text, int expected) =>
        Assert.Equal(expected, SpamDescriptionCheck.CountWords(text));

    // The count is the number of pieces a split on space, newline and tab leaves, empty ones dropped.
    [Property(MaxTest = 300)]
    public Property Counts_what_a_split_counts(string? text)
    {
        var value = text ?? "";
        return (SpamDescriptionCheck.CountWords(value) == value.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length).ToProperty();
    }
}
