using Bonded.Scanning.Python;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Python;

public sealed class PythonTokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Tokens(string source)
    {
        var (tokens, _) = PythonTokenizer.Tokenize(source);
        return tokens.Where(t => t.Kind is not (TokenKind.Newline or TokenKind.NonLogicalNewline)).Select(t => (t.Kind, source.Substring(t.Start, t.Length))).ToList();
    }

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("'''a\n'b'\n'''")]
    [InlineData("\"\"\"a\"\"b\"\"\"")]
    [InlineData("r'\\d\\''")]
    [InlineData("b'\\x00'")]
    [InlineData("u'x'")]
    [InlineData("Rb'x'")]
    [InlineData("bR'x'")]
    [InlineData("ur'x'")]
    [InlineData("f'{x!r:>{width}}'")]
    [InlineData("rf'{x}\\d'")]
    [InlineData("t'{x}'")]
    [InlineData("f'{d[\"key\"]}'")]
    [InlineData("f\"{f'{1}'}\"")]
    [InlineData("f'{x:{\"a\"}}'")]
    [InlineData("f'''{\n  x\n}'''")]
    [InlineData("f'{{literal}}'")]
    public void Every_string_form_is_one_token(string literal)
    {
        var tokens = Tokens(literal + " # after");
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal(literal, tokens[0].Text);
        Assert.Equal((TokenKind.Comment, "# after"), tokens[1]);
    }

    [Fact]
    public void Comments_and_docstrings_hide_code_words()
    {
        var module = PythonModule.Parse("\"\"\"exec(x)\"\"\"\n# os.system('x')\nprint('exec(y)')\n");
        Assert.Equal(["print"], module.Calls.Select(c => c.Name));
        Assert.True(module.IsBareString(0));
    }

    [Fact]
    public void Backslash_continuations_and_brackets_join_lines()
    {
        var (_, lines) = PythonTokenizer.Tokenize("x = 1 + \\\n    2\ny = (1,\n     2)\nz = 3\n");
        Assert.Equal(3, lines.Count);
        Assert.Equal([1, 3, 5], lines.Select(l => l.Line));
    }

    [Fact]
    public void Python_2_syntax_tokenizes()
    {
        var tokens = Tokens("print 'x'\nexec code in ns\nx = `y`\nif a <> b: pass\nn = 10L\n");
        Assert.Contains((TokenKind.Number, "10L"), tokens);
        Assert.Contains((TokenKind.Operator, "<>"), tokens);
        Assert.Contains((TokenKind.String, "'x'"), tokens);
    }

    [Fact]
    public void Unterminated_strings_end_at_the_line()
    {
        var tokens = Tokens("x = 'abc\ny = 2\n");
        Assert.Contains((TokenKind.Name, "y"), tokens);
    }

    [Fact]
    public void Decodes_escapes_unless_raw()
    {
        var module = PythonModule.Parse("a = '\\x68\\151\\u0041\\n'\nb = r'\\x68'\n");
        var strings = Enumerable.Range(0, module.Tokens.Count).Where(i => module.Tokens[i].Kind == TokenKind.String).Select(module.StringValue).ToList();
        Assert.Equal(["hiA\n", "\\x68"], strings);
    }

    [Fact]
    public void Resolves_import_aliases_and_lookups()
    {
        var module = PythonModule.Parse("import subprocess as sp\nfrom base64 import b64decode as d\nsp.Popen(['x'])\nd('x')\n__import__('os').system('x')\n__builtins__['exec']('x')\ngetattr(__builtins__, 'eval')('1')\n");
        Assert.Equal(["subprocess.Popen", "base64.b64decode", "__import__", "os.system", "exec", "getattr", "eval"], module.Calls.Select(c => c.Name));
    }

    [Fact]
    public void Knows_which_functions_run_at_load()
    {
        var module = PythonModule.Parse("def a():\n    b()\n\ndef b():\n    pass\n\ndef c():\n    pass\n\ndef d():\n    pass\n\nif __name__ == '__main__':\n    c()\n\na()\nimport threading\nthreading.Thread(target=d).start()\n");
        var runs = module.Functions.Where(f => !f.Name.StartsWith("if ", StringComparison.Ordinal)).ToDictionary(f => f.Name, f => f.RunsAtLoad);
        Assert.True(runs["a"]);
        Assert.True(runs["b"]);
        Assert.False(runs["c"]);
        Assert.True(runs["d"]);
    }

    [Property(MaxTest = 500)]
    public Property Never_throws_and_tokens_are_ordered_and_in_bounds(string? source)
    {
        source ??= "";
        var (tokens, lines) = PythonTokenizer.Tokenize(source);
        var ordered = tokens.Zip(tokens.Skip(1)).All(p => p.First.End <= p.Second.Start);
        var inBounds = tokens.All(t => t.Start >= 0 && t.Length > 0 && t.End <= source.Length);
        var linesOk = lines.All(l => l.FirstToken <= l.EndToken && l.EndToken <= tokens.Count);
        _ = PythonModule.Parse(source);
        return (ordered && inBounds && linesOk).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Every_visible_character_belongs_to_a_token(NonNull<string> raw)
    {
        // Python-like input: letters, quotes, brackets, operators, whitespace.
        var alphabet = "ab_1 \t\n'\"#()[]{}=+.:,\\frbu";
        var source = new string(raw.Get.Select(c => alphabet[c % alphabet.Length]).ToArray());
        var (tokens, _) = PythonTokenizer.Tokenize(source);
        var covered = new bool[source.Length];
        foreach (var t in tokens)
        {
            for (var i = t.Start; i < t.End; i++)
            {
                covered[i] = true;
            }
        }

        var ok = Enumerable.Range(0, source.Length).All(i => covered[i] || source[i] is ' ' or '\t' or '\f' or '\n' or '\r' or '\\');
        return ok.ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property A_string_literal_round_trips_through_StringValue(NonNull<string> raw)
    {
        var value = new string(raw.Get.Where(c => c is not ('\\' or '\'' or '\n' or '\r') && !char.IsSurrogate(c)).ToArray());
        var module = PythonModule.Parse($"x = '{value}'\n");
        var index = module.Tokens.FindIndex(t => t.Kind == TokenKind.String);
        return (module.StringValue(index) == value).ToProperty();
    }

    // The tokenizer reuses per-thread buffers: results of earlier calls, large or small, stay as they were.
    [Fact]
    public void Results_stay_independent_of_later_tokenizations()
    {
        var large = string.Concat(Enumerable.Repeat("x = f(a, 'b')  # c\n", 60_000));
        var (largeTokens, largeLines) = PythonTokenizer.Tokenize(large);
        var (smallTokens, smallLines) = PythonTokenizer.Tokenize("import os\n");
        var (again, _) = PythonTokenizer.Tokenize(large);
        Assert.Equal(60_000 * 10, largeTokens.Count);
        Assert.Equal(60_000, largeLines.Count);
        Assert.Equal(3, smallTokens.Count);
        Assert.Single(smallLines);
        Assert.Equal(largeTokens, again);
        Assert.Equal(TokenKind.Name, smallTokens[0].Kind);
        Assert.Equal(TokenKind.Comment, largeTokens[8].Kind);
    }
}
