#!/usr/bin/env node
// A real OpenID Connect provider for Kết Nối's end-to-end tests (npm `oidc-provider`, pinned in
// end2end/package.json). It listens on loopback only and keeps everything in memory.
//
// Start (from the repository root, after `npm ci` in end2end/):
//   OIDC_PORT=4011 OIDC_REDIRECT_URIS=http://127.0.0.1:5555/auth/test/callback \
//     node end2end/support/oidc-provider.mjs
// It prints `oidc-provider ready at http://127.0.0.1:4011` once it accepts connections; poll
// GET /__test/health (200 "ok") or wait for that line.
//
// Environment (each also accepted as a flag: --port=N, --redirect-uris=a,b):
//   OIDC_PORT            port on 127.0.0.1 (default 4011). The issuer is exactly
//                        http://127.0.0.1:${OIDC_PORT} (no trailing slash).
//   OIDC_REDIRECT_URIS   comma-separated redirect URIs registered for the client (exact match;
//                        default http://127.0.0.1:3000/auth/test/callback).
//
// Client: client_id `ketnoi-test`, client_secret `ketnoi-test-secret`, confidential, grant
// authorization_code, response_type code, PKCE S256 required, scopes `openid email profile`.
// The token endpoint accepts the secret as HTTP Basic (client_secret_basic, the registered method)
// or in the form body (client_secret_post): oidc-provider v9 treats the two as interchangeable.
// ID tokens are RS256, signed with an RSA key generated at start (published at /jwks). The ID
// token carries sub, email, email_verified and name (conformIdTokenClaims is off for that).
//
// Accounts (type the name into the login form):
//   alice → sub alice-sub, alice@example.org,        email_verified true,  "Alice Nguyễn"
//   bob   → sub bob-sub,   bob@example.org,          email_verified false, "Bob Trần"
//   carol → sub carol-sub, demo.member@example.com,  email_verified true,  "Carol Lê"
//
// Endpoints: discovery /.well-known/openid-configuration, authorization /auth, token /token,
// JWKS /jwks, userinfo /me, end session /session/end. Our own interaction pages:
//   GET  /interaction/:uid         login prompt → HTML form (title "Test OIDC provider", input
//                                  #login named "login", button "Sign in"); consent prompt →
//                                  granted automatically, 303 back to the provider.
//   POST /interaction/:uid/login   form field `login`; unknown account → the form again with an
//                                  error; known → 303 back to the provider, which (after the
//                                  automatic consent) redirects to redirect_uri?code&state&iss.
// No JavaScript is needed: a client that follows redirects and keeps cookies can do the flow.
//
// Test controls:
//   GET  /__test/health            200 "ok"
//   GET  /__test/mode              {"mode": "...", "account": null|"alice"}
//   POST /__test/mode              JSON {"mode": "...", "account"?: "alice"} → sets the mode
//                                  until changed (tests reset it to "none"). With `account`, only
//                                  ID tokens for that account are tampered with, so tests of
//                                  other accounts running in parallel are unaffected.
// Modes (applied to the id_token of token-endpoint responses; the access token is untouched):
//   none              unchanged
//   wrong_nonce       nonce replaced by "tampered-nonce-<random>", re-signed with the real key
//   wrong_issuer      iss = "https://wrong-issuer.invalid", re-signed with the real key
//   wrong_audience    aud = "someone-else", re-signed with the real key
//   expired           iat = now-7200, exp = now-3600 (auth_time too), re-signed with the real key
//   unsigned          header {"alg":"none","typ":"JWT"}, same claims, empty signature
//   bad_signature     same header (same kid as the published key), signed with another RSA key
//   unverified_email  email_verified = false, re-signed with the real key
import http from 'node:http';
import { randomBytes } from 'node:crypto';

import Provider from 'oidc-provider';
import { CompactSign, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';

// --- configuration ---------------------------------------------------------------------------

function flag(name) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg === undefined ? undefined : arg.slice(prefix.length);
}

const PORT = Number(flag('port') ?? process.env.OIDC_PORT ?? 4011);
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
  console.error(`oidc-provider: invalid OIDC_PORT ${JSON.stringify(process.env.OIDC_PORT)}`);
  process.exit(2);
}
const HOST = '127.0.0.1';
const ISSUER = `http://${HOST}:${PORT}`;
const REDIRECT_URIS = (flag('redirect-uris') ?? process.env.OIDC_REDIRECT_URIS
  ?? 'http://127.0.0.1:3000/auth/test/callback')
  .split(',').map((s) => s.trim()).filter(Boolean);
