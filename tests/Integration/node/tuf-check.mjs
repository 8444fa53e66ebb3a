// Refreshes a TUF repository folder written by `bonded tuf` with tuf-js and downloads targets.
// usage: node tuf-check.mjs REPO_DIR WORK_DIR TARGET_PATH...
//   REPO_DIR/metadata is served at /metadata/, REPO_DIR/targets at /targets/ (a local HTTP server).
//   The client trusts REPO_DIR/metadata/1.root.json.
// Prints one JSON object: {"ok": bool, "error": string?, "targets": {path: {"sha256": hex} | {"error": msg}}}.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdirSync, copyFileSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import tuf from 'tuf-js';

const [repoDir, workDir, ...targets] = process.argv.slice(2);
if (!repoDir || !workDir) {
  console.error('usage: node tuf-check.mjs REPO_DIR WORK_DIR TARGET_PATH...');
  process.exit(2);
}

const server = createServer((request, response) => {
  const url = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const [, area, ...rest] = url.split('/');
  const relative = normalize(rest.join('/'));
  if (!['metadata', 'targets'].includes(area) || relative.startsWith('..')) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = readFileSync(join(repoDir, area, relative));
    response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const metadataDir = join(workDir, 'metadata');
const targetDir = join(workDir, 'targets');
mkdirSync(metadataDir, { recursive: true });
mkdirSync(targetDir, { recursive: true });
copyFileSync(join(repoDir, 'metadata', '1.root.json'), join(metadataDir, 'root.json'));

const result = { ok: true, targets: {} };
try {
  const updater = new tuf.Updater({
    metadataBaseUrl: `${base}/metadata`,
    targetBaseUrl: `${base}/targets`,
    metadataDir,
    targetDir,
    config: { fetchRetry: 0 },
  });
  await updater.refresh();
  for (const path of targets) {
    try {
      const info = await updater.getTargetInfo(path);
      if (!info) {
        result.targets[path] = { error: 'not found' };
        result.ok = false;
        continue;
      }
      const file = await updater.downloadTarget(info, join(targetDir, path.replaceAll('/', '_')));
      result.targets[path] = { sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
    } catch (error) {
      result.targets[path] = { error: `${error.name}: ${error.message}` };
      result.ok = false;
    }
  }
} catch (error) {
  result.ok = false;
  result.error = `${error.name}: ${error.message}`;
} finally {
  server.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
