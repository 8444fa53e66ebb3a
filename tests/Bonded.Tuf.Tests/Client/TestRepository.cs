using System.Security.Cryptography;

namespace Bonded.Tuf.Tests.Client;

/// <summary>
/// An in-memory TUF repository for crafting the repositories the client tests need: roles with Ed25519 keys, targets,
/// delegations, versions and expiries set freely, and the published files open to tampering before a client reads them.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, List<LocalSigner>> signers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> thresholds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, TargetFile>> targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DelegationSpec>> delegations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetaFile> snapshotMeta = new(StringComparer.Ordinal);
    private MetaFile timestampSnapshotMeta = new(1);

    public TestRepository(bool consistentSnapshot = true)
    {
        ConsistentSnapshot = consistentSnapshot;
        foreach (var role in Root.TopLevelRoleNames)
        {
            signers[role] = [LocalSigner.Generate(KeyTypes.Ed25519)];
            thresholds[role] = 1;
            Expiries[role] = Now.AddDays(30);
        }

        targets["targets"] = new Dictionary<string, TargetFile>(StringComparer.Ordinal);
        InitialRoot = PublishRoot();
        Publish("targets", "snapshot", "timestamp");
    }

    public bool ConsistentSnapshot { get; set; }

    /// <summary>Also list lengths and hashes of metadata in snapshot and timestamp.</summary>
    public bool ListHashes { get; set; }

    /// <summary>The bytes of root version 1, the client's trust anchor.</summary>
    public byte[] InitialRoot { get; }

    /// <summary>Published files by path under the repository base: <c>metadata/1.root.json</c>, <c>targets/HASH.name</c>.</summary>
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DateTimeOffset> Expiries { get; } = new(StringComparer.Ordinal);

    /// <summary>Signers that also sign the next published root (the previous root's keys during a rotation).</summary>
    public List<LocalSigner> ExtraRootSigners { get; } = [];

    public IReadOnlyList<LocalSigner> Signers(string role) => signers[role];

    public long Version(string role) => versions.GetValueOrDefault(role);

    /// <summary>Sets the next version a role publishes with (the version after the next publish is this plus one).</summary>
    public void SetVersion(string role, long version) => versions[role] = version;

    public void SetThreshold(string role, int threshold) => thresholds[role] = threshold;

    public LocalSigner AddKey(string role)
    {
        var signer = LocalSigner.Generate(KeyTypes.Ed25519);
        signers[role].Add(signer);
        return signer;
    }

    /// <summary>Replaces every key of a role with a new one.</summary>
    public void RotateKeys(string role)
    {
        if (role == "root")
        {
            ExtraRootSigners.AddRange(signers[role]);
        }

        signers[role] = [LocalSigner.Generate(KeyTypes.Ed25519)];
    }

    public TargetFile AddTarget(string role, string path, byte[] content)
    {
        var target = new TargetFile(path, content.Length, new Dictionary<string, string>
        {
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content)),
            ["sha512"] = Convert.ToHexStringLower(SHA512.HashData(content)),
        });
        targets[role][path] = target;
        foreach (var hash in ConsistentSnapshot ? target.Hashes.Values.Select(h => HashPrefixed(path, h)) : [path])
        {
            Files["targets/" + hash] = content;
        }

        return target;
    }

    public void AddDelegation(string parent, string name, IReadOnlyList<string>? paths = null, bool terminating = false,
        IReadOnlyList<string>? hashPrefixes = null, int threshold = 1)
    {
        signers.TryAdd(name, [LocalSigner.Generate(KeyTypes.Ed25519)]);
        thresholds[name] = threshold;
        Expiries.TryAdd(name, Now.AddDays(30));
        targets.TryAdd(name, new Dictionary<string, TargetFile>(StringComparer.Ordinal));
        if (!delegations.TryGetValue(parent, out var list))
        {
            delegations[parent] = list = [];
        }

        list.Add(new DelegationSpec(name, paths ?? (hashPrefixes is null ? ["*"] : null), hashPrefixes, terminating));
    }

    /// <summary>Publishes roles in order: each gets the next version and is signed; targets roles update the snapshot listing, the snapshot updates the timestamp.</summary>
    public void Publish(params string[] roles)
    {
        foreach (var role in roles)
        {
            switch (role)
            {
                case "root":
                    PublishRoot();
                    break;
                case "timestamp":
                    PublishTimestamp();
                    break;
                case "snapshot":
                    PublishSnapshot();
                    break;
                default:
                    PublishTargets(role);
                    break;
            }
        }
    }

    /// <summary>Signs any signed object with the given signers, as a compromised or careless repository might.</summary>
    public static byte[] Sign<T>(T signed, IEnumerable<LocalSigner> by)
        where T : Signed
    {
        var payload = signed.ToCanonicalJson();
        var signatures = new OrderedDictionary<string, Signature>(StringComparer.Ordinal);
        foreach (var signer in by)
        {
            signatures[signer.PublicKey.KeyId] = new Signature(signer.PublicKey.KeyId, Convert.ToHexStringLower(signer.Sign(payload)));
        }

        return new Metadata<T>(signed, signatures).ToBytes();
    }

    public static string MetadataPath(string role, long? version) =>
        "metadata/" + (version is { } v ? $"{v}." : string.Empty) + MetadataCache.FileName(role);

    /// <summary>The current published bytes of a role (the newest version).</summary>
    public byte[] Current(string role) => Files[MetadataPath(role, role == "timestamp" || !ConsistentSnapshot ? null : Version(role))];

    /// <summary>Replaces a role's newest published bytes wherever a client would fetch them.</summary>
    public void Replace(string role, byte[] data)
    {
        Files[MetadataPath(role, role == "timestamp" || !ConsistentSnapshot ? null : Version(role))] = data;
        if (role == "root")
        {
            Files[MetadataPath("root", Version("root"))] = data;
        }
    }

    public Root BuildRoot(long version)
    {
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in Root.TopLevelRoleNames)
        {
            foreach (var signer in signers[role])
            {
                keys[signer.PublicKey.KeyId] = signer.PublicKey;
            }

            roles[role] = new Role([.. signers[role].Select(s => s.PublicKey.KeyId)], thresholds[role]);
        }

        return new Root { Version = version, Expires = Expiries["root"], ConsistentSnapshot = ConsistentSnapshot, Keys = keys, Roles = roles };
    }

    public Targets BuildTargets(string role, long version)
    {
        Delegations? delegation = null;
        if (delegations.TryGetValue(role, out var list))
        {
            var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
            var delegated = new List<DelegatedRole>();
            foreach (var spec in list)
            {
                foreach (var signer in signers[spec.Name])
                {
                    keys[signer.PublicKey.KeyId] = signer.PublicKey;
                }

                delegated.Add(new DelegatedRole(spec.Name, [.. signers[spec.Name].Select(s => s.PublicKey.KeyId)], thresholds[spec.Name],
                    spec.Terminating, spec.Paths, spec.HashPrefixes));
            }

            delegation = new Delegations(keys, delegated);
        }

        return new Targets { Version = version, Expires = Expiries[role], TargetFiles = new Dictionary<string, TargetFile>(targets[role]), Delegations = delegation };
    }

    public void Dispose()
    {
        foreach (var signer in signers.Values.SelectMany(s => s).Concat(ExtraRootSigners))
        {
            signer.Dispose();
        }
    }

    private byte[] PublishRoot()
    {
        var version = versions[("root")] = Version("root") + 1;
        var data = Sign(BuildRoot(version), signers["root"].Concat(ExtraRootSigners).DistinctBy(s => s.PublicKey.KeyId));
        ExtraRootSigners.Clear();
        Files[MetadataPath("root", version)] = data;
        Files[MetadataPath("root", null)] = data;
        return data;
    }

    private void PublishTargets(string role)
    {
        var version = versions[role] = Version(role) + 1;
        var data = Sign(BuildTargets(role, version), signers[role]);
        Files[MetadataPath(role, ConsistentSnapshot ? version : null)] = data;
        snapshotMeta[role + ".json"] = Listing(version, data);
    }

    private void PublishSnapshot()
    {
        var version = versions["snapshot"] = Version("snapshot") + 1;
        var snapshot = new Snapshot { Version = version, Expires = Expiries["snapshot"], Meta = new Dictionary<string, MetaFile>(snapshotMeta) };
        var data = Sign(snapshot, signers["snapshot"]);
        Files[MetadataPath("snapshot", ConsistentSnapshot ? version : null)] = data;
        timestampSnapshotMeta = Listing(version, data);
    }

    private void PublishTimestamp()
    {
        var version = versions["timestamp"] = Version("timestamp") + 1;
        var timestamp = new Timestamp { Version = version, Expires = Expiries["timestamp"], SnapshotMeta = timestampSnapshotMeta };
        Files[MetadataPath("timestamp", null)] = Sign(timestamp, signers["timestamp"]);
    }

    private MetaFile Listing(long version, byte[] data) => ListHashes
        ? new MetaFile(version, data.Length, new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(data)) })
        : new MetaFile(version);

    private static string HashPrefixed(string path, string hash)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? $"{hash}.{path}" : $"{path[..(slash + 1)]}{hash}.{path[(slash + 1)..]}";
    }

    private sealed record DelegationSpec(string Name, IReadOnlyList<string>? Paths, IReadOnlyList<string>? HashPrefixes, bool Terminating);
}

