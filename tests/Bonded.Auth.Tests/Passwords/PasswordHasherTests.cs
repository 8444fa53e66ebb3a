using Bonded.Auth.Passwords;
using Microsoft.Extensions.Options;

namespace Bonded.Auth.Tests.Passwords;

public sealed class PasswordHasherTests
{
    // Small parameters keep the tests fast; production defaults are in PasswordHasherOptions.
    private static PasswordHasher Create(int memory = 64, int iterations = 1, int maxBytes = 128) =>
        new(Options.Create(new PasswordHasherOptions { MemorySizeKiB = memory, Iterations = iterations, MaxPasswordBytes = maxBytes }));

    [Fact]
    public void Hashes_to_a_PHC_string_and_verifies()
    {
        var hasher = Create();
        var hash = hasher.Hash("correct horse battery staple");
        Assert.Matches(@"^\$argon2id\$v=19\$m=64,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$", hash);
        Assert.Equal(PasswordVerification.Success, hasher.Verify(hash, "correct horse battery staple"));
        Assert.Equal(PasswordVerification.Failed, hasher.Verify(hash, "correct horse battery stapler"));
        Assert.NotEqual(hash, hasher.Hash("correct horse battery staple"));
    }

    [Fact]
    public void Matches_an_independent_implementation()
    {
        // argon2id, m=64 KiB, t=1, p=1, salt "saltsaltsaltsalt", password "password", 32-byte tag, as computed
        // by pyca/cryptography's Argon2id (OpenSSL), an implementation independent of libsodium.
        const string Known = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0";
        var mine = PasswordHasher.HashWith("password", 64, 1, "saltsaltsaltsalt"u8, 32);
        Assert.Equal(Known, mine);
    }

    [Fact]
    public void Asks_for_a_rehash_when_the_parameters_changed()
    {
        var old = Create(memory: 32).Hash("hunter2hunter2");
        var hasher = Create(memory: 64);
        Assert.Equal(PasswordVerification.SuccessRehashNeeded, hasher.Verify(old, "hunter2hunter2"));
        Assert.Equal(PasswordVerification.Failed, hasher.Verify(old, "hunter3hunter3"));
        Assert.Equal(PasswordVerification.Success, hasher.Verify(hasher.Hash("hunter2hunter2"), "hunter2hunter2"));
    }

    [Fact]
    public void Bounds_the_password_length()
    {
        var hasher = Create(maxBytes: 64);
        var hash = hasher.Hash(new string('a', 64));
        Assert.Throws<PasswordTooLongException>(() => hasher.Hash(new string('a', 65)));
        Assert.Throws<PasswordTooLongException>(() => hasher.Hash(new string('é', 33)));
        Assert.Equal(PasswordVerification.Failed, hasher.Verify(hash, new string('a', 1_000_000)));
        Assert.False(hasher.IsAcceptableLength(new string('a', 65)));
    }

    [Fact]
    public void Reports_a_corrupt_stored_hash()
    {
        Assert.Throws<PasswordHashFormatException>(() => Create().Verify("$2b$12$notargon", "x"));
        Assert.Throws<PasswordHashFormatException>(() => Create().Verify("$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0", "x"));
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PasswordHasher(Options.Create(new PasswordHasherOptions { MemorySizeKiB = 1, Iterations = 0, Parallelism = 4 })));
        Assert.Contains("MemorySizeKiB", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Iterations", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Parallelism", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unknown_user_path_hashes_acceptable_passwords_and_skips_overlong_ones()
    {
        var hasher = Create(maxBytes: 64);
        hasher.VerifyNothing("anything");
        hasher.VerifyNothing(new string('a', 1_000_000));
        Assert.Throws<ArgumentNullException>(() => hasher.VerifyNothing(null!));
    }
}
