namespace Bonded.Auth.Macaroons;

/// <summary>The serialized forms of a macaroon, as libmacaroons and pymacaroons name them.</summary>
public enum MacaroonFormat
{
    /// <summary>libmacaroons v1: length-prefixed <c>key value</c> packets, base64url without padding.</summary>
    V1,

    /// <summary>libmacaroons v2 binary: version byte 2 and varint fields, base64url without padding.</summary>
    V2,

    /// <summary>libmacaroons v2 JSON: <c>{"v":2,"l":...,"i":...,"c":[...],"s64":...}</c>.</summary>
    V2Json,

    /// <summary>pymacaroons v1 JSON: <c>{"location":...,"identifier":...,"caveats":[...],"signature":HEX}</c>.</summary>
    V1Json,
}
