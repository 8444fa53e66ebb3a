namespace Bonded.Index.Tests.Vectors;

/// <summary>Reads the line-based vector files in this folder: '#' comments, '|'-separated columns, C-like escapes.</summary>
internal static class VectorFile
{
    public static IEnumerable<string[]> Rows(string name, bool keepBlankLines = false)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Vectors", name)))
        {
            if (line.StartsWith('#') || (!keepBlankLines && line.Length == 0))
            {
                continue;
            }

            yield return line.Split(" | ").Select(Unescape).ToArray();
        }
    }

    public static TheoryData<string> Column(string name)
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows(name))
        {
            data.Add(row[0]);
        }

        return data;
    }

    public static string Unescape(string text) => text
        .Replace("\\n", "\n", StringComparison.Ordinal)
        .Replace("\\t", "\t", StringComparison.Ordinal)
        .Replace("\\r", "\r", StringComparison.Ordinal)
        .Replace("\\f", "\f", StringComparison.Ordinal)
        .Replace("\\v", "\v", StringComparison.Ordinal)
        .Replace("\\u0000", "\0", StringComparison.Ordinal);

    // Blocks of lines separated by blank lines (ordering vectors).
    public static IEnumerable<List<string>> Blocks(string name)
    {
        var block = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Vectors", name)))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (block.Count > 0)
                {
                    yield return block;
                }

                block = [];
                continue;
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }
}
