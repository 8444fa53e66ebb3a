namespace Bonded.Index.Files;

/// <summary>One compatibility tag of a wheel: interpreter, ABI and platform (PEP 425).</summary>
/// <param name="Interpreter">The interpreter tag, e.g. <c>py3</c> or <c>cp312</c>.</param>
/// <param name="Abi">The ABI tag, e.g. <c>none</c> or <c>abi3</c>.</param>
/// <param name="Platform">The platform tag, e.g. <c>any</c> or <c>manylinux_2_17_x86_64</c>.</param>
public readonly record struct WheelTag(string Interpreter, string Abi, string Platform)
{
    /// <summary>The tag as <c>interpreter-abi-platform</c>.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => $"{Interpreter}-{Abi}-{Platform}";
}
