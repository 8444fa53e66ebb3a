// Drives npm `macaroon` as an independent peer for Bonded's integration tests.
// Reads one JSON request on stdin: {"mint": [...], "verify": [...]}; writes {"minted": [...], "verified": [...]}.
// Formats: "v2" (base64url of v2 binary), "v2json" and "v1json" (JSON text). npm macaroon has no v1 binary.
'use strict';
const macaroon = require('macaroon');

// macaroon 3.0.4's internal ByteBuffer._grow compares against `this._capacity`, which it never sets, so every
// append doubles the buffer and exportBinary() runs out of memory after about twenty fields. Supply the missing
// property (the current buffer length) so that its v2 binary export works for macaroons of realistic size.
Object.defineProperty(Object.prototype, '_capacity', {
  configurable: true,
  get() { return this._buf instanceof Uint8Array ? this._buf.length : undefined; },
});

const hex = (s) => Uint8Array.from(Buffer.from(s, 'hex'));
const utf8 = (s) => new TextEncoder().encode(s);
const b64url = (bytes) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function serialize(m, format) {
  if (format === 'v2') {
    return b64url(m.exportBinary());
  }
  return JSON.stringify(m.exportJSON());
}

function deserialize(text, format) {
  if (format === 'v2') {
    return macaroon.importMacaroon(text);
  }
  return macaroon.importMacaroon(JSON.parse(text));
}

function mint(task) {
  const version = task.format === 'v1json' ? 1 : 2;
  const m = macaroon.newMacaroon({ identifier: utf8(task.id), location: task.location, rootKey: hex(task.key), version });
  for (const c of task.caveats) {
    m.addFirstPartyCaveat(utf8(c));
  }
  const discharges = [];
  if (task.third_party) {
    const tp = task.third_party;
    m.addThirdPartyCaveat(hex(tp.key), utf8(tp.id), tp.location);
    const d = macaroon.newMacaroon({ identifier: utf8(tp.id), location: tp.location, rootKey: hex(tp.key), version });
    for (const c of tp.caveats) {
      d.addFirstPartyCaveat(utf8(c));
    }
    d.bindToRoot(m.signature);
    discharges.push(serialize(d, task.format));
  }
  return { macaroon: serialize(m, task.format), discharges, signature: Buffer.from(m.signature).toString('hex') };
}

function verify(task) {
  try {
    const m = deserialize(task.macaroon, task.format);
    const discharges = task.discharges.map((d) => deserialize(d, task.format));
    const exact = new Set(task.exact);
    m.verify(hex(task.key), (cond) => (exact.has(cond) ? null : 'caveat not satisfied'), discharges);
    return true;
  } catch (e) {
    return false;
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const response = {
    minted: (request.mint || []).map(mint),
    verified: (request.verify || []).map(verify),
  };
  process.stdout.write(JSON.stringify(response));
});
