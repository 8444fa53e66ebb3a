using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Cli;

public sealed class BondedCliTests
{
    [Fact]
    public async Task Help_lists_the_tool_and_exits_zero()
    {
        var result = await BondedTool.RunAsync("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bonded", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_assembly_version()
    {
        var result = await BondedTool.RunAsync("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Unknown_command_exits_non_zero_with_an_error()
    {
        var result = await BondedTool.RunAsync("no-such-command");
        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
    }
}
