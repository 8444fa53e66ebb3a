using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>Tag 1, <c>[1, [normalized names]]</c>: the token acts only on the named projects.</summary>
public sealed class ProjectNamesCaveat : TokenCaveat
{
    private readonly string[] names;

    /// <summary>Creates the caveat; names are normalized per PEP 503.</summary>
    /// <param name="projectNames">The projects the token may act on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projectNames"/> is null.</exception>
    /// <exception cref="ArgumentException">No project names are given.</exception>
    public ProjectNamesCaveat(IEnumerable<string> projectNames)
    {
        ArgumentNullException.ThrowIfNull(projectNames);
        names = [.. projectNames.Select(ProjectNames.Normalize).Distinct(StringComparer.Ordinal)];
        if (names.Length == 0)
        {
            throw new ArgumentException("At least one project name is required.", nameof(projectNames));
        }
    }

    private ProjectNamesCaveat(string[] names, bool trusted)
    {
        _ = trusted;
        this.names = names;
    }

    /// <summary>The normalized project names.</summary>
    public IReadOnlyList<string> Names => names;

    /// <inheritdoc/>
    public override int Tag => 1;

    /// <inheritdoc/>
    public override CaveatResult Verify(CaveatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var project = context.NormalizedProjectName;
        if (project is null)
        {
            return CaveatResult.Failed("project-scoped token used outside of a project context");
        }

        foreach (var name in names)
        {
            if (string.Equals(name, project, StringComparison.Ordinal))
            {
                return CaveatResult.Satisfied;
            }
        }

        return CaveatResult.Failed($"project-scoped token is not valid for project: '{context.Request.ProjectName}'");
    }

    /// <inheritdoc/>
    protected override void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    internal sealed class Type : CaveatType
    {
        public override int Tag => 1;

        public override string Name => "project-names";

        public override TokenCaveat? Read(ref Utf8JsonReader reader)
        {
            var items = ReadStringArray(ref reader, 1024);
            return items is null ? null : new ProjectNamesCaveat(items, trusted: true);
        }
    }
}
