using System.Buffers;

namespace Bonded.Scanning.Archives;

/// <summary>
/// Memory for the retained content of one scan's entries: small entries are packed into pooled 1 MiB chunks, which go back
/// to the pool when the scan ends. Content lives as long as the scan that read it; a scan's entries would otherwise be
/// hundreds of arrays that survive several collections only to die together.
/// </summary>
internal sealed class ContentArena : IDisposable
{
    private const int ChunkSize = 1 << 20;

    // Entries larger than this get an array of their own, so that a chunk is never mostly wasted.
    private const int LargestPacked = ChunkSize / 8;

    // At most 32 MiB stay pooled between scans.
    private static readonly ArrayPool<byte> Chunks = ArrayPool<byte>.Create(ChunkSize, 32);

    private readonly List<byte[]> rented = [];
    private byte[]? chunk;
    private int used;

    /// <summary>Whether the scan has ended and the memory has gone back to the pool.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>A block of <paramref name="size"/> bytes, valid until <see cref="Dispose"/>; its content is undefined until written.</summary>
    public Memory<byte> Allocate(int size)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (size > LargestPacked)
        {
            return new byte[size];
        }

        if (chunk is null || ChunkSize - used < size)
        {
            chunk = Chunks.Rent(ChunkSize);
            rented.Add(chunk);
            used = 0;
        }

        var block = chunk.AsMemory(used, size);
        used += size;
        return block;
    }

    /// <summary>Returns the chunks to the pool; nothing allocated here may be read afterwards.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        foreach (var block in rented)
        {
            Chunks.Return(block);
        }

        rented.Clear();
        chunk = null;
    }
}
