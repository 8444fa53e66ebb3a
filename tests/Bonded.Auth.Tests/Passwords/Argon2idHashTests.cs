using Bonded.Auth.Passwords;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bonded.Auth.Tests.Passwords;

public sealed class Argon2idHashTests
{
    private const string Valid = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0";

    [Theory]
    [InlineData("$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=16$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$t=1,m=64,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=064,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=2$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA==$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdB$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9D")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA")]
    [InlineData("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wb9DOLKUgwlL5fjad9tfCPU0SBAo0PEY/evJRhwtUR0$")]
    public void Refuses_malformed_hashes(string text)
    {
        Assert.False(Argon2idHash.TryParse(text, out _));
        Assert.Throws<PasswordHashFormatException>(() => Argon2idHash.Parse(text));
    }

    [Fact]
    public void Parses_a_valid_hash_and_shows_no_hash_in_ToString()
    {
        var hash = Argon2idHash.Parse(Valid);
        Assert.Equal(64, hash.MemorySizeKiB);
        Assert.Equal(Valid, hash.Encode());
        Assert.DoesNotContain("Wb9D", hash.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public Property Round_trips_to_the_canonical_form() => Prop.ForAll(
        (from m in Gen.Choose(8, 4 * 1024 * 1024)
         from t in Gen.Choose(1, 1000)
         from salt in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), 16)
         from length in Gen.Choose(16, 64)
         from hash in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), length)
         select new Argon2idHash(m, t, 1, salt, hash)).ToArbitrary(),
        h =>
        {
            var text = h.Encode();
            var parsed = Argon2idHash.Parse(text);
            return parsed.Encode() == text && parsed.Salt.SequenceEqual(h.Salt) && parsed.Hash.SequenceEqual(h.Hash);
        });

    [Property]
    public bool Any_string_parses_or_fails_with_the_documented_exception(string text)
    {
        try
        {
            var parsed = Argon2idHash.Parse(text ?? string.Empty);
            return parsed.Encode() == text;
        }
        catch (PasswordHashFormatException)
        {
            return !Argon2idHash.TryParse(text, out _);
        }
    }

    [Property]
    public bool Mutations_of_a_valid_hash_parse_canonically_or_fail(int position, char c)
    {
        var index = (int)(unchecked((uint)position) % Valid.Length);
        var mutated = string.Concat(Valid.AsSpan(0, index), c.ToString(), Valid.AsSpan(index + 1));
        try
        {
            return Argon2idHash.Parse(mutated).Encode() == mutated;
        }
        catch (PasswordHashFormatException)
        {
            return true;
        }
    }
}
