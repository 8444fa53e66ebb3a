using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bonded.Tuf;

namespace Bonded.Cli;

/// <summary>
/// bonded tuf init/add/remove/publish/rotate/status (issue 4): a PEP 458 repository in one folder, with
/// <c>keys/</c> (PEM keys per role), <c>metadata/</c> (served metadata, <c>1.root.json</c> the trust anchor),
/// <c>targets/</c> (target files, with consistent-snapshot <c>HASH.name</c> copies) and <c>staged.jsonl</c>.
/// </summary>
internal static class TufCommands
{
    private const string StagedFile = "staged.jsonl";

    public static IEnumerable<Command> Create()
    {
        var tuf = new Command("tuf", "A PEP 458 TUF repository in a folder: keys, hashed bins, consistent snapshots.");
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        Option<DirectoryInfo> Repo() => new("--repo") { Description = "The repository folder.", Required = true };

        var initRepo = Repo();
        var bins = new Option<int>("--bins") { Description = "Number of hash bins (a power of two).", DefaultValueFactory = _ => 16384 };
        var succinct = new Option<bool>("--succinct") { Description = "Delegate with TAP 15 succinct hash bins." };
        var keyType = new Option<string>("--key-type") { Description = "Key type of every role: ed25519, ecdsa or rsa.", DefaultValueFactory = _ => KeyTypes.Ed25519 };
        keyType.AcceptOnlyFromAmong(KeyTypes.Ed25519, KeyTypes.Ecdsa, KeyTypes.Rsa);
        var init = new Command("init", "Creates keys, version 1 of every role and the targets folder.") { initRepo, bins, succinct, keyType, format };
        init.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => InitAsync(parse.GetRequiredValue(initRepo), parse.GetValue(bins), parse.GetValue(succinct), parse.GetValue(keyType)!, ct)));

        var addRepo = Repo();
        var prefix = new Option<string?>("--prefix") { Description = "Target path prefix (folder) for the files." };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "JSON Lines manifest: one {\"path\",\"length\",\"hashes\"} object per line." };
        var files = new Argument<FileInfo[]>("FILE") { Description = "Files to add as targets.", Arity = ArgumentArity.ZeroOrMore };
        var add = new Command("add", "Stages targets: files (copied into targets/) or a manifest of known lengths and hashes.") { addRepo, prefix, manifest, files, format };
        add.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => AddAsync(parse.GetRequiredValue(addRepo), parse.GetValue(prefix), parse.GetValue(manifest), parse.GetValue(files) ?? [], ct)));

        var removeRepo = Repo();
        var paths = new Argument<string[]>("PATH") { Description = "Target paths to remove.", Arity = ArgumentArity.OneOrMore };
        var remove = new Command("remove", "Stages target removals.") { removeRepo, paths, format };
        remove.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => RemoveAsync(parse.GetRequiredValue(removeRepo), parse.GetValue(paths)!, ct)));

        var publishRepo = Repo();
        var publish = new Command("publish", "Signs the changed bins, snapshot and timestamp (online keys).") { publishRepo, format };
        publish.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => PublishAsync(parse.GetRequiredValue(publishRepo), ct)));

        var rotateRepo = Repo();
        var role = new Option<string>("--role") { Description = "root, targets, snapshot, timestamp or bins.", Required = true };
        role.AcceptOnlyFromAmong("root", "targets", "snapshot", "timestamp", "bins");
        var rotate = new Command("rotate", "Replaces a role's key (a new root version signed by the old and new root keys) and publishes.") { rotateRepo, role, format };
        rotate.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => RotateAsync(parse.GetRequiredValue(rotateRepo), parse.GetValue(role)!, ct)));

        var statusRepo = Repo();
        var status = new Command("status", "Shows versions, expiries and what is staged.") { statusRepo, format };
        status.SetAction((parse, ct) => Run(parse.GetValue(format)!, () => StatusAsync(parse.GetRequiredValue(statusRepo), ct)));

        tuf.Subcommands.Add(init);
        tuf.Subcommands.Add(add);
        tuf.Subcommands.Add(remove);
        tuf.Subcommands.Add(publish);
        tuf.Subcommands.Add(rotate);
        tuf.Subcommands.Add(status);
        return [tuf];
    }

    private static async Task<int> Run(string format, Func<Task<Dictionary<string, object?>>> action)
    {
        try
        {
            var result = await action().ConfigureAwait(false);
            if (format == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(result));
            }
            else
            {
                foreach (var (name, value) in result)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Text(value)}"));
                }
            }

            return 0;
        }
        catch (Exception exception) when (exception is TufException or IOException or UnauthorizedAccessException or ArgumentException or JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine("bonded tuf: " + exception.Message);
            return 1;
        }
    }

    private static string Text(object? value) => value switch
    {
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Keys(DirectoryInfo repo) => Path.Combine(repo.FullName, "keys");

    private static FileSystemTufStorage Storage(DirectoryInfo repo) => new(Path.Combine(repo.FullName, "metadata"));

    private static async Task<Dictionary<string, object?>> InitAsync(DirectoryInfo repo, int bins, bool succinct, string keyType, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(repo.FullName, "metadata", "1.root.json")))
        {
            throw new InvalidOperationException($"{repo.FullName} already holds a repository.");
        }

        var options = new TufRepositoryOptions { BinCount = bins, SuccinctBins = succinct };
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }

        var signers = TufKeyFiles.Generate(Keys(repo), keyType);
        Directory.CreateDirectory(Path.Combine(repo.FullName, "targets"));
        var repository = await TufRepository.CreateAsync(Storage(repo), options, signers, cancellationToken: ct).ConfigureAwait(false);
        return Describe(repository);
    }

    private static async Task<TufRepository> OpenAsync(DirectoryInfo repo, CancellationToken ct)
    {
        var storage = Storage(repo);
        if (!File.Exists(Path.Combine(storage.RootDirectory, "1.root.json")))
        {
            throw new InvalidOperationException($"{repo.FullName} holds no repository; run bonded tuf init first.");
        }

        return await TufRepository.OpenAsync(storage, new TufRepositoryOptions(), TufKeyFiles.Load(Keys(repo)), cancellationToken: ct).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, object?>> AddAsync(DirectoryInfo repo, string? prefix, FileInfo? manifest, FileInfo[] files, CancellationToken ct)
    {
        if (manifest is null == (files.Length == 0))
        {
            throw new ArgumentException("Give either FILE arguments or --manifest.");
        }

        if (!Directory.Exists(Path.Combine(repo.FullName, "metadata")))
        {
            throw new InvalidOperationException($"{repo.FullName} holds no repository; run bonded tuf init first.");
        }

        if (manifest is not null)
        {
            return new() { ["staged_additions"] = await StageManifestAsync(repo, manifest, ct).ConfigureAwait(false) };
        }

        var lines = new List<byte[]>();
        {
            var folder = string.IsNullOrEmpty(prefix) ? "" : prefix.Trim('/') + "/";
            foreach (var file in files)
            {
                var path = folder + file.Name;
                Check(path);
                var target = await DescribeFileAsync(path, file, ct).ConfigureAwait(false);
                await CopyTargetAsync(repo, target, file, ct).ConfigureAwait(false);
                lines.Add(TargetManifest.FormatLine(target));
            }
        }

        await AppendStagedAsync(repo, lines.Select(line => "+" + Encoding.UTF8.GetString(line)), ct).ConfigureAwait(false);
        return new() { ["staged_additions"] = lines.Count };
    }

    /// <summary>
    /// Checks every line of a manifest (as <see cref="TargetManifest.ParseLine"/> and <see cref="Check"/> do) and stages the
    /// lines as they are, so that the publish reads them with the repository's parallel manifest reader. Nothing is staged
    /// when a line is wrong.
    /// </summary>
    private static async Task<int> StageManifestAsync(DirectoryInfo repo, FileInfo manifest, CancellationToken ct)
    {
        var content = await File.ReadAllBytesAsync(manifest.FullName, ct).ConfigureAwait(false);
        var pending = Path.Combine(repo.FullName, StagedFile + ".adding");
        var count = 0;
        using (var output = new FileStream(pending, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var number = 0;
            foreach (var range in content.AsMemory().Span.Split((byte)'\n'))
            {
                number++;
                var line = content.AsMemory(range).TrimEnd((byte)'\r');
                if (line.Span.IndexOfAnyExcept(" \t"u8) < 0)
                {
                    continue;
                }

                TargetFile target;
                try
                {
                    target = TargetManifest.ParseLine(line.Span);
                }
                catch (InvalidMetadataException e)
                {
                    throw new ArgumentException($"{manifest.Name} line {number}: {e.Message}", e);
                }

                Check(target.Path);
                output.WriteByte((byte)'+');
                output.Write(line.Span);
                output.WriteByte((byte)'\n');
                count++;
            }
        }

        // Appended only once every line passed: a wrong manifest stages nothing.
        await using (var staged = new FileStream(Path.Combine(repo.FullName, StagedFile), FileMode.Append, FileAccess.Write))
        await using (var input = File.OpenRead(pending))
        {
            await input.CopyToAsync(staged, ct).ConfigureAwait(false);
        }

        File.Delete(pending);
        return count;
    }

    private static void Check(string path)
    {
        if (path.Length == 0 || path[0] == '/' || path.Any(char.IsControl) || path.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new ArgumentException($"Invalid target path \"{path}\": relative, no empty, '.' or '..' segments, no control characters.");
        }
    }

    private static async Task<TargetFile> DescribeFileAsync(string path, FileInfo file, CancellationToken ct)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        var buffer = new byte[1 << 16];
        long length = 0;
        await using (var stream = file.OpenRead())
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                sha512.AppendData(buffer, 0, read);
                length += read;
            }
        }

        return new TargetFile(path, length, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sha256"] = Convert.ToHexStringLower(sha256.GetHashAndReset()),
            ["sha512"] = Convert.ToHexStringLower(sha512.GetHashAndReset()),
        });
    }

    /// <summary>Copies the file to targets/PATH and, for consistent snapshots, to targets/DIR/HASH.NAME for each hash.</summary>
    private static async Task CopyTargetAsync(DirectoryInfo repo, TargetFile target, FileInfo file, CancellationToken ct)
    {
        var root = Path.Combine(repo.FullName, "targets");
        var slash = target.Path.LastIndexOf('/');
        var directory = slash < 0 ? "" : target.Path[..slash];
        var name = target.Path[(slash + 1)..];
        var destinations = new List<string> { target.Path };
        destinations.AddRange(target.Hashes.Values.Select(hash => (directory.Length == 0 ? "" : directory + "/") + hash + "." + name));
        foreach (var destination in destinations)
        {
            var full = Path.GetFullPath(Path.Combine(root, destination));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + ".tmp";
            await using (var source = file.OpenRead())
            await using (var output = File.Create(temporary))
            {
                await source.CopyToAsync(output, ct).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
    }

    private static async Task AppendStagedAsync(DirectoryInfo repo, IEnumerable<string> lines, CancellationToken ct) =>
        await File.AppendAllLinesAsync(Path.Combine(repo.FullName, StagedFile), lines, new UTF8Encoding(false), ct).ConfigureAwait(false);

    private static async Task<Dictionary<string, object?>> RemoveAsync(DirectoryInfo repo, string[] paths, CancellationToken ct)
    {
        if (!Directory.Exists(Path.Combine(repo.FullName, "metadata")))
        {
            throw new InvalidOperationException($"{repo.FullName} holds no repository; run bonded tuf init first.");
        }

        await AppendStagedAsync(repo, paths.Select(p => "-" + JsonSerializer.Serialize(p)), ct).ConfigureAwait(false);
        return new() { ["staged_removals"] = paths.Length };
    }

    private static async Task<int> ApplyStagedAsync(DirectoryInfo repo, TufRepository repository, CancellationToken ct)
    {
        var staged = Path.Combine(repo.FullName, StagedFile);
        if (!File.Exists(staged))
        {
            return 0;
        }

        // Runs of additions ("+" and a manifest line) are parsed as one manifest, in parallel blocks; a removal ("-" and a
        // JSON string) applies in order after the additions staged before it.
        var count = 0;
        var content = await File.ReadAllBytesAsync(staged, ct).ConfigureAwait(false);
        var additions = new MemoryStream();
        var ranges = new List<Range>();
        foreach (var range in content.AsSpan().Split((byte)'\n'))
        {
            ranges.Add(range);
        }

        foreach (var range in ranges)
        {
            var line = content.AsMemory(range);
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Span[0] == '-')
            {
                await AddRunAsync().ConfigureAwait(false);
                repository.RemoveTargets([JsonSerializer.Deserialize<string>(line.Span[1..])!]);
            }
            else
            {
                additions.Write(line.Span[1..]);
                additions.WriteByte((byte)'\n');
            }

            count++;
        }

        await AddRunAsync().ConfigureAwait(false);
        return count;

        async Task AddRunAsync()
        {
            if (additions.Length > 0)
            {
                additions.Position = 0;
                try
                {
                    // The repository's parallel reader; it refuses a path listed twice, which staging allows (the
                    // later listing wins), so such a run takes the one-by-one path instead.
                    await repository.AddTargetsFromManifestAsync(additions, ct).ConfigureAwait(false);
                }
                catch (InvalidMetadataException)
                {
                    additions.Position = 0;
                    repository.AddTargets(TargetManifest.Read(additions));
                }

                additions.SetLength(0);
            }
        }
    }

    private static async Task<Dictionary<string, object?>> PublishAsync(DirectoryInfo repo, CancellationToken ct)
    {
        var repository = await OpenAsync(repo, ct).ConfigureAwait(false);
        var changes = await ApplyStagedAsync(repo, repository, ct).ConfigureAwait(false);
        var result = await repository.PublishAsync(ct).ConfigureAwait(false);
        File.Delete(Path.Combine(repo.FullName, StagedFile));
        return new()
        {
            ["changes"] = changes,
            ["bins_signed"] = result.BinsSigned,
            ["targets_signed"] = result.TargetsSigned,
            ["snapshot_version"] = result.SnapshotVersion,
            ["timestamp_version"] = result.TimestampVersion,
            ["warnings"] = result.Warnings,
        };
    }

    private static async Task<Dictionary<string, object?>> RotateAsync(DirectoryInfo repo, string role, CancellationToken ct)
    {
        var repository = await OpenAsync(repo, ct).ConfigureAwait(false);
        var keys = Keys(repo);
        var old = LocalSigner.FromPem(await File.ReadAllTextAsync(TufKeyFiles.PathOf(keys, role), ct).ConfigureAwait(false));
        var keyType = old.PublicKey.KeyType;
        using var fresh = LocalSigner.Generate(keyType);
        var pending = Path.Combine(keys, role + ".next");
        TufKeyFiles.Save(pending, role, fresh, overwrite: true);
        var result = await repository.RotateAsync(role, fresh, ct).ConfigureAwait(false);
        File.Move(TufKeyFiles.PathOf(keys, role), Path.Combine(keys, role + "." + old.PublicKey.KeyId[..16] + ".retired.pem"));
        File.Move(TufKeyFiles.PathOf(pending, role), TufKeyFiles.PathOf(keys, role));
        Directory.Delete(pending);
        old.Dispose();
        return new()
        {
            ["role"] = role,
            ["new_keyid"] = fresh.PublicKey.KeyId,
            ["root_version"] = repository.Root.Signed.Version,
            ["timestamp_version"] = result.TimestampVersion,
        };
    }

    private static async Task<Dictionary<string, object?>> StatusAsync(DirectoryInfo repo, CancellationToken ct)
    {
        var repository = await OpenAsync(repo, ct).ConfigureAwait(false);
        await ApplyStagedAsync(repo, repository, ct).ConfigureAwait(false);
        return Describe(repository);
    }

    private static Dictionary<string, object?> Describe(TufRepository repository)
    {
        var status = repository.GetStatus();
        return new()
        {
            ["root_version"] = status.RootVersion,
            ["root_expires"] = status.RootExpires,
            ["targets_version"] = status.TargetsVersion,
            ["targets_expires"] = status.TargetsExpires,
            ["snapshot_version"] = status.SnapshotVersion,
            ["snapshot_expires"] = status.SnapshotExpires,
            ["timestamp_version"] = status.TimestampVersion,
            ["timestamp_expires"] = status.TimestampExpires,
            ["bins"] = status.BinCount,
            ["succinct"] = status.SuccinctBins,
            ["earliest_bin_expiry"] = status.EarliestBinExpiry,
            ["targets"] = status.TargetCount,
            ["staged_additions"] = status.StagedAdditions,
            ["staged_removals"] = status.StagedRemovals,
        };
    }
}
