using FsCheck;
using FsCheck.Fluent;

namespace Bonded.Index.Tests.Versions;

/// <summary>Generators of version strings in every spelling PEP 440 allows.</summary>
internal static class VersionGenerators
{
    private static readonly Gen<string> Separator = Gen.Elements("", ".", "-", "_");

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Choose(0, 20).Select(Text),
        Gen.Choose(0, 99999).Select(Text),
        Gen.Choose(0, 9).Select(n => "00" + Text(n)));

    public static Gen<string> Spelled()
    {
        var epoch = Gen.OneOf(Gen.Constant(""), Number.Select(n => n + "!"));
        var release = Gen.Choose(1, 5).SelectMany(count => Gen.ArrayOf(Number, count)).Select(parts => string.Join('.', parts));
        var pre = Gen.OneOf(
            Gen.Constant(""),
            from sep in Separator
            from label in Gen.Elements("a", "b", "rc", "c", "alpha", "beta", "pre", "preview", "RC", "A")
            from sep2 in Separator
            from n in Gen.OneOf(Gen.Constant(""), Number)
            select sep + label + (n.Length == 0 ? "" : sep2 + n));
        var post = Gen.OneOf(
            Gen.Constant(""),
            Number.Select(n => "-" + n),
            from sep in Separator
            from label in Gen.Elements("post", "rev", "r", "POST")
            from sep2 in Separator
            from n in Gen.OneOf(Gen.Constant(""), Number)
            select sep + label + (n.Length == 0 ? "" : sep2 + n));
        var dev = Gen.OneOf(
            Gen.Constant(""),
            from sep in Separator
            from label in Gen.Elements("dev", "DEV")
            from sep2 in Separator
            from n in Gen.OneOf(Gen.Constant(""), Number)
            select sep + label + (n.Length == 0 ? "" : sep2 + n));
        var localSegment = Gen.OneOf(Number, Gen.Elements("ubuntu", "abc", "Foo1", "x", "0a"));
        var local = Gen.OneOf(
            Gen.Constant(""),
            from count in Gen.Choose(1, 3)
            from segments in Gen.ArrayOf(localSegment, count)
            from sep in Gen.Elements(".", "-", "_")
            select "+" + string.Join(sep, segments));
        return from v in Gen.Elements("", "v", "V")
               from e in epoch
               from r in release
               from p in pre
               from po in post
               from d in dev
               from l in local
               from space in Gen.Elements("", " ", "\n", "\t ")
               select space + v + e + r + p + po + d + l + space;
    }

    public static Arbitrary<string> SpelledVersions() => Spelled().ToArbitrary();

    private static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
