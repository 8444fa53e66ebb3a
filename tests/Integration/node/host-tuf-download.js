// Verifies downloads from the LocalIndex host with tuf-js (an independent TUF client).
// Usage: node host-tuf-download.js BASE_URL ROOT_JSON WORK_DIR TARGET_PATH...
// Trusts ROOT_JSON (the host's /tuf/1.root.json, fetched out of band), refreshes from BASE_URL/tuf/ and downloads
// each TARGET_PATH (a URL path such as files/demo/demo-1.0-py3-none-any.whl) from BASE_URL/.
// Prints one line per target ("OK path sha256" or "FAIL path: reason") and exits 1 if any failed.
'use strict';
const fs = require('fs');
const path = require('path');
const { Updater } = require('tuf-js');

async function main() {
  const [baseUrl, rootFile, workDir, ...targets] = process.argv.slice(2);
  if (!baseUrl || !rootFile || !workDir || targets.length === 0) {
    console.error('usage: node host-tuf-download.js BASE_URL ROOT_JSON WORK_DIR TARGET_PATH...');
    process.exit(2);
  }
  const metadataDir = path.join(workDir, 'metadata');
  const targetDir = path.join(workDir, 'targets');
  fs.mkdirSync(metadataDir, { recursive: true });
  fs.mkdirSync(targetDir, { recursive: true });
  fs.copyFileSync(rootFile, path.join(metadataDir, 'root.json'));
  const base = baseUrl.replace(/\/+$/, '');
  const updater = new Updater({
    metadataBaseUrl: `${base}/tuf`,
    targetBaseUrl: `${base}/`,
    metadataDir,
    targetDir,
  });
  await updater.refresh();
  let failed = 0;
  for (const target of targets) {
    try {
      const info = await updater.getTargetInfo(target);
      if (!info) {
        throw new Error('not a signed target');
      }
      const out = path.join(targetDir, target.replace(/\//g, '_'));
      await updater.downloadTarget(info, out);
      console.log(`OK ${target} ${info.hashes.sha256}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${target}: ${e && e.message ? e.message : e}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(`FAIL refresh: ${e && e.message ? e.message : e}`);
  process.exit(1);
});
