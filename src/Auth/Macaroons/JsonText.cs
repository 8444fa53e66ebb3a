using System.Globalization;
using System.Text;

namespace Bonded.Auth.Macaroons;

/// <summary>Writes JSON string literals: minimal escaping (libmacaroons), or ASCII-only as Python's json.dumps does.</summary>
internal static class JsonText
{
    public static void AppendString(StringBuilder text, string value, bool asciiOnly)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || (asciiOnly && c > 0x7E))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
