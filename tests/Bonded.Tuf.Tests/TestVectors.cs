using System.Text.Json;

namespace Bonded.Tuf.Tests;

/// <summary>Loads the vectors generated once with python-tuf 5.1.0 and securesystemslib (see Vectors/README.md).</summary>
internal static class TestVectors
{
    public static JsonElement Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", name);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    public static IEnumerable<object[]> Items(string name) => Load(name).EnumerateArray().Select((_, i) => new object[] { i });

    public static JsonElement Item(string name, int index) => Load(name)[index];
}
