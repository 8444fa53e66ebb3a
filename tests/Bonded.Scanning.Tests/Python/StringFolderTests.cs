using Bonded.Scanning.Python;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Python;

public sealed class StringFolderTests
{
    /// <summary>Folds the right-hand side of the last line "x = ..." of <paramref name="source"/>.</summary>
    private static (string? Value, bool Obfuscated) FoldLast(string source, bool lenient = false)
    {
        var module = PythonModule.Parse(source);
        var (_, start, end, _) = module.Assignments[^1];
        var folder = new StringFolder(module);
        var value = folder.Fold(start, end, lenient);
        return (value, folder.Obfuscated);
    }

    [Theory]
    [InlineData("x = 'ex' + 'ec'\n", "exec", false)]
    [InlineData("x = ''.join(['sy', 'st', 'em'])\n", "system", false)]
    [InlineData("x = ''.join(map(chr, [111, 115]))\n", "os", true)]
    [InlineData("x = ''.join(chr(c) for c in [0x6f, 0x73])\n", "os", true)]
    [InlineData("x = chr(111) + chr(115)\n", "os", true)]
    [InlineData("x = 'so'[::-1]\n", "os", true)]
    [InlineData("x = ''.join(reversed('metsys'))\n", "system", true)]
    [InlineData("x = bytes.fromhex('6f73').decode()\n", "os", true)]
    [InlineData("x = bytes(b ^ 1 for b in b'nr')\n", "os", true)]
    [InlineData("x = ''.join(chr(ord(c) - 1) for c in 'pt')\n", "os", true)]
    [InlineData("import base64\nx = base64.b64decode('b3M=').decode()\n", "os", true)]
    [InlineData("import codecs\nx = codecs.decode('bf', 'rot13')\n", "os", true)]
    [InlineData("A = 'cu'\nB = A + 'rl'\nx = B + ' -s'\n", "curl -s", false)]
    [InlineData("import os\nx = os.path.join('.git', 'hooks', 'pre-commit')\n", ".git/hooks/pre-commit", false)]
    public void Folds_constant_expressions(string source, string expected, bool obfuscated)
    {
        var (value, wasObfuscated) = FoldLast(source);
        Assert.Equal(expected, value);
        Assert.Equal(obfuscated, wasObfuscated);
    }

    [Theory]
    [InlineData("x = 'curl ' + url + ' | sh'\n")]
    [InlineData("x = f(1) + 'a'\n")]
    [InlineData("x = open('f').read()\n")]
    [InlineData("x = 'a' if y else 'b'\n")]
    public void Strict_fold_fails_on_unknown_parts(string source) => Assert.Null(FoldLast(source).Value);

    [Theory]
    [InlineData("x = f\"{'cu'}{'rl'} -s\"\n", "curl -s")]
    [InlineData("H = '192.0.2.1'\nx = f\"{f'http://{H}'}/p | {'s' + 'h'}\"\n", "http://192.0.2.1/p | sh")]
    [InlineData("H = 'x.invalid'\nx = f'{H!s:>4}/{{literal}}'\n", "x.invalid/{literal}")]
    [InlineData("def f():\n    tool = 'wg' + 'et'\n    x = f'{tool} -qO-'\n", "wget -qO-")]
    public void Folds_f_string_fields(string source, string expected) => Assert.Equal(expected, FoldLast(source).Value);

    [Fact]
    public void Lenient_fold_reads_unknown_f_string_fields_and_conditionals_as_placeholders()
    {
        Assert.Equal("curl " + StringFolder.Placeholder + " | sh", FoldLast("x = f\"{'cu' + 'rl'} {url} | sh\"\n", lenient: true).Value);
        Assert.Equal("curl -s", FoldLast("import os\nx = 'cu' + 'rl -s' if os.name != 'nt' else None\n", lenient: true).Value);
        Assert.Null(FoldLast("x = f'{url}'\n").Value);
    }

    [Fact]
    public void Lenient_fold_keeps_the_known_parts_of_a_template()
    {
        Assert.Equal("curl " + StringFolder.Placeholder + " | sh", FoldLast("x = 'curl ' + url + ' | sh'\n", lenient: true).Value);
        Assert.Equal(StringFolder.Placeholder + "/.ssh/authorized_keys", FoldLast("x = Path.home() / '.ssh' / 'authorized_keys'\n", lenient: true).Value);
    }

    [Fact]
    public void Hostile_input_is_bounded_not_fatal()
    {
        // Deep nesting, huge repetition, self-reference, invalid code points: null, never an exception or a stack overflow.
        Assert.Null(FoldLast("x = " + new string('(', 5000) + "'a'" + new string(')', 5000) + "\n").Value);
        Assert.Null(FoldLast("x = 'a' * 4095 * 4095 * 4095\n").Value);
        Assert.Null(FoldLast("x = x + 'a'\n").Value);
        Assert.Null(FoldLast("x = chr(-1) + chr(0x110000)\n").Value);
        Assert.Equal("\ud800", FoldLast("x = chr(0xd800)\n").Value);
    }

    [Property(MaxTest = 300)]
    public void Never_throws_on_arbitrary_expressions(NonNull<string> text)
    {
        var source = "x = " + text.Get.Replace("\n", " ", StringComparison.Ordinal) + "\n";
        var module = PythonModule.Parse(source);
        var folder = new StringFolder(module);
        foreach (var (_, start, end, _) in module.Assignments)
        {
            _ = folder.Fold(start, end);
            _ = folder.Fold(start, end, lenient: true);
        }
    }

    [Property(MaxTest = 200)]
    public void Concatenation_of_literals_folds_to_their_concatenation(NonNull<string>[] parts)
    {
        var values = parts.Select(p => new string(p.Get.Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray())).ToList();
        var source = "x = " + (values.Count == 0 ? "''" : string.Join(" + ", values.Select(v => "'" + v + "'"))) + "\n";
        Assert.Equal(string.Concat(values), FoldLast(source).Value);
    }
}
