namespace Bonded.Tuf.Tests.Client;

public sealed class FileSystemTufFetcherTests
{
    [Fact]
    public async Task Reads_a_file_uri_and_reports_a_missing_file_as_404()
    {
        var directory = Directory.CreateTempSubdirectory("bonded-tuf-fetch-");
        try
        {
            var path = Path.Combine(directory.FullName, "1.root.json");
            await File.WriteAllTextAsync(path, "{}");
            var fetcher = new FileSystemTufFetcher();
            await using (var stream = await fetcher.OpenReadAsync(new Uri(path), CancellationToken.None))
            {
                Assert.Equal("{}", await new StreamReader(stream).ReadToEndAsync());
            }

            var missing = await Assert.ThrowsAsync<DownloadHttpException>(() => fetcher.OpenReadAsync(new Uri(Path.Combine(directory.FullName, "2.root.json")), CancellationToken.None));
            Assert.Equal(404, missing.StatusCode);
            Assert.True(missing.IsNotFound);
            await Assert.ThrowsAsync<DownloadHttpException>(() => fetcher.OpenReadAsync(new Uri(Path.Combine(directory.FullName, "no", "such", "dir.json")), CancellationToken.None));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Refuses_uris_that_are_not_files()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new FileSystemTufFetcher().OpenReadAsync(new Uri("https://example.org/x"), CancellationToken.None));
    }
}
