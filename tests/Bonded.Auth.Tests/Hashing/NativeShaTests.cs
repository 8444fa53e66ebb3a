using System.Reflection;
using System.Runtime.Loader;
using Bonded.Auth.Hashing;

namespace Bonded.Auth.Tests.Hashing;

public sealed class NativeShaTests
{
    [Fact]
    public void The_managed_only_switch_keeps_every_compression_managed()
    {
        // This copy is initialised first; a fresh copy of the assembly then reads the switch when it initialises.
        _ = ShaCompression.IsSha256Native;
        var context = new AssemblyLoadContext("managed-sha-only", isCollectible: true);
        try
        {
            AppContext.SetSwitch(NativeSha.ManagedOnlySwitch, true);
            var type = context.LoadFromAssemblyPath(typeof(NativeSha).Assembly.Location).GetType(typeof(NativeSha).FullName!, throwOnError: true)!;
            foreach (var name in new[] { "HasSha1", "HasSha256", "HasSha512" })
            {
                Assert.False((bool)type.GetProperty(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!);
            }
        }
        finally
        {
            AppContext.SetSwitch(NativeSha.ManagedOnlySwitch, false);
            context.Unload();
        }
    }

    [Fact]
    public void Without_the_switch_linux_uses_every_block_function_libcrypto_has()
    {
        if (OperatingSystem.IsLinux() && File.Exists("/usr/lib/x86_64-linux-gnu/libcrypto.so.3"))
        {
            Assert.True(NativeSha.HasSha1);
            Assert.True(NativeSha.HasSha256);
            Assert.True(NativeSha.HasSha512);
        }
        else
        {
            Assert.Equal(NativeSha.HasSha256, ShaCompression.IsSha256Native);
        }
    }
}
