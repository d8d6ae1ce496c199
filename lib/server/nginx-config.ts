/**
 * The nginx configuration for the portal behind a reverse proxy with two or more app
 * servers on one PostgreSQL database. One source: `npm run deploy:nginx` writes the
 * documented example (docs/deploy/nginx.conf, checked by tests/deploy/nginx-config.test.ts)
 * and tests/e2e/multi-server.spec.ts runs a real nginx on the same text, over plain http.
 */
export type NginxSite = {
  /** The name visitors use, as in PUBLIC_ORIGIN. */
  serverName: string;
  /** The app servers (`host:port`), each running `npm start` with the same build. */
  upstreams: readonly string[];
  /** TLS on nginx (production); without it one plain-http listener on `port` (tests). */
  tls?: { certificate: string; key: string };
  port?: number;
};

export const exampleSite: NginxSite = {
  serverName: "hulp.gemeente.nl",
  upstreams: ["10.0.0.11:3000", "10.0.0.12:3000"],
  tls: { certificate: "/etc/ssl/certs/hulp.gemeente.nl.pem", key: "/etc/ssl/private/hulp.gemeente.nl.key" },
};

export function nginxSite(site: NginxSite): string {
  const listen = site.tls
    ? [
        "    listen 443 ssl;",
        "    listen [::]:443 ssl;",
        "    http2 on;",
        `    ssl_certificate ${site.tls.certificate};`,
        `    ssl_certificate_key ${site.tls.key};`,
        "    ssl_protocols TLSv1.2 TLSv1.3;",
      ]
    : [`    listen 127.0.0.1:${site.port ?? 80};`];
  const redirect = site.tls
    ? [
        "",
        "# Plain http only sends visitors to https.",
        "server {",
        "    listen 80;",
        "    listen [::]:80;",
        `    server_name ${site.serverName};`,
        "    return 301 https://$host$request_uri;",
        "}",
      ]
    : [];
  const proxied = [
    "        proxy_pass http://portal;",
    "        proxy_http_version 1.1;",
    "        proxy_set_header Connection \"\";",
    "        proxy_set_header Host $http_host;",
    "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "        proxy_next_upstream error timeout;",
    "        proxy_next_upstream_tries 2;",
    "        proxy_connect_timeout 2s;",
  ];
  return [
    "# The portal behind nginx: app servers on one PostgreSQL database (see README, Deploying).",
    "# Generated from lib/server/nginx-config.ts (npm run deploy:nginx); the end-to-end test",
    "# tests/e2e/multi-server.spec.ts runs nginx on this same configuration.",
    "",
    "upstream portal {",
    "    # Each app server: `npm start` with DATABASE_URL, PUBLIC_ORIGIN and TRUSTED_PROXY_HOPS=1.",
    "    # A server that refuses connections (stopping, restarting) is left out for 10 s.",
    ...site.upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=10s;`),
    "}",
    "",
    "server {",
    ...listen,
    `    server_name ${site.serverName};`,
    "",
    "    # The portal refuses bodies over 1 MB itself (413, in the visitor's language); the catalogue upload below takes more.",
    "    client_max_body_size 2m;",
    "",
    "    # Shared resident pages leave the portal uncompressed (each copy gets its own CSP nonce): compress here.",
    "    gzip on;",
    "    gzip_proxied any;",
    "    gzip_types text/css application/javascript application/json text/plain;",
    "",
    "    # The portal builds addresses from PUBLIC_ORIGIN, never from these headers.",
    "    # Host as the browser sent it, port included: Next.js checks that a form's",
    "    # Origin names the same host. X-Forwarded-For gets the visitor's address",
    "    # appended: with this one proxy, TRUSTED_PROXY_HOPS=1.",
    "    # A server that is down or stopping refuses the connection: the request goes to",
    "    # the next one. A request already sent is never sent twice (a post could repeat).",
    "    location / {",
    ...proxied,
    "        proxy_read_timeout 60s;",
    "    }",
    "",
    "    # An editor's catalogue file (/beheer/import): up to 60 MB, and its preview takes a while.",
    "    location = /api/beheer/import {",
    "        client_max_body_size 61m;",
    ...proxied,
    "        proxy_read_timeout 300s;",
    "    }",
    "}",
    ...redirect,
    "",
  ].join("\n");
}