/// <summary>Serves a <see cref="TestRepository"/>'s files, records every request, and lets a test play the attacker.</summary>
internal sealed class TestFetcher(TestRepository repository) : ITufFetcher
{
    public const string BaseUri = "https://repo.test/";

    public List<string> Requests { get; } = [];

    /// <summary>An attacker's answer for a path (return null to serve the real file).</summary>
    public Func<string, Stream?>? Attack { get; set; }

    public Task<Stream> OpenReadAsync(Uri uri, CancellationToken cancellationToken)
    {
        var path = uri.AbsolutePath.TrimStart('/');
        Requests.Add(path);
        if (Attack?.Invoke(path) is { } attack)
        {
            return Task.FromResult(attack);
        }

        return repository.Files.TryGetValue(path, out var data)
            ? Task.FromResult<Stream>(new MemoryStream(data, writable: false))
            : throw new DownloadHttpException($"{path} not found", 404);
    }
}

/// <summary>A clock stopped at one instant (timers still run in real time).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A client of a <see cref="TestRepository"/> with its own metadata and target folders.</summary>
internal sealed class TestClient : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("bonded-tuf-client-");

    public TestClient(TestRepository repository)
    {
        Repository = repository;
        Fetcher = new TestFetcher(repository);
        Directory.CreateDirectory(MetadataDirectory);
        File.WriteAllBytes(Path.Combine(MetadataDirectory, "root.json"), repository.InitialRoot);
    }

    public TestRepository Repository { get; }

    public TestFetcher Fetcher { get; }

    public FixedTime Time { get; } = new(TestRepository.Now);

    public string MetadataDirectory => Path.Combine(directory.FullName, "metadata");

    public string TargetDirectory => Path.Combine(directory.FullName, "targets");

    public Action<TufUpdaterOptions>? Configure { get; set; }

    public TufUpdater CreateUpdater()
    {
        var options = new TufUpdaterOptions
        {
            MetadataBaseUri = new Uri(TestFetcher.BaseUri + "metadata/"),
            TargetBaseUri = new Uri(TestFetcher.BaseUri + "targets/"),
            MetadataDirectory = MetadataDirectory,
            TargetDirectory = TargetDirectory,
        };
        Configure?.Invoke(options);
        return new TufUpdater(options, Fetcher, Time);
    }

    public async Task RefreshAsync()
    {
        using var updater = CreateUpdater();
        await updater.RefreshAsync();
    }

    /// <summary>Refreshes, finds and downloads a target; returns its bytes.</summary>
    public async Task<byte[]> DownloadAsync(string path)
    {
        using var updater = CreateUpdater();
        var target = await updater.GetTargetInfoAsync(path) ?? throw new InvalidOperationException($"{path} not found");
        return await File.ReadAllBytesAsync(await updater.DownloadTargetAsync(target));
    }

    /// <summary>The version of a role in the client's trusted metadata folder, or null.</summary>
    public long? TrustedVersion(string role)
    {
        var path = Path.Combine(MetadataDirectory, MetadataCache.FileName(role));
        return File.Exists(path) ? Metadata<Signed>.Parse(File.ReadAllBytes(path)).Signed.Version : null;
    }

    public byte[]? TrustedBytes(string role)
    {
        var path = Path.Combine(MetadataDirectory, MetadataCache.FileName(role));
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Dispose() => directory.Delete(recursive: true);
}
