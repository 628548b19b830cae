/**
 * Chromium's sandbox stays on for the printer: the pages it prints are user content (imported
 * releases, logos), and the sandbox is what confines a renderer exploit. Chromium refuses to start
 * sandboxed as root (its setuid/namespace sandbox needs an unprivileged user), so only there is it
 * turned off, and docs/SECURITY.md says so. Elsewhere a failing sandbox is reported, not bypassed.
 */
export function sandboxArgs(uid: number | undefined = process.getuid?.()): string[] {
  return uid === 0 ? ['--no-sandbox'] : [];
}

