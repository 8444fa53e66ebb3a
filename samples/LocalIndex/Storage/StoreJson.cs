using System.Text.Json.Serialization;

namespace LocalIndex.Storage;

/// <summary>Source-generated JSON for the few structured columns (token scopes).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJson : JsonSerializerContext;
