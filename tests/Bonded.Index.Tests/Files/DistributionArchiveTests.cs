using System.Text;
using Bonded.Index.Files;
using Bonded.Index.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Index.Tests.Files;

public sealed class DistributionArchiveTests
{
    private static readonly SdistFileName Sdist = SdistFileName.Parse("demo-1.0.tar.gz");

    [Fact]
    public void Reads_METADATA_from_a_wheel_byte_for_byte()
    {
        var metadata = Archives.Metadata(extra: "Requires-Python: >=3.8\n");
        var raw = DistributionArchive.ReadWheelMetadata(new MemoryStream(Archives.Wheel(metadata: metadata)));
        Assert.Equal(metadata, raw);

        var (bytes, parsed) = DistributionArchive.ReadMetadata(new MemoryStream(Archives.Wheel(metadata: metadata)), "demo-1.0-py3-none-any.whl");
        Assert.Equal(metadata, bytes);
        Assert.Equal(">=3.8", parsed.RequiresPython!.ToString());
    }

    [Fact]
    public void Reads_PKG_INFO_from_tar_gz_and_zip_sdists()
    {
        var metadata = Archives.Metadata();
        var tar = Archives.TarGz(("demo-1.0/setup.py", "pass\n"u8.ToArray()), ("demo-1.0/PKG-INFO", metadata), ("demo-1.0/src/PKG-INFO", "nested"u8.ToArray()));
        Assert.Equal(metadata, DistributionArchive.ReadSdistMetadata(new MemoryStream(tar), Sdist));
        var zip = Archives.Zip(("demo-1.0/PKG-INFO", metadata));
        Assert.Equal(metadata, DistributionArchive.ReadSdistMetadata(new MemoryStream(zip), SdistFileName.Parse("demo-1.0.zip")));
        Assert.Equal("demo", DistributionArchive.ReadMetadata(new MemoryStream(tar), "demo-1.0.tar.gz").Metadata.Name.Value);
    }

