using BenchmarkDotNet.Attributes;
using Bonded.Auth.Hashing;

namespace Bonded.Benchmarks.Auth;

/// <summary>One compression-function call, as dispatched (the platform's SHA block functions where found) and managed.</summary>
[MemoryDiagnoser]
public class ShaCompressionBenchmarks
{
    private readonly uint[] state32 = new uint[8];
    private readonly ulong[] state64 = new ulong[8];
    private readonly byte[] block = new byte[128];
    private readonly byte[] key = new byte[32];
    private readonly byte[] tag = new byte[32];

    /// <summary>One HMAC-SHA256 of a 25-byte caveat under a 32-byte key: a macaroon chain step (four compressions).</summary>
    [Benchmark]
    public byte HmacSha256ChainStep()
    {
        HmacSha256.Compute(key, block.AsSpan(0, 25), tag);
        return tag[0];
    }

    /// <summary>The same with the platform's one-shot HMAC.</summary>
    [Benchmark]
    public byte PlatformHmacSha256ChainStep()
    {
        System.Security.Cryptography.HMACSHA256.HashData(key, block.AsSpan(0, 25), tag);
        return tag[0];
    }

    [Benchmark]
    public uint Sha1() { ShaCompression.Sha1(state32, block); return state32[0]; }

    [Benchmark]
    public uint Sha1Managed() { ManagedSha.Sha1(state32, block); return state32[0]; }

    [Benchmark]
    public uint Sha256() { ShaCompression.Sha256(state32, block); return state32[0]; }

    [Benchmark]
    public uint Sha256Managed() { ManagedSha.Sha256(state32, block); return state32[0]; }

    [Benchmark]
    public ulong Sha512() { ShaCompression.Sha512(state64, block); return state64[0]; }

    [Benchmark]
    public ulong Sha512Managed() { ManagedSha.Sha512(state64, block); return state64[0]; }
}
