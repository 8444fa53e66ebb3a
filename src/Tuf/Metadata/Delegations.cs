using System.Text.Json;

namespace Bonded.Tuf;

/// <summary>The delegations of a targets role: keys, and either an ordered list of roles or succinct hash bins (TAP 15).</summary>
public sealed class Delegations
{
    /// <summary>Creates delegations to an ordered list of roles.</summary>
    /// <param name="keys">The delegated keys by id.</param>
    /// <param name="roles">The roles in priority order; names unique and not top-level names.</param>
    /// <exception cref="ArgumentException">Duplicate or reserved role names.</exception>
    public Delegations(IReadOnlyDictionary<string, Key> keys, IReadOnlyList<DelegatedRole> roles)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(roles);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (!names.Add(role.Name) || Root.TopLevelRoleNames.Contains(role.Name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Delegated role name \"{role.Name}\" is duplicated or reserved.", nameof(roles));
            }
        }

        Keys = keys;
        Roles = roles;
        RolesByName = roles.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>Creates succinct hash bin delegations.</summary>
    /// <param name="keys">The delegated keys by id.</param>
    /// <param name="succinctRoles">The bins.</param>
    public Delegations(IReadOnlyDictionary<string, Key> keys, SuccinctRoles succinctRoles)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(succinctRoles);
        Keys = keys;
        SuccinctRoles = succinctRoles;
    }

    /// <summary>The delegated keys by id.</summary>
    public IReadOnlyDictionary<string, Key> Keys { get; }

    /// <summary>The delegated roles in priority order, or null with succinct roles.</summary>
    public IReadOnlyList<DelegatedRole>? Roles { get; }

    /// <summary>The succinct hash bins, or null with a list of roles.</summary>
    public SuccinctRoles? SuccinctRoles { get; }

    /// <summary>Unrecognized members.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnrecognizedFields { get; init; } = new Dictionary<string, JsonElement>();

    private Dictionary<string, DelegatedRole>? RolesByName { get; }

    /// <summary>The delegated roles that may list <paramref name="targetPath"/>, in the order a client visits them.</summary>
    /// <param name="targetPath">The target path.</param>
    /// <returns>Role names with whether each is terminating.</returns>
    public IEnumerable<(string Name, bool Terminating)> GetRolesForTarget(string targetPath)
    {
        ArgumentNullException.ThrowIfNull(targetPath);
        if (SuccinctRoles is not null)
        {
            yield return (SuccinctRoles.GetRoleForTarget(targetPath), true);
            yield break;
        }

        foreach (var role in Roles!)
        {
            if (role.IsDelegatedPath(targetPath))
            {
                yield return (role.Name, role.Terminating);
            }
        }
    }

    /// <summary>The role trusted for <paramref name="roleName"/>, or null when not delegated here.</summary>
    /// <param name="roleName">A delegated role name or succinct bin name.</param>
    /// <returns>The role or null.</returns>
    public Role? GetRole(string roleName)
    {
        ArgumentNullException.ThrowIfNull(roleName);
        if (SuccinctRoles is not null)
        {
            return SuccinctRoles.IsDelegatedRole(roleName) ? SuccinctRoles : null;
        }

        return RolesByName!.GetValueOrDefault(roleName);
    }

    internal void WriteTo(CanonicalJsonWriter writer)
    {
        var members = new MemberWriter(writer, UnrecognizedFields);
        members.Name("keys");
        Key.WriteKeys(writer, Keys);
        if (Roles is not null)
        {
            members.Name("roles");
            writer.StartArray();
            foreach (var role in Roles)
            {
                role.WriteTo(writer);
            }

            writer.EndArray();
        }
        else
        {
            members.Name("succinct_roles");
            SuccinctRoles!.WriteTo(writer);
        }

        members.End();
    }

    internal static Delegations Read(JsonElement element)
    {
        var fields = new JsonFields(element, "delegations");
        var keys = Key.ReadKeys(fields.Take("keys"), "delegations.keys");
        var roles = fields.TakeOptional("roles");
        var succinct = fields.TakeOptional("succinct_roles");
        if (roles.HasValue == succinct.HasValue)
        {
            throw new InvalidMetadataException("delegations must have exactly one of roles and succinct_roles.");
        }

        if (succinct is { } s)
        {
            return new Delegations(keys, SuccinctRoles.Read(s)) { UnrecognizedFields = fields.Rest() };
        }

        if (roles!.Value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidMetadataException("delegations.roles must be an array.");
        }

        var list = new List<DelegatedRole>();
        foreach (var item in roles.Value.EnumerateArray())
        {
            list.Add(DelegatedRole.Read(item));
        }

        try
        {
            return new Delegations(keys, list) { UnrecognizedFields = fields.Rest() };
        }
        catch (ArgumentException exception)
        {
            throw new InvalidMetadataException(exception.Message, exception);
        }
    }
}
