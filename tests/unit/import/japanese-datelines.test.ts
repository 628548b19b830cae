import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReleaseFile } from '../../../electron/import/index.js';
import { isSalutation, matchDateline } from '../../../electron/import/header-lines.js';
import { localize } from '../../../electron/model/errors.js';
import { blocksText } from '../../../electron/model/index.js';

const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = async (name: string) => readReleaseFile(name, new Uint8Array(await readFile(path.join(HERE, name))));
const read = (text: string) => readReleaseFile('release.txt', new TextEncoder().encode(text));
const en = (r: { warnings: Parameters<typeof localize>[0][] }) => r.warnings.map((w) => localize(w, 'en'));

describe('Japanese datelines with a place', () => {
  it.each([
    ['【大阪】2025年6月16日 ― 本文', '大阪'],
    ['【大阪】2025年6月16日本文', '大阪'],
    ['［名古屋］2025年6月16日（月）－本文', '名古屋'],
    ['2025年6月16日 東京 — 本文', '東京'],
    ['2025年6月16日（月）東京 ― 本文', '東京'],
    ['東京、2025年6月16日 – 本文', '東京'],
    ['ニューヨーク、2025年6月16日 /PRNewswire/ -- 本文', 'ニューヨーク'],
    ['【東京、2025年6月16日】本文', '東京'],
    ['【2025年6月16日 京都】本文', '京都'],
    ['【福岡】２０２５年６月１６日 ― 本文', '福岡'],
  ])('%s', (line, city) => {
    const m = matchDateline(line);
    expect(m).toMatchObject({ city, date: '2025-06-16' });
    expect(line.slice(m!.length)).toBe('本文');
  });

  it('does not read a sentence, a lone date or a company beside the date as a dateline with a place', () => {
    expect(matchDateline('当社は、2025年6月16日に新拠点を開設しました。')).toBeNull();
    expect(matchDateline('2025年6月16日に開催された会議で発表しました。')).toBeNull();
    expect(matchDateline('2026年9月18日 株式会社さくらバイオ')).toBeNull();
    expect(matchDateline('【会社概要】')).toBeNull();
    expect(matchDateline('【大阪】2025年2月30日 ― 本文')).toBeNull();
  });

  it('【大阪】date ― text: city and date filled, the dateline gone from the first paragraph', async () => {
    const r = await readFixture('ja-dateline-bracket-city.txt');
    expect(r.release).toMatchObject({ lang: 'ja', label: 'プレスリリース', headline: '大阪市、中之島に再生医療の共同研究拠点を開設', dateline: { city: '大阪', date: '2025-06-16' }, endMark: '以上' });
    expect(blocksText(r.release.body)).toBe('大阪市と株式会社さくらバイオは、中之島に再生医療の共同研究拠点を開設しました。\n\n新拠点では、大学や医療機関との共同研究を進めます。');
  });

  it('date 東京 — text', async () => {
    const r = await readFixture('ja-dateline-date-city.txt');
    expect(r.release).toMatchObject({ label: 'ニュースリリース', headline: '東京の新拠点で量子計算の実証を開始', dateline: { city: '東京', date: '2025-06-16' } });
    expect(blocksText(r.release.body)).toMatch(/^株式会社みらい量子は、東京・丸の内/u);
    expect(blocksText(r.release.body)).not.toContain('2025年6月16日');
  });

  it('東京、date – text', async () => {
    const r = await readFixture('ja-dateline-city-comma.txt');
    expect(r.release).toMatchObject({ headline: '東京大学発ベンチャー、新薬候補の臨床試験を開始', dateline: { city: '東京', date: '2025-06-16' } });
    expect(blocksText(r.release.body)).toBe('株式会社ひかり創薬は、新薬候補の第I相臨床試験を開始したことをお知らせします。\n\n試験は国内3施設で実施します。');
  });

  it('【福岡、date(月)】text, after an addressee line and a bracketed label', async () => {
    const r = await readFixture('ja-dateline-bracket-both.txt');
    expect(r.release).toMatchObject({ label: 'プレスリリース', headline: '福岡に物流の新拠点が完成', dateline: { city: '福岡', date: '2025-06-16' } });
    expect(blocksText(r.release.body)).toBe('株式会社はやて物流は、福岡市東区に新しい物流拠点を完成させました。');
    expect(r.contacts.map((c) => c.name)).toEqual(['佐藤 太郎']);
    expect(r.release.addressee).toBe('報道関係者の皆様');
    expect(en(r).join('\n')).not.toMatch(/addressee/);
  });

  it('a dateline line above the headline, as many Japanese releases place it', async () => {
    const r = await readFixture('ja-dateline-above-headline.txt');
    expect(r.release).toMatchObject({ headline: '札幌で冬季スポーツの国際会議を開催', dateline: { city: '札幌', date: '2025-06-16' } });
    expect(blocksText(r.release.body)).toBe('一般社団法人北のスポーツ機構は、札幌市で冬季スポーツの国際会議を開催します。');
    expect(en(r)).not.toContain('No dateline (city and date) was recognized.');
  });
});

