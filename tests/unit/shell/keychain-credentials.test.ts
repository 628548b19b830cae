import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/** The system keychain, as Electron's safeStorage exposes it: a reversible seal this test can check. */
const keychain = vi.hoisted(() => ({
  available: true,
  seal: (s: string) => Buffer.from(`sealed:${Buffer.from(s).toString('hex')}`),
  open: (b: Buffer) => Buffer.from(b.toString().replace(/^sealed:/, ''), 'hex').toString(),
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    encryptString: (s: string) => keychain.seal(s),
    decryptString: (b: Buffer) => keychain.open(b),
  },
}));

const { keychainCredentials } = await import('../../../electron/shell/keychain-credentials.js');

describe('team-library passwords in the desktop app', () => {
  it('are sealed by the system keychain in the app folder, found again after a restart, and forgotten on request', async () => {
    const file = path.join(await tempDir('mediakit-keychain-'), 'sync-credentials.json');
    const url = 'https://couch.example.org/presse';
    await keychainCredentials(file).set(url, 'marie', 'Tr0ub4dor&3');
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('Tr0ub4dor&3');
    expect(await keychainCredentials(file).get(url, 'marie')).toBe('Tr0ub4dor&3');
    expect(await keychainCredentials(file).get(url, 'kenji')).toBeNull();
    await keychainCredentials(file).forget(url, 'marie');
    expect(await keychainCredentials(file).get(url, 'marie')).toBeNull();
  });

  it('keeps a password for this session only where the system has no keychain: never written in clear', async () => {
    keychain.available = false;
    try {
      const file = path.join(await tempDir('mediakit-keychain-'), 'sync-credentials.json');
      const creds = keychainCredentials(file);
      await creds.set('https://couch.example.org/presse', 'marie', 'Tr0ub4dor&3');
      expect(await creds.get('https://couch.example.org/presse', 'marie')).toBe('Tr0ub4dor&3');
      await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await keychainCredentials(file).get('https://couch.example.org/presse', 'marie')).toBeNull();
    } finally {
      keychain.available = true;
    }
  });
});
