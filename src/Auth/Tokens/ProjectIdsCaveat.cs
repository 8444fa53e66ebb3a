using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>Tag 2, <c>[2, [project ids]]</c>: the token acts only on the projects with these ids (survives renames).</summary>
public sealed class ProjectIdsCaveat : TokenCaveat
{
    private readonly string[] ids;

    /// <summary>Creates the caveat.</summary>
    /// <param name="projectIds">The ids of the projects the token may act on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projectIds"/> is null.</exception>
    /// <exception cref="ArgumentException">No ids are given.</exception>
    public ProjectIdsCaveat(IEnumerable<string> projectIds)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        ids = [.. projectIds.Distinct(StringComparer.Ordinal)];
        if (ids.Length == 0)
        {
            throw new ArgumentException("At least one project id is required.", nameof(projectIds));
        }
    }

    private ProjectIdsCaveat(string[] ids, bool trusted)
    {
        _ = trusted;
        this.ids = ids;
    }

    /// <summary>The project ids.</summary>
    public IReadOnlyList<string> ProjectIds => ids;

    /// <inheritdoc/>
    public override int Tag => 2;

    /// <inheritdoc/>
    public override CaveatResult Verify(CaveatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var project = context.Request.ProjectId;
        if (project is null)
        {
            return CaveatResult.Failed("project-scoped token used outside of a project context");
        }

        foreach (var id in ids)
        {
            if (string.Equals(id, project, StringComparison.Ordinal))
            {
                return CaveatResult.Satisfied;
            }
        }

        return CaveatResult.Failed($"project-scoped token is not valid for project: '{context.Request.ProjectName ?? project}'");
    }

    /// <inheritdoc/>
    protected override void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }

    internal sealed class Type : CaveatType
    {
        public override int Tag => 2;

        public override string Name => "project-ids";

        public override TokenCaveat? Read(ref Utf8JsonReader reader)
        {
            var items = ReadStringArray(ref reader, 1024);
            return items is null ? null : new ProjectIdsCaveat(items, trusted: true);
        }
    }
}