if (REDIRECT_URIS.length === 0) {
  console.error('oidc-provider: OIDC_REDIRECT_URIS is empty');
  process.exit(2);
}

const CLIENT_ID = 'ketnoi-test';
const CLIENT_SECRET = 'ketnoi-test-secret';

const ACCOUNTS = {
  alice: { sub: 'alice-sub', email: 'alice@example.org', email_verified: true, name: 'Alice Nguyễn' },
  bob: { sub: 'bob-sub', email: 'bob@example.org', email_verified: false, name: 'Bob Trần' },
  carol: { sub: 'carol-sub', email: 'demo.member@example.com', email_verified: true, name: 'Carol Lê' },
};
// The accountId the provider uses is the sub, so sessions and grants are keyed by it.
const BY_SUB = new Map(Object.entries(ACCOUNTS).map(([login, a]) => [a.sub, { login, ...a }]));

const MODES = new Set([
  'none', 'wrong_nonce', 'wrong_issuer', 'wrong_audience', 'expired', 'unsigned',
  'bad_signature', 'unverified_email',
]);
let tamper = { mode: 'none', account: null };

// --- keys ------------------------------------------------------------------------------------

const KID = `ketnoi-test-${randomBytes(4).toString('hex')}`;
const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
const signingJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
// A different key for `bad_signature`, presented under the published kid.
const { privateKey: rogueKey } = await generateKeyPair('RS256', { modulusLength: 2048 });

// --- provider --------------------------------------------------------------------------------

const provider = new Provider(ISSUER, {
  clients: [{
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    // "web" clients may use http redirect URIs with the code flow in oidc-provider v9 (only the
    // implicit flow insists on https), so loopback http callbacks need no override.
    application_type: 'web',
    redirect_uris: REDIRECT_URIS,
    post_logout_redirect_uris: REDIRECT_URIS.map((u) => new URL(u).origin + '/'),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'RS256',
    scope: 'openid email profile',
  }],
  jwks: { keys: [signingJwk] },
  async findAccount(_ctx, id) {
    const account = BY_SUB.get(id);
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return {
          sub: account.sub, email: account.email, email_verified: account.email_verified, name: account.name,
        };
      },
    };
  },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  scopes: ['openid', 'email', 'profile'],
  // Put scope-requested claims (email, name…) in the ID token even though an access token is
  // issued too; with the default (true) they would only be available from userinfo.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  responseTypes: ['code'],
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  clientBasedCORS: () => true,
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 120,
    IdToken: 3600,
    Interaction: 3600,
    Session: 24 * 3600,
    Grant: 24 * 3600,
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page(`<h1>Error</h1><pre id="error">${esc(JSON.stringify(out, null, 2))}</pre>`);
  },
});
// The issuer is plain http on loopback: no proxy headers to trust.
provider.proxy = false;

// --- helpers ---------------------------------------------------------------------------------

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function page(body) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test OIDC provider</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Test OIDC provider</h1>${body}</main></body></html>`;
}

function loginPage(uid, { error, value = '', clientId } = {}) {
  return page(`
<p>Sign in to <strong>${esc(clientId ?? '')}</strong> with a test account: alice, bob or carol.</p>
${error ? `<p class="error" role="alert" id="error">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">
  <label for="login">Account</label>
  <input name="login" id="login" value="${esc(value)}" required autofocus>
  <button type="submit">Sign in</button>
</form>`);
}

