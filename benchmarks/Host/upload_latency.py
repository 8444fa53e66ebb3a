#!/usr/bin/env python3
"""Upload-to-visible latency of the LocalIndex host, measured from a second process.

Usage: upload_latency.py BASE_URL TOKEN COUNT [PROJECT]

Uploads COUNT small distinct wheels one after another (legacy API, as twine sends them) and, for each, times
from the start of the POST until the file is listed on its project's PEP 691 page. The host answers the POST only
after the page is re-rendered and the TUF bins, snapshot and timestamp are signed, so the same time covers "visible
in TUF"; the script checks afterwards that the TUF timestamp version advanced by at least one per upload.
"""
import base64, hashlib, io, json, statistics, sys, time, urllib.request, uuid, zipfile


def wheel(name, version):
    buf = io.BytesIO()
    dist = name.replace('-', '_')
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(f'{dist}/__init__.py', f'VERSION = "{version}"\n')
        z.writestr(f'{dist}-{version}.dist-info/METADATA', f'Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: bench\n\n')
        z.writestr(f'{dist}-{version}.dist-info/WHEEL', 'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n')
        z.writestr(f'{dist}-{version}.dist-info/RECORD', '')
    return f'{dist}-{version}-py3-none-any.whl', buf.getvalue()


def multipart(fields, filename, content):
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for key, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="content"; filename="{filename}"\r\n'
              'Content-Type: application/octet-stream\r\n\r\n'.encode())
    out.write(content)
    out.write(f'\r\n--{boundary}--\r\n'.encode())
    return boundary, out.getvalue()


def timestamp_version(base):
    with urllib.request.urlopen(base + 'tuf/timestamp.json') as r:
        return json.load(r)['signed']['version']


def main():
    base, token, count = sys.argv[1].rstrip('/') + '/', sys.argv[2], int(sys.argv[3])
    project = sys.argv[4] if len(sys.argv) > 4 else 'latency-pkg'
    auth = 'Basic ' + base64.b64encode(f'__token__:{token}'.encode()).decode()
    before = timestamp_version(base)
    samples = []
    for i in range(count):
        name, version = project, f'1.0.{i}'
        filename, content = wheel(name, version)
        fields = {':action': 'file_upload', 'protocol_version': '1', 'name': name, 'version': version,
                  'filetype': 'bdist_wheel', 'pyversion': 'py3', 'metadata_version': '2.1',
                  'sha256_digest': hashlib.sha256(content).hexdigest()}
        boundary, body = multipart(fields, filename, content)
        request = urllib.request.Request(base + 'legacy/', data=body, method='POST', headers={
            'Content-Type': f'multipart/form-data; boundary={boundary}', 'Authorization': auth})
        start = time.perf_counter()
        with urllib.request.urlopen(request) as r:
            assert r.status == 200, r.status
        page = urllib.request.Request(base + f'simple/{project}/', headers={'Accept': 'application/vnd.pypi.simple.v1+json'})
        with urllib.request.urlopen(page) as r:
            listed = {f['filename'] for f in json.load(r)['files']}
        elapsed = time.perf_counter() - start
        assert filename in listed, filename
        samples.append(elapsed * 1000)
    after = timestamp_version(base)
    assert after - before >= count, (before, after)
    samples.sort()
    print(json.dumps({'uploads': count, 'median_ms': round(statistics.median(samples), 2),
                      'p90_ms': round(samples[int(len(samples) * 0.9) - 1], 2), 'max_ms': round(samples[-1], 2),
                      'tuf_timestamp_versions': after - before}))


if __name__ == '__main__':
    main()
