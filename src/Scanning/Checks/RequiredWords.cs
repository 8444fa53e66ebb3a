namespace Bonded.Scanning.Checks;

/// <summary>
/// A cheap necessary condition before a regular expression: the words of which every branch of the pattern spells out
/// at least one. Text holding none of them cannot match, so the (much slower) expression runs only on the rest.
/// </summary>
/// <remarks>
/// For a case-insensitive pattern the words are searched ignoring case. The one character outside ASCII that a
/// case-insensitive invariant pattern equates with an ASCII letter and ordinal ignore-case does not is the Kelvin
/// sign (U+212A, matched by <c>k</c>): text holding it always goes to the expression. When a pattern gains a branch,
/// its word goes here too (the tests check every top-level branch names one).
/// </remarks>
internal sealed class RequiredWords
{
    private const char KelvinSign = '\u212A';
    private readonly Python.KeywordSet words;
    private readonly bool ignoreCase;

    public RequiredWords(bool ignoreCase, params string[] words)
    {
        Words = words;
        this.ignoreCase = ignoreCase;
        this.words = new Python.KeywordSet(words, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The words, as given.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Whether <paramref name="text"/> may match: it holds one of the words (or, ignoring case, the Kelvin sign).</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => words.IsFoundIn(text) || (ignoreCase && text.Contains(KelvinSign));
}