describe('addressee lines', () => {
  it('recognizes them in three languages, and only them', () => {
    for (const line of [
      '報道関係者各位', '各位', '記者各位', '報道関係者の皆様', 'Aux médias', 'AUX RÉDACTIONS', 'À l’attention des rédactions', "A l'attention de la salle des nouvelles :", 'À l’attention des chefs de pupitre', 'À l’attention de la presse',
      'Attention: News Editors', 'ATTENTION BUSINESS/TECHNOLOGY EDITORS', 'For the attention of the news desk', 'For the attention of health correspondents', 'To the editors',
    ]) {
      expect(isSalutation(line), line).toBe(true);
    }
    for (const line of ['Aux médias sociaux, la Ville répond.', 'Attention to detail matters to our engineers.', 'À l’attention particulière portée aux aînés, la Ville ajoute un volet.', 'À l’attention des familles : la Ville ouvre une piscine', 'À l’attention des familles', 'For the attention of parents', 'Attention parents', 'プレスリリース']) {
      expect(isSalutation(line), line).toBe(false);
    }
  });

  it('are kept in a field of their own, out of the body, in three languages', async () => {
    const fr = await read('Aux médias\n\nCOMMUNIQUÉ DE PRESSE\nPour diffusion immédiate\n\nLa Ville ouvre une bibliothèque\n\nLAVAL, le 3 mars 2026 – Texte.\n');
    expect(fr.release).toMatchObject({ addressee: 'Aux médias', label: 'Communiqué de presse', headline: 'La Ville ouvre une bibliothèque', dateline: { city: 'Laval' } });
    expect(blocksText(fr.release.body)).toBe('Texte.');
    expect(fr.warnings).toEqual([]);

    const english = await read('PRESS RELEASE\nFOR IMMEDIATE RELEASE\nAttention: News Editors\n\nAcme Opens a Lab\n\nBOSTON, May 4, 2026 – Acme opened a lab.\n');
    expect(english.release).toMatchObject({ addressee: 'Attention: News Editors', headline: 'Acme Opens a Lab' });

    const ja = await read('プレスリリース\n報道関係者各位\n\n2026年9月18日\n\n新拠点を開設\n\n株式会社さくらバイオは、大阪に新拠点を開設しました。\n');
    expect(ja.release).toMatchObject({ label: 'プレスリリース', addressee: '報道関係者各位' });
    expect(blocksText(ja.release.body)).not.toContain('各位');
  });

  it('a second addressee line is left out, and said so', async () => {
    const r = await read('Aux médias\nÀ l’attention des chefs de pupitre\n\nCOMMUNIQUÉ\n\nTitre\n\nLAVAL, le 3 mars 2026 – Texte.\n');
    expect(r.release.addressee).toBe('Aux médias');
    expect(en(r)).toContain('A second addressee line, "À l’attention des chefs de pupitre", was left out: the release keeps the first one.');
  });
});
