namespace LocalIndex;

/// <summary>The home page: what this index is and where its parts live.</summary>
internal static class HomePage
{
    public static string Render() => """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Bonded local index</title>
        </head>
        <body>
          <main>
            <h1>Bonded local index</h1>
            <p>A local, secure Python package index. <code>pip</code> installs from it and <code>twine</code>
            uploads to it unchanged; uploads need an API token and an account with two-factor authentication,
            every upload is scanned for malware before it is published, and every file and index page is signed
            with The Update Framework (PEP 458).</p>
            <ul>
              <li>Simple index (PEP 503 / 691): <a href="/simple/">/simple/</a></li>
              <li>TUF metadata: <a href="/tuf/1.root.json">/tuf/</a> (<code>1.root.json</code> is the trust anchor)</li>
              <li>Upload URL for twine: <code>/legacy/</code> (username <code>__token__</code>, password an API token)</li>
              <li><a href="/account/register">Register</a> or <a href="/account/login">log in</a> to enrol two-factor
              authentication, create API tokens and manage your projects.</li>
            </ul>
            <p>Install from it: <code>pip install --index-url http://127.0.0.1:8080/simple/ PROJECT</code></p>
          </main>
        </body>
        </html>
        """;
}
