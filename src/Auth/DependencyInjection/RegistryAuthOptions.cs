namespace Bonded.Auth;

/// <summary>Options of Bonded.Auth; each part of the library adds its own section in a file of its own.</summary>
public sealed partial class RegistryAuthOptions
{
}
