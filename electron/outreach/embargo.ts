import { formatTimingLine, isFrench, type LocaleLang } from '../locale/index.js';
import type { Kit, Release } from '../model/index.js';

export interface EmbargoText {
  /** Put before the subject: "SOUS EMBARGO jusqu’au 12 mai 2026, 0 h 01 (UTC)". */
  subject: string;
  /** The first line of the body. */
  body: string;
  until: string;
}

/**
 * The kit is under embargo while any of its releases is: the latest lift time is the one that
 * keeps every release safe. An embargo already lifted is no longer news and is not mentioned.
 */
export function kitEmbargo(kit: Kit, releases: readonly Release[], now: Date): EmbargoText | null {
  let latest: { until: string; zone: string; at: number } | null = null;
  for (const section of kit.sections) {
    if (section.type !== 'release') continue;
    const release = releases.find((r) => r.id === section.releaseId && !r.deletedAt);
    if (!release || release.timing.kind !== 'embargo') continue;
    const at = Date.parse(release.timing.until);
    if (Number.isNaN(at) || at <= now.getTime()) continue;
    if (!latest || at > latest.at) latest = { until: release.timing.until, zone: release.timing.zone, at };
  }
  if (!latest) return null;
  return embargoText({ kind: 'embargo', until: latest.until, zone: latest.zone }, kit.lang);
}

/** Reuses the release's own timing line (same date, time and zone wording), reworded for a subject. */
export function embargoText(timing: { kind: 'embargo'; until: string; zone: string }, lang: LocaleLang): EmbargoText {
  const line = formatTimingLine(timing, lang);
  if (isFrench(lang)) {
    const rest = line.replace(/^(Ne pas publier avant le|Sous embargo jusqu’au|SOUS EMBARGO jusqu’au)\s+/, '');
    const text = `SOUS EMBARGO jusqu’au ${rest}`;
    return { subject: text, body: text, until: timing.until };
  }
  if (lang === 'ja') return { subject: `【${line}】`, body: line, until: timing.until };
  const rest = line.replace(/^EMBARGOED UNTIL\s+/, '');
  return { subject: `EMBARGO: ${rest}`, body: `EMBARGOED UNTIL ${rest}`, until: timing.until };
}
