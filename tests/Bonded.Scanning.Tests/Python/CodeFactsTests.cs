using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Python;

public sealed class CodeFactsTests
{
    // The scans look a few tokens back from a bracket: at the very start of a file there is nothing there.
    [Theory]
    [InlineData("setup(name='demo')\n")]
    [InlineData("(x)(y)\n")]
    [InlineData(".b(c)\n")]
    [InlineData("chr\n")]
    [InlineData("[::-1]\n")]
    public async Task Code_at_the_very_start_of_a_file_scans(string setup)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup), ("PKG-INFO", "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\n"));
        Assert.Equal("demo-pkg-1.0.tar.gz", report.FileName);
    }

    // Whatever the order of the pieces, facts are computed without an error (every scan bounds its look-back and look-ahead).
    [Property(MaxTest = 200)]
    public Property Any_sequence_of_code_pieces_scans(int[] picks)
    {
        string[] pieces =
        [
            "x", "os", ".", "system", "(", ")", "[", "]", "{", "}", ",", ":", "-", "1", "=", "+", "^", "%", "'a'", "\"b\"", "f'{os.environ}'", "chr", "bytes", "for", "in",
            "reversed", "getattr", "__import__", "exec", "eval", "b64decode", "requests", "get", "subprocess", "Popen", "open", "'w'", "'~/.bashrc'", "import ", "\n", " ", "def ", "class ",
            "with ", " as ", "global", "lambda", "\\\n", "#c\n",
        ];
        var code = string.Concat(picks.Select(p => pieces[(p & int.MaxValue) % pieces.Length]));
        var report = Packages.ScanSdistAsync(("setup.py", code), ("pkg/__init__.py", code)).GetAwaiter().GetResult();
        return (report.FileName == "demo-pkg-1.0.tar.gz").ToProperty();
    }
}
