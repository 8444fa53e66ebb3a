namespace Bonded.Tuf.Tests.Metadata;

public sealed class DelegationTests
{
    [Fact]
    public void Succinct_bins_match_python_tuf()
    {
        foreach (var vector in TestVectors.Load("succinct_bins.json").EnumerateArray())
        {
            var roles = new SuccinctRoles([], 1, vector.GetProperty("bit_length").GetInt32(), "bins");
            Assert.Equal(vector.GetProperty("number_of_bins").GetInt64(), roles.NumberOfBins);
            Assert.Equal(vector.GetProperty("suffix_len").GetInt32(), roles.SuffixLength);
            Assert.Equal(vector.GetProperty("first").GetString(), roles.GetRoles().First());
            foreach (var target in vector.GetProperty("roles").EnumerateObject())
            {
                var name = roles.GetRoleForTarget(target.Name);
                Assert.Equal(target.Value.GetString(), name);
                Assert.True(roles.IsDelegatedRole(name));
            }
        }
    }

    [Fact]
    public void Succinct_role_names_are_validated()
    {
        var roles = new SuccinctRoles([], 1, 10, "bins");
        Assert.True(roles.IsDelegatedRole("bins-3ff"));
        Assert.False(roles.IsDelegatedRole("bins-400"));
        Assert.False(roles.IsDelegatedRole("bins-3FF"));
        Assert.False(roles.IsDelegatedRole("bins-0"));
        Assert.False(roles.IsDelegatedRole("bin-000"));
        Assert.False(roles.IsDelegatedRole("bins-+00"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuccinctRoles([], 1, 33, "bins"));
    }

    [Fact]
    public void Delegated_paths_match_python_tuf()
    {
        foreach (var vector in TestVectors.Load("delegated_paths.json").EnumerateArray())
        {
            var target = vector.GetProperty("target").GetString()!;
            DelegatedRole role = vector.TryGetProperty("pattern", out var pattern)
                ? new DelegatedRole("r", [], 1, false, paths: [pattern.GetString()!])
                : new DelegatedRole("r", [], 1, false, pathHashPrefixes: vector.GetProperty("prefixes").EnumerateArray().Select(p => p.GetString()!).ToList());
            Assert.True(vector.GetProperty("match").GetBoolean() == role.IsDelegatedPath(target), $"{vector} for {target}");
        }
    }

    [Fact]
    public void Roles_for_target_follow_delegation_order()
    {
        var delegations = new Delegations(new Dictionary<string, Key>(),
        [
            new DelegatedRole("first", [], 1, false, paths: ["files/*"]),
            new DelegatedRole("second", [], 1, true, paths: ["*/*.whl"]),
            new DelegatedRole("other", [], 1, false, paths: ["simple/*"]),
        ]);
        Assert.Equal([("first", false), ("second", true)], delegations.GetRolesForTarget("files/a.whl").ToList());
        Assert.Null(delegations.GetRole("missing"));
        Assert.Throws<ArgumentException>(() => new Delegations(new Dictionary<string, Key>(), [new DelegatedRole("root", [], 1, false, paths: ["*"])]));
    }
}
