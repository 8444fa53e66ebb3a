using BenchmarkDotNet.Attributes;
using Bonded.Auth.Passwords;
using Microsoft.Extensions.Options;

namespace Bonded.Benchmarks.Auth;

/// <summary>One argon2id verification with the default (OWASP) parameters: 19 MiB, two passes, one lane. Slow by design.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PasswordHasherBenchmarks
{
    private PasswordHasher hasher = null!;
    private string hash = null!;

    [GlobalSetup]
    public void Setup()
    {
        hasher = new PasswordHasher(Options.Create(new PasswordHasherOptions()));
        hash = hasher.Hash("correct horse battery staple");
    }

    [Benchmark]
    public PasswordVerification Verify() => hasher.Verify(hash, "correct horse battery staple");
}
