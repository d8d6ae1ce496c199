import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleSite, nginxSite } from "@/lib/server/nginx-config";

describe("the documented nginx example", () => {
  it("is the text lib/server/nginx-config.ts makes (npm run deploy:nginx), so it is the one the end-to-end test runs", () => {
    expect(readFileSync("docs/deploy/nginx.conf", "utf8")).toBe(nginxSite(exampleSite));
  });

  it("lists every app server and passes the visitor's address for TRUSTED_PROXY_HOPS=1", () => {
    const text = nginxSite({ serverName: "localhost", upstreams: ["127.0.0.1:1", "127.0.0.1:2"], port: 8080 });
    expect(text).toContain("server 127.0.0.1:1 max_fails=1");
    expect(text).toContain("server 127.0.0.1:2 max_fails=1");
    expect(text).toContain("listen 127.0.0.1:8080;");
    expect(text).not.toContain("ssl");
    expect(text).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(text).toContain("proxy_next_upstream error timeout;");
  });
});
