// The script of /graphql's browser page: embeds Apollo Sandbox, or opens the bundled IDE when
// Sandbox cannot load. The decision is this page's own timer, 1.5 s from the start of the
// navigation (not from when this script runs, which a busy machine delays), so a network where
// outside requests hang gets the IDE as surely, and nearly as soon, as one where they fail.
interface LandingConfig {
  readonly script: string;
  readonly operation: string;
  readonly sandbox: Record<string, unknown>;
}
type SandboxConstructor = new (options: Record<string, unknown>) => unknown;

const fallbackAfterMs = 1500;
const config = JSON.parse(document.getElementById('sandbox-config')!.textContent!) as LandingConfig;
const statusLine = document.getElementById('status')!;
let settled = false;

function openBundledIde(reason: 'error' | 'timeout'): void {
  if (settled) return;
  settled = true;
  document.documentElement.dataset['sandbox'] = reason;
  statusLine.textContent = 'Apollo Sandbox cannot load here: opening the bundled IDE…';
  location.replace(`/ide/?${new URLSearchParams({ fallback: reason, operation: config.operation })}`);
}

const timer = setTimeout(() => openBundledIde('timeout'), Math.max(0, fallbackAfterMs - performance.now()));
const script = document.createElement('script');
script.src = config.script;
script.async = true;
script.onerror = () => {
  clearTimeout(timer);
  openBundledIde('error');
};
script.onload = () => {
  if (settled) return;
  clearTimeout(timer);
  const Sandbox = (window as { EmbeddedSandbox?: SandboxConstructor }).EmbeddedSandbox;
  if (!Sandbox) return openBundledIde('error');
  settled = true;
  document.documentElement.dataset['sandbox'] = 'loaded';
  statusLine.textContent = 'Apollo Sandbox (telemetry off).';
  new Sandbox({ ...config.sandbox, initialEndpoint: `${location.origin}${location.pathname}` });
};
document.head.append(script);
