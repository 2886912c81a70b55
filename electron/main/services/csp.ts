// The Content-Security-Policy of every response the app serves, from the app:// protocol in
// Electron and from the web host alike (one string, two hosts).
//
// - script-src 'self': only the built bundles; no inline scripts, no 'unsafe-eval'.
// - style-src 'unsafe-inline': antd v6 injects its CSS-in-JS as <style> tags at run time.
// - img/font data: and blob: for icons, charts exported as images and generated previews.
// - connect-src 'self': the web host's /api routes; nothing leaves the machine.
// - object-src, base-uri, form-action, frame-ancestors shut.

/** The CSP header value. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response: CSP plus the usual hardening. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
