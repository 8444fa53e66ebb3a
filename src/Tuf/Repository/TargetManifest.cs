namespace Bonded.Tuf;

/// <summary>
/// Reads a target manifest: JSON Lines, one object per line with <c>path</c>, <c>length</c> and <c>hashes</c>
/// (and optionally <c>custom</c>), for registries that already know their files' digests.
/// </summary>
public static class TargetManifest
{
    /// <summary>The longest line accepted, in bytes (1 MiB); a longer line is an error, not buffered without bound.</summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <summary>Reads every target of a manifest; blank lines are skipped.</summary>
    /// <param name="stream">The JSON Lines stream (UTF-8, <c>\n</c> or <c>\r\n</c> line ends).</param>
    /// <returns>The targets in file order, parsed in parallel blocks as the enumeration proceeds.</returns>
    /// <exception cref="InvalidMetadataException">
    /// A line is not a valid target: malformed JSON or not UTF-8, a missing, repeated or mistyped member, a negative or
    /// fractional length, no hashes, a hash that is not lower-case hex of whole bytes, or a line longer than
    /// <see cref="MaxLineLength"/>. The message names the line.
    /// </exception>
    /// <remarks>To stage a manifest into a repository, <see cref="TufRepository.AddTargetsFromManifestAsync"/> is faster.</remarks>
    public static IEnumerable<TargetFile> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(stream);
    }

    /// <summary>Parses one manifest line.</summary>
    /// <param name="line">The UTF-8 line.</param>
    /// <returns>The target.</returns>
    /// <exception cref="InvalidMetadataException">The line is not a valid target (see <see cref="Read"/>).</exception>
    public static TargetFile ParseLine(ReadOnlySpan<byte> line) => ManifestParser.ParseTarget(line);

    private static IEnumerable<TargetFile> ReadCore(Stream stream)
    {
        var free = new System.Collections.Concurrent.ConcurrentQueue<byte[]>();
        var batch = new List<ManifestBlock>(Environment.ProcessorCount);
        foreach (var block in ManifestParser.ReadBlocksAsync(stream, free, CancellationToken.None).ToBlockingEnumerable())
        {
            batch.Add(block);
            if (batch.Count < Environment.ProcessorCount)
            {
                continue;
            }

            foreach (var targets in ParseBatch(batch, free))
            {
                foreach (var target in targets)
                {
                    yield return target;
                }
            }

            batch.Clear();
        }

        foreach (var targets in ParseBatch(batch, free))
        {
            foreach (var target in targets)
            {
                yield return target;
            }
        }
    }

    /// <summary>Parses a few blocks in parallel; the first error in file order is thrown.</summary>
    private static TargetFile[][] ParseBatch(List<ManifestBlock> batch, System.Collections.Concurrent.ConcurrentQueue<byte[]> free)
    {
        var results = new TargetFile[batch.Count][];
        var errors = new InvalidMetadataException?[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var targets = new TargetFile[batch[i].LineCount];
            var count = ManifestParser.ParseBlock(batch[i], targets, static (line, _) => ManifestParser.ParseTarget(line), out errors[i]);
            free.Enqueue(batch[i].Buffer);
            results[i] = count == targets.Length ? targets : targets[..count];
        });
        foreach (var error in errors)
        {
            if (error is not null)
            {
                throw error;
            }
        }

        return results;
    }

    /// <summary>Writes one manifest line (no newline) for a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The UTF-8 JSON line.</returns>
    public static byte[] FormatLine(TargetFile target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var writer = new CanonicalJsonWriter(256) { EscapeJson = true };
        var members = new MemberWriter(writer, target.UnrecognizedFields);
        members.Name("hashes");
        FileHashes.WriteHashes(writer, target.Hashes);
        members.Name("length");
        writer.Number(target.Length);
        members.Name("path");
        writer.String(target.Path);
        members.End();
        return writer.ToArray();
    }
}
