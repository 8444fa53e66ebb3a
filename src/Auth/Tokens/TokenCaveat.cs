using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bonded.Auth.Tokens;

/// <summary>
/// A typed registry-token caveat in Warehouse's wire shape: a compact JSON array whose first element is the
/// caveat's tag (<c>[tag, field, ...]</c>). Registries add their own kinds by subclassing this and registering a
/// <see cref="CaveatType"/>.
/// </summary>
public abstract class TokenCaveat
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Creates the caveat.</summary>
    protected TokenCaveat()
    {
    }

    /// <summary>The tag that names this kind of caveat on the wire (0 to 4 are Warehouse's built-in kinds).</summary>
    public abstract int Tag { get; }

    /// <summary>Checks the caveat against a request.</summary>
    /// <param name="context">The request, time and token owner.</param>
    /// <returns>Whether the caveat holds and, if not, why.</returns>
    public abstract CaveatResult Verify(CaveatContext context);

    /// <summary>The caveat as the predicate bytes a macaroon carries: <c>[tag,fields...]</c> in compact UTF-8 JSON.</summary>
    /// <returns>The predicate.</returns>
    public byte[] ToPredicate()
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Tag);
            WriteFields(writer);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The predicate as text.</summary>
    /// <returns>The compact JSON array.</returns>
    public override string ToString() => Encoding.UTF8.GetString(ToPredicate());

    /// <summary>Writes the fields that follow the tag in the JSON array.</summary>
    /// <param name="writer">The writer, inside the array after the tag.</param>
    protected abstract void WriteFields(Utf8JsonWriter writer);
}
