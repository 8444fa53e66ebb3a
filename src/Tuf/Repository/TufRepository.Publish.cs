using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Bonded.Tuf;

public sealed partial class TufRepository
{
    /// <summary>
    /// Applies the staged changes and publishes: signs the changed bins and those about to expire with the bins key,
    /// targets when changed or about to expire (if its key is present), then snapshot and timestamp.
    /// </summary>
    /// <param name="cancellationToken">Cancels the publish; the previous repository stays what storage serves.</param>
    /// <returns>What was signed.</returns>
    /// <exception cref="RepositoryException">Storage failed; the previous repository is still consistent on storage.</exception>
    public async Task<TufPublishResult> PublishAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PublishCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Replaces the key of one role and publishes the result.</summary>
    /// <param name="role">root, targets, snapshot, timestamp or bins.</param>
    /// <param name="newSigner">The new key.</param>
    /// <param name="cancellationToken">Cancels the rotation.</param>
    /// <returns>What the publish signed.</returns>
    /// <remarks>
    /// A new root version lists the new key and is signed by the old root key (and, for root, by the new one too, so
    /// that clients verify it under both the old and the new thresholds). The bins key lives in targets, so rotating it
    /// re-signs targets (needs the targets key) and every bin.
    /// </remarks>
    /// <exception cref="ArgumentException">An unknown role.</exception>
    /// <exception cref="RepositoryException">The root key (or, for bins, the targets key) is missing.</exception>
    public async Task<TufPublishResult> RotateAsync(string role, ISigner newSigner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(newSigner);
        if (role is not ("root" or "targets" or "snapshot" or "timestamp" or "bins"))
        {
            throw new ArgumentException($"Cannot rotate \"{role}\": use root, targets, snapshot, timestamp or bins.", nameof(role));
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = signers.With(role, newSigner);
            var now = Now(time);
            if (role == "bins")
            {
                if (signers.Targets is null)
                {
                    throw new RepositoryException("Rotating the bins key needs the targets key.");
                }

                targets = new Targets
                {
                    Version = targets.Version,
                    Expires = targets.Expires,
                    Delegations = NewDelegations(layout, SuccinctBins, newSigner.PublicKey),
                };
                targetsDirty = true;
                foreach (var bin in bins)
                {
                    bin.Dirty = true;
                }
            }
            else
            {
                var currentRootSigner = signers.Root ?? throw new RepositoryException("Rotating a top-level key needs the root key.");
                var newRoot = new Metadata<Root>(NewRoot(root.Signed.Version + 1, now + options.RootExpiry, next, root.Signed));
                newRoot = await newRoot.SignAsync(currentRootSigner, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (role == "root")
                {
                    newRoot = await newRoot.SignAsync(newSigner, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                root = newRoot;
                pendingRoot = newRoot.ToBytes();
                if (role == "targets")
                {
                    targetsDirty = true;
                }
            }

            signers = next;
            LogRotated(logger, role, newSigner.PublicKey.KeyId);
            return await PublishCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<TufPublishResult> PublishCoreAsync(CancellationToken cancellationToken)
    {
        var now = Now(time);
        var warnings = new List<string>();
        ApplyStaged();

        // Root: renew when about to expire and the root key is here.
        if (pendingRoot is null && ExpiresSoon(root.Signed.Expires, options.RootExpiry, now))
        {
            if (signers.Root is { } rootSigner)
            {
                var renewed = new Metadata<Root>(NewRoot(root.Signed.Version + 1, now + options.RootExpiry, signers, root.Signed));
                root = await renewed.SignAsync(rootSigner, cancellationToken: cancellationToken).ConfigureAwait(false);
                pendingRoot = root.ToBytes();
            }
            else
            {
                warnings.Add($"root version {root.Signed.Version} expires {JsonFields.FormatExpiry(root.Signed.Expires)}; renew it with the offline root key.");
            }
        }

        // Bins: changed, or about to expire.
        var binExpires = now + options.BinExpiry;
        var expiresText = JsonFields.FormatExpiry(binExpires);
        var toSign = new List<int>();
        for (var i = 0; i < bins.Length; i++)
        {
            if (bins[i].Dirty || ExpiresSoon(bins[i].Expires, options.BinExpiry, now))
            {
                toSign.Add(i);
            }
        }

        // Pooled: a new array of 16,384 references per publish would land on the large object heap.
        var newEntries = System.Buffers.ArrayPool<byte[]>.Shared.Rent(bins.Length);
        var emptyBinFiles = new System.Collections.Concurrent.ConcurrentDictionary<long, byte[]>();
        Array.Clear(newEntries);
        try
        {
            if (toSign.Count == 1)
            {
                newEntries[toSign[0]] = await WriteBinAsync(bins[toSign[0]], expiresText, emptyBinFiles, cancellationToken).ConfigureAwait(false);
            }
            else if (toSign.Count > 1)
            {
                await Parallel.ForEachAsync(toSign, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                    async (i, token) => newEntries[i] = await WriteBinAsync(bins[i], expiresText, emptyBinFiles, token).ConfigureAwait(false)).ConfigureAwait(false);
            }

            // Targets: changed (created, rotated) or about to expire.
            Targets? newTargets = null;
            if (targetsDirty || ExpiresSoon(targets.Expires, options.TargetsExpiry, now))
            {
                if (signers.Targets is { } targetsSigner)
                {
                    newTargets = new Targets { Version = targets.Version + 1, Expires = now + options.TargetsExpiry, Delegations = targets.Delegations };
                    var signed = await new Metadata<Targets>(newTargets).SignAsync(targetsSigner, cancellationToken: cancellationToken).ConfigureAwait(false);
                    await storage.WriteAsync($"{newTargets.Version}.targets.json", signed.ToBytes(), cancellationToken).ConfigureAwait(false);
                }
                else if (targetsDirty)
                {
                    throw new RepositoryException("The targets role changed and must be signed with the targets key.");
                }
                else
                {
                    warnings.Add($"targets version {targets.Version} expires {JsonFields.FormatExpiry(targets.Expires)}; re-sign it with the offline targets key.");
                }
            }

            // Root before snapshot and timestamp: a client updates root first.
            var rootWritten = pendingRoot is not null;
            if (pendingRoot is not null)
            {
                await storage.WriteAsync($"{root.Signed.Version}.root.json", pendingRoot, cancellationToken).ConfigureAwait(false);
            }

            var targetsVersion = newTargets?.Version ?? targets.Version;
            using var snapshotFile = await BuildSnapshotAsync(snapshotVersion + 1, now + options.SnapshotExpiry, targetsVersion, newEntries, cancellationToken).ConfigureAwait(false);
            await storage.WriteAsync($"{snapshotVersion + 1}.snapshot.json", snapshotFile.WrittenMemory, cancellationToken).ConfigureAwait(false);

            var timestamp = new Timestamp
            {
                Version = timestampVersion + 1,
                Expires = now + options.TimestampExpiry,
                SnapshotMeta = new MetaFile(snapshotVersion + 1, snapshotFile.Length,
                    new Dictionary<string, string>(StringComparer.Ordinal) { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(snapshotFile.WrittenSpan)) }),
            };
            var timestampMetadata = await new Metadata<Timestamp>(timestamp).SignAsync(signers.Timestamp, cancellationToken: cancellationToken).ConfigureAwait(false);
            await storage.WriteAsync("timestamp.json", timestampMetadata.ToBytes(), cancellationToken).ConfigureAwait(false);

            // Committed: storage now serves the new repository.
            foreach (var i in toSign)
            {
                var bin = bins[i];
                bin.Version++;
                bin.Expires = binExpires;
                bin.SnapshotEntry = newEntries[i];
                bin.Dirty = false;
            }

            if (newTargets is not null)
            {
                targets = newTargets;
                targetsDirty = false;
            }

            pendingRoot = null;
            snapshotVersion++;
            snapshotExpires = now + options.SnapshotExpiry;
            timestampVersion++;
            timestampExpires = timestamp.Expires;
            LogPublished(logger, timestampVersion, snapshotVersion, toSign.Count);
            return new TufPublishResult
            {
                TimestampVersion = timestampVersion,
                SnapshotVersion = snapshotVersion,
                BinsSigned = toSign.Count,
                TargetsSigned = newTargets is not null,
                RootWritten = rootWritten,
                Warnings = warnings,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException("Publishing failed; storage still serves the previous repository: " + exception.Message, exception);
        }
        finally
        {
            Array.Clear(newEntries);
            System.Buffers.ArrayPool<byte[]>.Shared.Return(newEntries);
        }
    }

    private void ApplyStaged()
    {
        int[] touched;
        Dictionary<TargetPath, ReadOnlyMemory<byte>>[] changes;
        lock (stageLock)
        {
            if (stagedBins.Count == 0)
            {
                return;
            }

            touched = [.. stagedBins];
            changes = new Dictionary<TargetPath, ReadOnlyMemory<byte>>[touched.Length];
            for (var i = 0; i < touched.Length; i++)
            {
                changes[i] = stagedByBin[touched[i]]!;
                stagedByBin[touched[i]] = null;
            }

            stagedBins.Clear();
        }

        // Each bin's share is applied under its lock; a large batch (a migration of millions) in parallel.
        if (touched.Length < 64)
        {
            for (var i = 0; i < touched.Length; i++)
            {
                Apply(bins[touched[i]], changes[i]);
            }
        }
        else
        {
            Parallel.For(0, touched.Length, i => Apply(bins[touched[i]], changes[i]));
        }

        static void Apply(Bin bin, Dictionary<TargetPath, ReadOnlyMemory<byte>> changes)
        {
            lock (bin)
            {
                if (bin.Targets.Count == 0 && !HasRemovals(changes))
                {
                    // An empty bin takes the staged additions as they are.
                    bin.Targets = changes;
                    bin.Dirty = true;
                    return;
                }

                foreach (var (path, value) in changes)
                {
                    if (value.IsEmpty)
                    {
                        if (bin.Targets.Remove(path))
                        {
                            bin.Dirty = true;
                        }
                    }
                    else if (!bin.Targets.TryGetValue(path, out var existing) || !existing.Span.SequenceEqual(value.Span))
                    {
                        bin.Targets[path] = value;
                        bin.Dirty = true;
                    }
                }
            }
        }
    }

    private static bool HasRemovals(Dictionary<TargetPath, ReadOnlyMemory<byte>> changes)
    {
        foreach (var value in changes.Values)
        {
            if (value.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private bool ExpiresSoon(DateTimeOffset expires, TimeSpan period, DateTimeOffset now) =>
        expires - now < period * options.RefreshFraction;

    /// <summary>Signs and writes the next version of a bin; returns its new snapshot entry.</summary>
    private async ValueTask<byte[]> WriteBinAsync(Bin bin, string expiresText, System.Collections.Concurrent.ConcurrentDictionary<long, byte[]> emptyBinFiles,
        CancellationToken cancellationToken)
    {
        var version = bin.Version + 1;
        var name = $"{version}.{bin.Name}.json";
        CanonicalJsonWriter signed;
        bool isEmpty;
        lock (bin)
        {
            signed = BuildBinSigned(bin, version, expiresText);
            isEmpty = bin.Targets.Count == 0;
        }

        using (signed)
        {
            // The signed part of a bin does not name the bin: empty bins of one version are the same file, signed once
            // (a new repository's 16,384 bins). A deterministic signature (Ed25519) gives the very bytes of a signature each.
            if (isEmpty)
            {
                if (!emptyBinFiles.TryGetValue(version, out var empty))
                {
                    empty = await SignBinAsync(signed, cancellationToken).ConfigureAwait(false);
                    emptyBinFiles.TryAdd(version, empty);
                }

                await storage.WriteAsync(name, empty, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var file = await SignBinFileAsync(signed, cancellationToken).ConfigureAwait(false);
                await storage.WriteAsync(name, file.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }
        }

        return SnapshotEntry(bin.Name, version);
    }

    private async ValueTask<byte[]> SignBinAsync(CanonicalJsonWriter signed, CancellationToken cancellationToken)
    {
        using var file = await SignBinFileAsync(signed, cancellationToken).ConfigureAwait(false);
        return file.ToArray();
    }

    private async ValueTask<CanonicalJsonWriter> SignBinFileAsync(CanonicalJsonWriter signed, CancellationToken cancellationToken)
    {
        var signer = signers.Bins;
        var signature = await signer.SignAsync(signed.WrittenMemory, cancellationToken).ConfigureAwait(false);
        return Envelope(signer.PublicKey.KeyId, signature, signed.WrittenSpan);
    }

    internal static CanonicalJsonWriter BuildBinSigned(Bin bin, long version, string expiresText)
    {
        // Sorted pairs (pooled), not sorted keys: no dictionary lookup per target.
        var count = bin.Targets.Count;
        var pairs = System.Buffers.ArrayPool<KeyValuePair<TargetPath, ReadOnlyMemory<byte>>>.Shared.Rent(count);
        try
        {
            ((ICollection<KeyValuePair<TargetPath, ReadOnlyMemory<byte>>>)bin.Targets).CopyTo(pairs, 0);
            var entries = pairs.AsSpan(0, count);
            entries.Sort(static (a, b) => TargetPath.Compare(a.Key, b.Key));
            var estimate = 160;
            foreach (var (path, value) in entries)
            {
                estimate += (path.Utf8.Length * 2) + value.Length + 4;
            }

            var writer = new CanonicalJsonWriter(estimate);
            writer.WriteRaw("{\"_type\":\"targets\",\"expires\":\""u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(expiresText));
            writer.WriteRaw("\",\"spec_version\":\""u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(Signed.CurrentSpecVersion));
            writer.WriteRaw("\",\"targets\":"u8);
            writer.StartObject();
            foreach (var (path, value) in entries)
            {
                writer.PropertyNameUtf8(path.Utf8.Span);
                writer.RawValue(value.Span);
            }

            writer.EndObject();
            writer.WriteRaw(",\"version\":"u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(version.ToString(CultureInfo.InvariantCulture)));
            writer.WriteRaw("}"u8);
            return writer;
        }
        finally
        {
            System.Buffers.ArrayPool<KeyValuePair<TargetPath, ReadOnlyMemory<byte>>>.Shared.Return(pairs, clearArray: true);
        }
    }

    /// <summary>The metadata file around canonical signed bytes with one signature, in a pooled buffer.</summary>
    internal static CanonicalJsonWriter Envelope(string keyId, byte[] signature, ReadOnlySpan<byte> signed)
    {
        var writer = new CanonicalJsonWriter(signed.Length + keyId.Length + (signature.Length * 2) + 64);
        writer.WriteRaw("{\"signatures\":[{\"keyid\":\""u8);
        writer.WriteRaw(Encoding.ASCII.GetBytes(keyId));
        writer.WriteRaw("\",\"sig\":\""u8);
        writer.WriteRaw(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(signature)));
        writer.WriteRaw("\"}],\"signed\":"u8);
        writer.WriteRaw(signed);
        writer.WriteRaw("}"u8);
        return writer;
    }

    private async ValueTask<CanonicalJsonWriter> BuildSnapshotAsync(long version, DateTimeOffset expires, long targetsVersion, byte[][] newEntries, CancellationToken cancellationToken)
    {
        var estimate = 256;
        foreach (var bin in bins)
        {
            estimate += bin.SnapshotEntry.Length + 8;
        }

        using (var writer = new CanonicalJsonWriter(estimate))
        {
            writer.WriteRaw("{\"_type\":\"snapshot\",\"expires\":\""u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(JsonFields.FormatExpiry(expires)));
            writer.WriteRaw("\",\"meta\":{"u8);
            var first = true;
            foreach (var index in metaOrder)
            {
                if (!first)
                {
                    writer.WriteRaw(","u8);
                }

                first = false;
                if (index < 0)
                {
                    writer.WriteRaw(Encoding.ASCII.GetBytes("\"targets.json\":{\"version\":" + targetsVersion.ToString(CultureInfo.InvariantCulture) + "}"));
                }
                else
                {
                    writer.WriteRaw(newEntries[index] ?? bins[index].SnapshotEntry);
                }
            }

            writer.WriteRaw("},\"spec_version\":\""u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(Signed.CurrentSpecVersion));
            writer.WriteRaw("\",\"version\":"u8);
            writer.WriteRaw(Encoding.ASCII.GetBytes(version.ToString(CultureInfo.InvariantCulture)));
            writer.WriteRaw("}"u8);
            var signer = signers.Snapshot;
            var signature = await signer.SignAsync(writer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            return Envelope(signer.PublicKey.KeyId, signature, writer.WrittenSpan);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TUF publish: timestamp {TimestampVersion}, snapshot {SnapshotVersion}, {Bins} bins signed")]
    private static partial void LogPublished(ILogger logger, long timestampVersion, long snapshotVersion, int bins);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TUF key rotated: role {Role}, new key {KeyId}")]
    private static partial void LogRotated(ILogger logger, string role, string keyId);
}
