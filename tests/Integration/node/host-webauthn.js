// Drives the LocalIndex web pages in headless Chromium (Debian's, through playwright-core) with a CDP virtual
// authenticator: registers an account, enrols a security key, logs out, logs in with the key, creates a token.
// Usage: node host-webauthn.js BASE_URL SCREENSHOT_DIR USERNAME PROJECT
// Prints "TOKEN <token>" on success; exits 1 on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const [baseUrl, shots, username, project] = process.argv.slice(2);
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let page;
  try {
    const context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(20000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true,
        isUserVerified: true, automaticPresenceSimulation: true,
      },
    });
    const shot = async (name) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
    const url = (p) => new URL(p, baseUrl).toString();

    await page.goto(url('/'));
    await shot('01-home');
    await page.goto(url('/account/register'));
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.test`);
    await page.fill('#password', 'a long enough password');
    await shot('02-register');
    await Promise.all([page.waitForURL(/\/account\//), page.click('button[type=submit]:has-text("Register")')]);
    await shot('03-account-without-2fa');

    await page.goto(url('/account/totp'));
    await shot('04-totp-enrolment');

    await page.goto(url('/account/webauthn'));
    await page.fill('#key-name', 'Virtual key');
    await Promise.all([page.waitForURL(/enrolled=webauthn/), page.click('#webauthn-register')]);
    await shot('05-account-with-security-key');

    await Promise.all([page.waitForURL(url('/')), page.click('button:has-text("Log out")')]);
    await page.goto(url('/account/login'));
    await page.fill('#username', username);
    await page.fill('#password', 'a long enough password');
    await shot('06-login');
    await Promise.all([page.waitForURL(/second-factor/), page.click('button[type=submit]:has-text("Log in")')]);
    await shot('07-second-factor');
    await Promise.all([page.waitForURL(/\/account\/$/), page.click('#webauthn-login')]);

    await page.goto(url('/account/tokens'));
    await page.fill('#description', 'upload from CI');
    await page.fill('#projects', project);
    await page.fill('#days', '30');
    await page.click('button[type=submit]:has-text("Create token")');
    const token = await page.inputValue('#new-token');
    await shot('08-tokens');
    await page.goto(url('/projects/'));
    await shot('09-projects');
    await page.goto(url('/account/audit'));
    await shot('10-audit-log');
    await page.goto(url('/simple/'));
    await shot('11-simple-index');
    console.log(`TOKEN ${token}`);
  } catch (e) {
    if (page) {
      const status = await page.locator('#webauthn-status').textContent().catch(() => '');
      console.log(`PAGE ${page.url()} STATUS ${status}`);
      await page.screenshot({ path: path.join(shots, 'failure.png'), fullPage: true }).catch(() => {});
    }
    throw e;
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.log(`FAIL ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
