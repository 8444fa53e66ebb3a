namespace Bonded.Auth.Tests.Macaroons;

/// <summary>A libmacaroons .vtest file (doc/tests.txt).</summary>
internal sealed record VectorFile(string Name, string[] Versions, bool Authorized, string Key, List<string> Exact, List<string> Macaroons)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Vectors", "libmacaroons");

    public static IEnumerable<string> Names(string pattern) =>
        System.IO.Directory.GetFiles(Directory, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static VectorFile Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
        var versions = lines[0]["version ".Length..].Split(' ');
        var authorized = lines[1] == "authorized";
        var key = lines[2]["key ".Length..];
        var exact = new List<string>();
        var macaroons = new List<string>();
        foreach (var line in lines.Skip(3))
        {
            if (line.StartsWith("exact ", StringComparison.Ordinal))
            {
                exact.Add(line["exact ".Length..]);
            }
            else
            {
                macaroons.Add(line);
            }
        }

        return new VectorFile(name, versions, authorized, key, exact, macaroons);
    }

    /// <summary>The serialized text a vector line stands for (v1 lines are base64 of the base64 text).</summary>
    public static string Decode(string line) => System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(line.PadRight((line.Length + 3) / 4 * 4, '=')));

    public static byte[] DecodeBytes(string line) => Convert.FromBase64String(line.PadRight((line.Length + 3) / 4 * 4, '=').Replace('-', '+').Replace('_', '/'));
}