    [Fact]
    public void A_zip_bomb_METADATA_is_refused_as_too_large()
    {
        var bomb = Archives.Zip(("demo-1.0.dist-info/METADATA", new byte[20 * 1024 * 1024]));
        Assert.True(bomb.Length < 100_000);
        var error = Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(bomb)));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
    }

    [Fact]
    public void A_huge_METADATA_is_refused_within_the_configured_limit()
    {
        var limits = new ArchiveLimits { MaxMetadataBytes = 1024 };
        var wheel = Archives.Wheel(metadata: Archives.Metadata(extra: "Summary: " + new string('x', 4096) + "\n"));
        var error = Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(wheel), limits));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
    }

    [Fact]
    public void A_gzip_bomb_sdist_is_refused_within_the_uncompressed_limit()
    {
        var limits = new ArchiveLimits { MaxUncompressedBytes = 1024 * 1024 };
        var bomb = Archives.TarGz(("demo-1.0/zeros", new byte[8 * 1024 * 1024]), ("demo-1.0/PKG-INFO", Archives.Metadata()));
        var error = Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadSdistMetadata(new MemoryStream(bomb), Sdist, limits));
        Assert.Equal(ArchiveProblem.TooLarge, error.Problem);
    }

    [Theory]
    [InlineData("../evil.py")]
    [InlineData("demo/../../evil.py")]
    [InlineData("/etc/passwd")]
    [InlineData("demo\\..\\evil.py")]
    [InlineData("C:/evil.py")]
    [InlineData("demo/evil\u0001.py")]
    public void Traversal_and_absolute_entry_names_are_refused(string name)
    {
        var wheel = Archives.Zip((name, "x"u8.ToArray()), ("demo-1.0.dist-info/METADATA", Archives.Metadata()));
        Assert.Equal(ArchiveProblem.UnsafeEntryName, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(wheel))).Problem);
        var tar = Archives.TarGz((name, "x"u8.ToArray()), ("demo-1.0/PKG-INFO", Archives.Metadata()));
        Assert.Equal(ArchiveProblem.UnsafeEntryName, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadSdistMetadata(new MemoryStream(tar), Sdist)).Problem);
    }

    [Fact]
    public void Truncated_archives_are_corrupt()
    {
        var wheel = Archives.Wheel();
        var tar = Archives.TarGz(("demo-1.0/PKG-INFO", Archives.Metadata()));
        foreach (var length in new[] { 0, 4, wheel.Length / 2, wheel.Length - 10 })
        {
            var error = Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(wheel[..length])));
            Assert.Equal(ArchiveProblem.Corrupt, error.Problem);
        }

        foreach (var length in new[] { 0, 10, tar.Length / 2 })
        {
            var error = Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadSdistMetadata(new MemoryStream(tar[..length]), Sdist));
            Assert.True(error.Problem is ArchiveProblem.Corrupt or ArchiveProblem.MetadataMissing, error.Message);
        }
    }

    [Fact]
    public void Missing_and_ambiguous_metadata_are_reported()
    {
        var none = Archives.Zip(("demo/__init__.py", "x"u8.ToArray()));
        Assert.Equal(ArchiveProblem.MetadataMissing, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(none))).Problem);
        var two = Archives.Zip(("a-1.0.dist-info/METADATA", Archives.Metadata()), ("b-1.0.dist-info/METADATA", Archives.Metadata()));
        Assert.Equal(ArchiveProblem.MetadataAmbiguous, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(two))).Problem);
        var tar = Archives.TarGz(("demo-1.0/setup.py", "x"u8.ToArray()));
        Assert.Equal(ArchiveProblem.MetadataMissing, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadSdistMetadata(new MemoryStream(tar), Sdist)).Problem);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 20).Select(i => ($"demo/f{i}.py", "x"u8.ToArray())).Append(("demo-1.0.dist-info/METADATA", Archives.Metadata())).ToArray();
        var limits = new ArchiveLimits { MaxEntries = 10 };
        Assert.Equal(ArchiveProblem.TooManyEntries, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadWheelMetadata(new MemoryStream(Archives.Zip(entries)), limits)).Problem);
        var tarEntries = entries.Select(e => (e.Item1.Replace("demo-1.0.dist-info/METADATA", "demo-1.0/PKG-INFO", StringComparison.Ordinal), e.Item2)).ToArray();
        Assert.Equal(ArchiveProblem.TooManyEntries, Assert.Throws<DistributionArchiveException>(() => DistributionArchive.ReadSdistMetadata(new MemoryStream(Archives.TarGz(tarEntries)), Sdist, limits)).Problem);
    }

    [Fact]
    public void Bad_UTF8_in_METADATA_is_a_metadata_error()
    {
        var metadata = Archives.Metadata().Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();
        var error = Assert.Throws<CoreMetadataException>(() => DistributionArchive.ReadMetadata(new MemoryStream(Archives.Wheel(metadata: metadata)), "demo-1.0-py3-none-any.whl"));
        Assert.Null(error.Field);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other-1.0-py3-none-any.whl", "Name")]
    [InlineData("demo-2.0-py3-none-any.whl", "Version")]
    public void File_name_and_metadata_must_agree(string fileName, string field)
    {
        var error = Assert.Throws<CoreMetadataException>(() => DistributionArchive.ReadMetadata(new MemoryStream(Archives.Wheel()), fileName));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Unsupported_formats_and_names_are_refused()
    {
        Assert.Equal(ArchiveProblem.UnsupportedFormat, Assert.Throws<DistributionArchiveException>(
            () => DistributionArchive.ReadSdistMetadata(new MemoryStream([1, 2, 3]), SdistFileName.Parse("demo-1.0.tar.bz2"))).Problem);
        Assert.Throws<InvalidFileNameException>(() => DistributionArchive.ReadMetadata(new MemoryStream([]), "demo.exe"));
    }

    [Property(MaxTest = 200)]
    public Property Random_bytes_and_corruptions_give_only_documented_errors() => Prop.ForAll(
        (from flips in Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(1, 255)).ArrayOf()
         from cut in Gen.Choose(0, 100)
         select (flips, cut)).ToArbitrary(),
        input =>
        {
            foreach (var original in new[] { Archives.Wheel(), Archives.TarGz(("demo-1.0/PKG-INFO", Archives.Metadata())) })
            {
                var bytes = original[..(original.Length * Math.Max(input.cut, 1) / 100)];
                foreach (var (position, mask) in input.flips)
                {
                    if (bytes.Length > 0)
                    {
                        bytes[position % bytes.Length] ^= (byte)mask;
                    }
                }

                try
                {
                    DistributionArchive.ReadMetadata(new MemoryStream(bytes), original == bytes ? "x" : (original[0] == 0x50 ? "demo-1.0-py3-none-any.whl" : "demo-1.0.tar.gz"));
                }
                catch (IndexException)
                {
                }
            }

            return true;
        });

    [Fact]
    public void Limits_validate()
    {
        Assert.Empty(new ArchiveLimits().Validate());
        Assert.Equal(5, new ArchiveLimits { MaxEntries = 0, MaxMetadataBytes = -1, MaxUncompressedBytes = 0, MaxCompressionRatio = 0, MaxEntryNameLength = 0 }.Validate().Count());
        _ = Encoding.UTF8;
    }
}
