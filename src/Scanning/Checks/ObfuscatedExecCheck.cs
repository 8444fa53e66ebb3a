using Bonded.Scanning.Python;

namespace Bonded.Scanning.Checks;

/// <summary>exec, eval or compile (or a shell) given decoded or obfuscated data: base64, hex, zlib, marshal, chr joins, reversed strings.</summary>
internal sealed class ObfuscatedExecCheck : PackageCheck
{
    public override string Id => CheckIds.ObfuscatedExec;

    public override string Description => "Runs decoded or obfuscated data with exec, eval, compile or a shell (base64, hex, zlib, marshal, chr joins, reversed strings).";

    public override Severity Severity => Severity.Critical;

    public override Confidence Confidence => Confidence.High;

    public override IEnumerable<Finding> Check(ScannedPackage package, CancellationToken cancellationToken)
    {
        foreach (var facts in PythonFiles(package, cancellationToken))
        {
            var count = 0;

            // In-memory shellcode: executable memory allocated through ctypes and a thread or function pointer started in it.
            var m = facts.Module;
            var allocate = m.Calls.FirstOrDefault(c => c.Name.EndsWith("VirtualAlloc", StringComparison.Ordinal) || c.Name.EndsWith("VirtualAllocEx", StringComparison.Ordinal) || c.Name.EndsWith("VirtualProtect", StringComparison.Ordinal));
            var start = m.Calls.FirstOrDefault(c => c.Name.EndsWith("CreateThread", StringComparison.Ordinal) || c.Name.EndsWith("CreateRemoteThread", StringComparison.Ordinal) || c.Name.EndsWith("CFUNCTYPE", StringComparison.Ordinal) || c.Name.EndsWith("EnumWindows", StringComparison.Ordinal));
            if (allocate.Name is not null && start.Name is not null && Scale(facts.ContextOf(start), Severity.Critical, Confidence.High) is { } shell)
            {
                count++;
                yield return At(facts, start.NameToken, shell.Severity, shell.Confidence, $"Runs shellcode in memory ({allocate.Name} then {start.Name}) {Describe(facts.ContextOf(start))}.");
            }

            foreach (var call in facts.Execs.Concat(facts.Spawns))
            {
                var obfuscation = facts.ObfuscationIn(call.OpenParen, call.CloseParen);
                var context = facts.ContextOf(call);
                if (obfuscation is null || count >= MaxFindingsPerFile)
                {
                    continue;
                }

                // Decoded code run anywhere but tests is rare in benign packages: high even in functions.
                var scaled = context switch
                {
                    CodeContext.InstallTime or CodeContext.ImportTime => ((Severity, Confidence)?)(Severity.Critical, Confidence.High),
                    CodeContext.ModuleLevel => (Severity.Critical, Confidence.Medium),
                    CodeContext.Runtime when obfuscation.StartsWith("marshal", StringComparison.Ordinal) || obfuscation.StartsWith("a decoded value", StringComparison.Ordinal) => (Severity.Medium, Confidence.Low),
                    CodeContext.Runtime => (Severity.High, Confidence.Low),
                    _ => (Severity.Low, Confidence.Low),
                };
                count++;
                yield return At(facts, call.NameToken, scaled.Value.Item1, scaled.Value.Item2, $"Runs {obfuscation} with {call.Name} {Describe(context)}.");
            }
        }
    }
}
