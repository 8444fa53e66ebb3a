using System.Collections.Concurrent;

namespace Bonded.Tuf;

/// <summary>Keeps files in memory (tests and benchmarks).</summary>
internal sealed class InMemoryTufStorage : ITufStorage
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public ValueTask<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Files.TryGetValue(path, out var content) ? content : null);

    public ValueTask WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        Files[path] = content.ToArray();
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        Files.TryRemove(path, out _);
        return ValueTask.CompletedTask;
    }
}
