using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

public sealed class HomePageTests
{
    [Fact]
    public async Task In_process_host_serves_a_home_page_that_says_what_it_is()
    {
        await using var server = await LocalIndexServer.StartAsync();

        using var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Bonded local index</h1>", body, StringComparison.Ordinal);
        Assert.Contains("/simple/", body, StringComparison.Ordinal);
        Assert.True(Directory.Exists(server.DataDirectory));
    }

    [Fact]
    public async Task Host_process_answers_within_15_seconds_and_stops_cleanly_on_interrupt()
    {
        using var data = new TempDirectory("bonded-host-proc");
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "LocalIndex.dll");
        Assert.True(File.Exists(dll), $"LocalIndex.dll not found beside the tests at {dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}", "--data", data.Path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var stopwatch = Stopwatch.StartNew();
            HttpStatusCode? status = null;
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(15) && status is null)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                    status = response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
                catch (TaskCanceledException)
                {
                }
            }

            Assert.Equal(HttpStatusCode.OK, status);

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(cts.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
