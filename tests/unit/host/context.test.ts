import { describe, expect, it } from 'vitest';
import { uiLangFrom } from '../../../electron/host/context.js';
import { resolveLibraryDir, userDataDir } from '../../../electron/host/library-path.js';

describe('the door context', () => {
  it('reads the interface language from Accept-Language and POSIX locales', () => {
    for (const fr of ['fr', 'fr-CA,fr;q=0.9', 'fr_CA.UTF-8', 'FR_fr', 'fr.UTF-8']) expect(uiLangFrom(fr)).toBe('fr');
    for (const en of ['en-US', 'en_GB.UTF-8', 'fra', 'fy_NL', '', null, undefined, 'C.UTF-8']) expect(uiLangFrom(en)).toBe('en');
  });

  it('finds the library where the desktop app keeps it unless told otherwise', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/Media Kit Manager');
    expect(resolveLibraryDir(undefined, { MEDIAKIT_LIBRARY: '/srv/kits' })).toBe('/srv/kits');
    expect(resolveLibraryDir('/tmp/x', { MEDIAKIT_LIBRARY: '/srv/kits' })).toBe('/tmp/x');
    expect(resolveLibraryDir(undefined, { XDG_CONFIG_HOME: '/c' })).toMatch(/Media Kit Manager\/library$/);
  });
});
