using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bonded.Auth.Tests.WebAuthn;

/// <summary>
/// A minimal authenticator and browser in one: an ES256 key, authenticator data, client data JSON and a CBOR
/// attestation object of format "none", so that Fido2's real verification runs on what it produces.
/// </summary>
internal sealed class SoftwareAuthenticator : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedData = 0x40;

    private readonly ECDsa key;

    public SoftwareAuthenticator(string origin)
        : this(origin, ECDsa.Create(ECCurve.NamedCurves.nistP256), RandomNumberGenerator.GetBytes(16), 0)
    {
    }

    private SoftwareAuthenticator(string origin, ECDsa key, byte[] credentialId, uint counter)
    {
        Origin = origin;
        this.key = key;
        CredentialId = credentialId;
        Counter = counter;
    }

    public string Origin { get; set; }

    public byte[] CredentialId { get; }

    public uint Counter { get; set; }

    public bool IncrementsCounter { get; set; } = true;

    public byte[]? UserHandle { get; private set; }

    /// <summary>A copy with the same private key and counter: what an attacker who extracted the key would hold.</summary>
    public SoftwareAuthenticator Clone()
    {
        var copy = ECDsa.Create(key.ExportParameters(true));
        return new SoftwareAuthenticator(Origin, copy, CredentialId, Counter) { UserHandle = UserHandle };
    }

    public string Create(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var challenge = (string)options["challenge"]!;
        var rpId = (string)options["rp"]!["id"]!;
        UserHandle = Base64Url.DecodeFromChars((string)options["user"]!["id"]!);
        var clientData = ClientData("webauthn.create", challenge);

        var parameters = key.ExportParameters(false);
        var cose = new CborWriter(CborConformanceMode.Lax);
        cose.WriteStartMap(5);
        cose.WriteInt32(1);
        cose.WriteInt32(2);
        cose.WriteInt32(3);
        cose.WriteInt32(-7);
        cose.WriteInt32(-1);
        cose.WriteInt32(1);
        cose.WriteInt32(-2);
        cose.WriteByteString(parameters.Q.X!);
        cose.WriteInt32(-3);
        cose.WriteByteString(parameters.Q.Y!);
        cose.WriteEndMap();

        var authData = new List<byte>();
        authData.AddRange(SHA256.HashData(Encoding.UTF8.GetBytes(rpId)));
        authData.Add(UserPresent | UserVerified | AttestedData);
        authData.AddRange(BigEndian(Counter));
        authData.AddRange(new byte[16]);
        authData.Add((byte)(CredentialId.Length >> 8));
        authData.Add((byte)CredentialId.Length);
        authData.AddRange(CredentialId);
        authData.AddRange(cose.Encode());

        var attestation = new CborWriter(CborConformanceMode.Lax);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString([.. authData]);
        attestation.WriteEndMap();

        return new JsonObject
        {
            ["id"] = Base64Url.EncodeToString(CredentialId),
            ["rawId"] = Base64Url.EncodeToString(CredentialId),
            ["type"] = "public-key",
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
                ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
                ["transports"] = new JsonArray("usb"),
            },
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    public string Get(string optionsJson, string? rpIdOverride = null)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var challenge = (string)options["challenge"]!;
        var rpId = rpIdOverride ?? (string)options["rpId"]!;
        if (IncrementsCounter)
        {
            Counter++;
        }

        var clientData = ClientData("webauthn.get", challenge);
        var authData = new List<byte>();
        authData.AddRange(SHA256.HashData(Encoding.UTF8.GetBytes(rpId)));
        authData.Add(UserPresent | UserVerified);
        authData.AddRange(BigEndian(Counter));
        var signed = authData.Concat(SHA256.HashData(clientData)).ToArray();
        var signature = key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        return new JsonObject
        {
            ["id"] = Base64Url.EncodeToString(CredentialId),
            ["rawId"] = Base64Url.EncodeToString(CredentialId),
            ["type"] = "public-key",
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
                ["authenticatorData"] = Base64Url.EncodeToString([.. authData]),
                ["signature"] = Base64Url.EncodeToString(signature),
                ["userHandle"] = UserHandle is null ? null : Base64Url.EncodeToString(UserHandle),
            },
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    public void Dispose() => key.Dispose();

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private byte[] ClientData(string type, string challenge) => JsonSerializer.SerializeToUtf8Bytes(new JsonObject
    {
        ["type"] = type,
        ["challenge"] = challenge,
        ["origin"] = Origin,
        ["crossOrigin"] = false,
    });
}
