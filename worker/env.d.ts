// Secrets are not in wrangler.toml, so `wrangler types` cannot see them: declared here.
declare namespace Cloudflare {
  interface Env {
    /** The deployment's admin token (`wrangler secret put ADMIN_TOKEN`; `.dev.vars` locally). */
    ADMIN_TOKEN?: string;
  }
}
