namespace LocalIndex.Web;

/// <summary>The one script of the site: WebAuthn ceremonies (the browser API needs JavaScript). Served from memory.</summary>
internal static class WebAuthnScript
{
    public const string Path = "/static/webauthn.js";

    public const string Source = """
        'use strict';
        (function () {
          const b64uToBytes = (s) => {
            s = s.replace(/-/g, '+').replace(/_/g, '/');
            while (s.length % 4) { s += '='; }
            return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
          };
          const bytesToB64u = (buffer) => {
            const bytes = new Uint8Array(buffer);
            let s = '';
            for (const b of bytes) { s += String.fromCharCode(b); }
            return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          };
          const token = () => document.querySelector('meta[name="request-token"]').content;
          const post = async (url, body) => {
            const response = await fetch(url, {
              method: 'POST',
              credentials: 'same-origin',
              headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token() },
              body: JSON.stringify(body || {}),
            });
            const data = await response.json().catch(() => ({}));
            if (!response.ok) { throw new Error(data.error || ('HTTP ' + response.status)); }
            return data;
          };
          const status = (text, error) => {
            const el = document.getElementById('webauthn-status');
            el.textContent = text;
            el.className = error ? 'error' : 'notice';
          };
          const credentialJson = (credential) => {
            const r = credential.response;
            const response = { clientDataJSON: bytesToB64u(r.clientDataJSON) };
            if (r.attestationObject) {
              response.attestationObject = bytesToB64u(r.attestationObject);
              response.transports = r.getTransports ? r.getTransports() : [];
            } else {
              response.authenticatorData = bytesToB64u(r.authenticatorData);
              response.signature = bytesToB64u(r.signature);
              if (r.userHandle) { response.userHandle = bytesToB64u(r.userHandle); }
            }
            return {
              id: credential.id, rawId: bytesToB64u(credential.rawId), type: credential.type, response,
              clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
            };
          };
          async function register(button) {
            try {
              const begin = await post('/account/webauthn/begin');
              const options = JSON.parse(begin.options);
              options.challenge = b64uToBytes(options.challenge);
              options.user.id = b64uToBytes(options.user.id);
              (options.excludeCredentials || []).forEach((c) => { c.id = b64uToBytes(c.id); });
              const credential = await navigator.credentials.create({ publicKey: options });
              const name = document.getElementById('key-name').value || 'Security key';
              await post('/account/webauthn/complete', { id: begin.id, name, response: JSON.stringify(credentialJson(credential)) });
              status('Security key registered.', false);
              window.location.href = '/account/?enrolled=webauthn';
            } catch (e) { status('Could not register the security key: ' + e.message, true); }
          }
          async function login() {
            try {
              const begin = await post('/account/login/webauthn/begin');
              const options = JSON.parse(begin.options);
              options.challenge = b64uToBytes(options.challenge);
              (options.allowCredentials || []).forEach((c) => { c.id = b64uToBytes(c.id); });
              const credential = await navigator.credentials.get({ publicKey: options });
              const done = await post('/account/login/webauthn/complete', { id: begin.id, response: JSON.stringify(credentialJson(credential)) });
              window.location.href = done.next || '/account/';
            } catch (e) { status('Security key sign-in failed: ' + e.message, true); }
          }
          document.addEventListener('DOMContentLoaded', () => {
            const r = document.getElementById('webauthn-register');
            if (r) { r.addEventListener('click', () => register(r)); }
            const l = document.getElementById('webauthn-login');
            if (l) { l.addEventListener('click', login); }
          });
        })();
        """;
}
