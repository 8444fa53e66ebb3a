using System.Net;
using Bonded.Integration.Tests.Infrastructure;

namespace Bonded.Integration.Tests.Host;

/// <summary>Uploads larger than Kestrel's default request-body limit (30 MB) but within the index's own limit.</summary>
public sealed class LargeUploadTests
{
    // A refused token must reach the client as a 403 with its reason, even for a 40 MB body: the server raises the body
    // limit to the upload limit before authenticating, so Kestrel drains the body instead of resetting the connection.
    [Fact]
    public async Task A_large_upload_with_a_bad_token_gets_a_403_not_a_connection_reset()
    {
        await using var server = await LocalIndexServer.StartAsync();
        var content = new byte[40_000_000];
        using var response = await LegacyUploadClient.UploadAsync(server.Client, "pypi-not-a-token", "big_pkg-1.0-py3-none-any.whl", content, "big-pkg", "1.0");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(response.ReasonPhrase));
    }
}
