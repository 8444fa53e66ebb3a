using QRCoder;

namespace Bonded.Auth.Otp;

/// <summary>
/// A new TOTP key with its provisioning URI and QR codes, to show once to the user. Store the key (for example
/// <see cref="OtpKey.ExportBase32"/>, encrypted) only after the user has confirmed a first code.
/// </summary>
public sealed class TotpEnrollment : IDisposable
{
    private readonly int pixelsPerModule;

    internal TotpEnrollment(OtpKey key, OtpAuthUri uri, int pixelsPerModule)
    {
        Key = key;
        Uri = uri;
        this.pixelsPerModule = pixelsPerModule;
    }

    /// <summary>The new key.</summary>
    public OtpKey Key { get; }

    /// <summary>The provisioning URI (its <see cref="OtpAuthUri.ToUriString"/> holds the secret).</summary>
    public OtpAuthUri Uri { get; }

    /// <summary>The secret for manual entry: base32 in groups of four.</summary>
    /// <returns>For example <c>JBSW Y3DP EHPK 3PXP</c>.</returns>
    public string GetManualEntryKey()
    {
        var text = Key.ExportBase32();
        return string.Join(' ', Enumerable.Range(0, (text.Length + 3) / 4).Select(i => text.Substring(i * 4, Math.Min(4, text.Length - (i * 4)))));
    }

    /// <summary>The provisioning URI as a QR code in SVG.</summary>
    /// <returns>The SVG document.</returns>
    public string GetQrCodeSvg()
    {
        using var data = QRCodeGenerator.GenerateQrCode(Uri.ToUriString(), QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>The provisioning URI as a QR code in PNG.</summary>
    /// <returns>The PNG bytes.</returns>
    public byte[] GetQrCodePng()
    {
        using var data = QRCodeGenerator.GenerateQrCode(Uri.ToUriString(), QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>Describes the enrolment without the secret.</summary>
    /// <returns>The redacted URI.</returns>
    public override string ToString() => Uri.ToString();

    /// <summary>Erases the key.</summary>
    public void Dispose() => Key.Dispose();
}
