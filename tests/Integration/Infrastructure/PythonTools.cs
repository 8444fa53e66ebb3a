namespace Bonded.Integration.Tests.Infrastructure;

/// <summary>The Python peers exactly as users run them: Debian's twine and the machine's pip, isolated from user configuration.</summary>
public static class PythonTools
{
    public static Task<ProcessResult> TwineUploadAsync(Uri baseAddress, string token, IEnumerable<string> files, string home)
        => ProcessRunner.RunAsync(
            "/usr/bin/twine",
            ["upload", "--repository-url", new Uri(baseAddress, "legacy/").ToString(), "--username", "__token__", "--password", token, "--non-interactive", "--disable-progress-bar", .. files],
            environment: Isolated(home),
            timeout: TimeSpan.FromMinutes(2));

    public static Task<ProcessResult> PipAsync(string home, params string[] arguments)
        => ProcessRunner.RunAsync(
            "python3",
            ["-m", "pip", .. arguments, "--no-cache-dir", "--disable-pip-version-check", "--no-input"],
            environment: Isolated(home),
            timeout: TimeSpan.FromMinutes(2));

    /// <summary>pip install into <paramref name="target"/> from the index at <paramref name="baseAddress"/> and nothing else.</summary>
    public static Task<ProcessResult> PipInstallAsync(Uri baseAddress, string target, string home, params string[] requirements)
        => PipAsync(home, ["install", "--index-url", new Uri(baseAddress, "simple/").ToString(), "--target", target, "--no-deps", "--only-binary", ":all:", "-v", .. requirements]);

    private static Dictionary<string, string> Isolated(string home) => new()
    {
        ["HOME"] = home,
        ["PIP_CONFIG_FILE"] = "/dev/null",
        ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring",
        ["TWINE_NON_INTERACTIVE"] = "1",
        ["NO_COLOR"] = "1",
    };
}

/// <summary>The LocalIndex admin commands, run as a separate process exactly as a script would.</summary>
public static class LocalIndexAdmin
{
    public const string TotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string Password = "correct horse battery staple";

    public static async Task<string> RunAsync(params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "LocalIndex.dll"), .. arguments], timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"LocalIndex {string.Join(' ', arguments)} failed: {result}");
        return result.StandardOutput.Trim();
    }

    /// <summary>Adds a user (with TOTP unless <paramref name="withTotp"/> is false) and returns a token scoped to <paramref name="projects"/>.</summary>
    public static async Task<string> UserWithTokenAsync(string data, string username, bool withTotp, params string[] projects)
    {
        string[] totp = withTotp ? ["--totp-secret", TotpSecret] : [];
        await RunAsync(["user", "add", "--data", data, "--username", username, "--email", $"{username}@example.test", "--password", Password, .. totp]);
        return await RunAsync(["token", "create", "--data", data, "--username", username, .. projects.SelectMany(p => new[] { "--project", p })]);
    }
}
