using System.Diagnostics;

namespace Bonded.Benchmarks.Auth;

/// <summary>
/// Process CPU time per counted operation, for the "CPU per op" lines of the CPU-time benchmarks: meaningful on a
/// shared machine where wall-clock means mostly measure waiting for a core. Includes the benchmark engine's own
/// overhead (and every thread of the process), so it slightly overstates the cost.
/// </summary>
internal sealed class CpuTimePerOperation
{
    private long operations;
    private TimeSpan start;

    /// <summary>
    /// With BONDED_AUTH_MANAGED_SHA=1 in the environment, sets the <c>Bonded.Auth.ManagedShaOnly</c> switch so that the
    /// run measures the managed fallback (what Windows and macOS get); throws if hashing was already initialised
    /// the other way (run such a benchmark alone, with --inProcess).
    /// </summary>
    public static void ApplyManagedShaSwitch()
    {
        var managed = Environment.GetEnvironmentVariable("BONDED_AUTH_MANAGED_SHA") == "1";
        AppContext.SetSwitch(Bonded.Auth.Hashing.NativeSha.ManagedOnlySwitch, managed);
        if (managed && Bonded.Auth.Hashing.ShaCompression.IsSha256Native)
        {
            throw new InvalidOperationException("SHA was initialised before the managed-only switch was set");
        }

        Console.WriteLine($"// SHA-256 block function: {(Bonded.Auth.Hashing.ShaCompression.IsSha256Native ? "libcrypto" : "managed")}");
    }

    /// <summary>Starts counting from zero.</summary>
    public void Restart()
    {
        operations = 0;
        start = Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>Counts one operation.</summary>
    public void Count() => operations++;

    /// <summary>Prints the CPU time per operation and its reciprocal.</summary>
    public void Report(string what, string unit)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - start;
        var nanoseconds = cpu.TotalMilliseconds * 1e6 / operations;
        Console.WriteLine($"// CPU per op ({what}): {nanoseconds:F0} ns over {operations} ops = {1e9 / nanoseconds:F0} {unit} per CPU-second");
    }
}