async function readBody(ctx, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) ctx.throw(413, 'body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const b64url = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

async function tamperIdToken(idToken, mode) {
  const header = decodeProtectedHeader(idToken);
  const claims = decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  switch (mode) {
    case 'wrong_nonce': claims.nonce = `tampered-nonce-${randomBytes(6).toString('hex')}`; break;
    case 'wrong_issuer': claims.iss = 'https://wrong-issuer.invalid'; break;
    case 'wrong_audience': claims.aud = 'someone-else'; break;
    case 'expired':
      claims.iat = now - 7200;
      claims.exp = now - 3600;
      if (claims.auth_time !== undefined) claims.auth_time = now - 7200;
      break;
    case 'unverified_email': claims.email_verified = false; break;
    case 'unsigned':
      return `${b64url({ alg: 'none', typ: header.typ ?? 'JWT' })}.${b64url(claims)}.`;
    case 'bad_signature':
      return new CompactSign(Buffer.from(JSON.stringify(claims)))
        .setProtectedHeader(header) // same alg and kid as the published key
        .sign(rogueKey);
    default: return idToken;
  }
  return new CompactSign(Buffer.from(JSON.stringify(claims))).setProtectedHeader(header).sign(privateKey);
}

// --- middleware (runs before the provider's own routes) --------------------------------------

provider.use(async (ctx, next) => {
  const { path, method } = ctx;

  if (path === '/__test/health' && (method === 'GET' || method === 'HEAD')) {
    ctx.type = 'text/plain';
    ctx.body = 'ok';
    return;
  }

  if (path === '/__test/mode') {
    if (method === 'GET') {
      ctx.body = tamper;
      return;
    }
    if (method === 'POST') {
      let body;
      try {
        body = JSON.parse(await readBody(ctx));
      } catch {
        ctx.status = 400;
        ctx.body = { error: 'body must be JSON {"mode": "..."}' };
        return;
      }
      const mode = body?.mode;
      const account = body?.account ?? null;
      if (!MODES.has(mode)) {
        ctx.status = 400;
        ctx.body = { error: `unknown mode ${JSON.stringify(mode)}`, modes: [...MODES] };
        return;
      }
      if (account !== null && !ACCOUNTS[account]) {
        ctx.status = 400;
        ctx.body = { error: `unknown account ${JSON.stringify(account)}`, accounts: Object.keys(ACCOUNTS) };
        return;
      }
      tamper = { mode, account };
      console.log(`oidc-provider: tamper mode ${mode}${account ? ` (account ${account})` : ''}`);
      ctx.body = tamper;
      return;
    }
    ctx.status = 405;
    return;
  }

  const m = /^\/interaction\/([^/]+)(\/login)?$/.exec(path);
  if (m) {
    ctx.set('Cache-Control', 'no-store');
    const [, uid, isLogin] = m;
    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (err) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page(`<p class="error" role="alert" id="error">This sign-in request has expired or is unknown (${esc(err.message)}). Start again from the application.</p>`);
      return;
    }
    if (details.uid !== uid) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page('<p class="error" role="alert" id="error">Interaction mismatch: start again from the application.</p>');
      return;
    }
    const { prompt, params, session } = details;

    if (!isLogin && method === 'GET') {
      if (prompt.name === 'login') {
        ctx.type = 'html';
        ctx.body = loginPage(uid, { value: params.login_hint ?? '', clientId: params.client_id });
        return;
      }
      if (prompt.name === 'consent') {
        // Grant everything that was asked for, then hand back to the provider.
        const grant = details.grantId
          ? await provider.Grant.find(details.grantId)
          : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
        const d = prompt.details;
        if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
        if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
        if (d.missingResourceScopes) {
          for (const [indicator, scopes] of Object.entries(d.missingResourceScopes)) {
            grant.addResourceScope(indicator, scopes.join(' '));
          }
        }
        const grantId = await grant.save();
        ctx.respond = false;
        await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true });
        return;
      }
      ctx.status = 501;
      ctx.body = `unsupported prompt ${prompt.name}`;
      return;
    }

    if (isLogin && method === 'POST') {
      if (prompt.name !== 'login') {
        ctx.status = 400;
        ctx.body = `expected a login prompt, the interaction is at ${prompt.name}`;
        return;
      }
      const form = new URLSearchParams(await readBody(ctx));
      const login = (form.get('login') ?? '').trim().toLowerCase();
      const account = ACCOUNTS[login];
      if (!account) {
        ctx.type = 'html';
        ctx.body = loginPage(uid, {
          error: login ? `Unknown account "${login}".` : 'Enter an account name.',
          value: form.get('login') ?? '',
          clientId: params.client_id,
        });
        return;
      }
      ctx.respond = false;
      await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      return;
    }

    ctx.status = 405;
    return;
  }

  await next();

  // Tamper with ID tokens leaving the token endpoint.
  if (tamper.mode !== 'none' && ctx.oidc?.route === 'token' && ctx.status === 200
      && ctx.body && typeof ctx.body === 'object' && typeof ctx.body.id_token === 'string') {
    const sub = decodeJwt(ctx.body.id_token).sub;
    if (tamper.account === null || ACCOUNTS[tamper.account].sub === sub) {
      ctx.body = { ...ctx.body, id_token: await tamperIdToken(ctx.body.id_token, tamper.mode) };
    }
  }
});

provider.on('server_error', (_ctx, err) => console.error('oidc-provider server_error:', err));

// --- server ----------------------------------------------------------------------------------

const server = http.createServer(provider.callback());
server.on('error', (err) => {
  console.error(`oidc-provider: cannot listen on ${HOST}:${PORT}: ${err.message}`);
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  console.log(`oidc-provider ready at ${ISSUER}`);
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
