namespace Bonded.Auth.Recovery;

/// <summary>How many recovery codes a set holds and how long they are.</summary>
public sealed class RecoveryCodeOptions
{
    /// <summary>Codes per set, 4 to 32.</summary>
    public int Count { get; set; } = 10;

    /// <summary>Characters per code (Crockford base32, 5 bits each), 12 to 32; 16 gives 80 bits.</summary>
    public int Length { get; set; } = 16;

    internal IEnumerable<string> Validate(string prefix)
    {
        if (Count is < 4 or > 32)
        {
            yield return $"{prefix}{nameof(Count)} must be between 4 and 32 (was {Count}).";
        }

        if (Length is < 12 or > 32)
        {
            yield return $"{prefix}{nameof(Length)} must be between 12 and 32 (was {Length}).";
        }
    }
}
