import { saveBlob } from '../lib/save-blob.js';
/**
 * The web host's session token (browser only; the desktop app talks over IPC). It arrives in the
 * address's fragment (`#token=…`), which no browser sends to a server, moves to sessionStorage (this
 * tab only, gone when it closes) and leaves the address bar at once, before anything else reads it.
 */
const KEY = 'mk:session-token';

function takeFromAddress(): void {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(KEY, match[1]!);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

if (typeof window !== 'undefined' && !window.mediakit) takeFromAddress();

export function sessionHeaders(): Record<string, string> {
  const token = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * Saves a file the web host serves (exports, e-mail drafts) as a download. Fetched with the token in
 * its header, then handed to the browser from memory: no link that works without the token.
 */
export async function downloadFromHost(url: string, name: string): Promise<void> {
  const res = await fetch(url, { headers: sessionHeaders() });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  saveBlob(await res.blob(), name);
}
