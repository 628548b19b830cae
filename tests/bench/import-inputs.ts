import Papa from 'papaparse';
import sharp from 'sharp';
import { Rng } from './rng.js';
import { BOILERPLATE, CITIES, HEADINGS, LIST_ITEMS, OUTLETS, QUOTES, TITLES, headline, orgName, person, sentence, subheadline, type Family } from './corpus.js';

export interface InputFile {
  fileName: string;
  bytes: Uint8Array;
}

/** An Outlook-style export of `rows` contacts, with e-mails no generated library holds (`run` keeps runs apart). */
export function contactsCsv(rows: number, seed: number, run: number): InputFile {
  const rng = new Rng(seed);
  const data: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const fam = rng.pick<Family>(['fr', 'en', 'en', 'ja']);
    const p = person(rng, fam);
    const outlet = rng.pick(OUTLETS);
    data.push([
      rng.pick(['', 'Ms.', 'Mr.', 'Dr.']), p.first, p.last, outlet, rng.pick(TITLES[fam]),
      `+1 514 555 ${String(rng.int(0, 9999)).padStart(4, '0')}`, `${p.ascii}.r${run}n${i}@newsroom.example.com`, rng.chance(0.1) ? 'Prefers e-mail' : '', 'Media;Press',
    ]);
  }
  const csv = Papa.unparse({ fields: ['Title', 'First Name', 'Last Name', 'Company', 'Job Title', 'Business Phone', 'E-mail Address', 'Notes', 'Categories'], data });
  return { fileName: `contacts-${run}.csv`, bytes: new TextEncoder().encode(csv) };
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A release as an officer would save it from Word or a newsroom template: Markdown or plain text, FR/EN/JA. */
export function releaseFile(rng: Rng, n: number): InputFile {
  const fam = rng.pick<Family>(['fr', 'en', 'ja']);
  const org = orgName(rng, rng.int(0, 16));
  const day = rng.int(1, 28);
  const month = rng.int(0, 11);
  const who = person(rng, fam);
  const md = n % 2 === 0;
  const city = rng.pick(CITIES[fam]);
  const dateline =
    fam === 'fr' ? `${city}, le ${day} ${MONTHS_FR[month]} 2025 –` : fam === 'en' ? `${city}, ${MONTHS_EN[month]} ${day}, 2025 –` : `${city}、2025年${month + 1}月${day}日 –`;
  const para = () => [sentence(rng, fam), sentence(rng, fam), sentence(rng, fam)].join(fam === 'ja' ? '' : ' ');
  const lines: string[] = [];
  const label = fam === 'fr' ? 'COMMUNIQUÉ DE PRESSE' : fam === 'en' ? 'NEWS RELEASE' : 'プレスリリース';
  const immediate = fam === 'fr' ? 'Pour diffusion immédiate' : fam === 'en' ? 'For immediate release' : '即日発表';
  lines.push(md ? `**${label}**` : label, immediate, '');
  lines.push(md ? `# ${headline(rng, fam, org)}` : headline(rng, fam, org), '');
  lines.push(md ? `*${subheadline(rng, fam)}*` : subheadline(rng, fam), '');
  lines.push(`${dateline} ${para()}`, '');
  lines.push(md ? `## ${rng.pick(HEADINGS[fam])}` : rng.pick(HEADINGS[fam]), '');
  for (const [i, item] of rng.some(LIST_ITEMS[fam], 3).entries()) lines.push(md ? `${i + 1}. ${item}` : `- ${item}`);
  lines.push('');
  lines.push(md ? `> ${rng.pick(QUOTES[fam])}\n> — ${who.first} ${who.last}, ${org}` : `${rng.pick(QUOTES[fam])} — ${who.first} ${who.last}`, '');
  lines.push(md ? `${para()} [${fam === 'ja' ? '詳細' : fam === 'fr' ? 'En savoir plus' : 'Learn more'}](https://www.example.org/news/${n})` : para(), '');
  lines.push(md ? `## ${fam === 'fr' ? 'À propos de' : fam === 'en' ? 'About' : ''}${fam === 'ja' ? `${org}について` : ` ${org}`}` : fam === 'fr' ? `À propos de ${org}` : fam === 'en' ? `About ${org}` : `${org}について`, '');
  lines.push(BOILERPLATE[fam](org), '', fam === 'ja' ? '以上' : '-30-', '');
  lines.push(fam === 'fr' ? 'Renseignements :' : fam === 'en' ? 'Media contact:' : 'お問い合わせ：', `${who.first} ${who.last}`, rng.pick(TITLES[fam]), org, `${who.ascii}@example.org`);
  return { fileName: `release-${n}.${md ? 'md' : 'txt'}`, bytes: new TextEncoder().encode(lines.join('\n') + '\n') };
}

export async function logoFile(rng: Rng, n: number): Promise<InputFile> {
  const w = rng.pick([300, 480, 600]);
  const h = Math.round(w / 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#fff"/>` +
    `<circle cx="${h / 2}" cy="${h / 2}" r="${h / 2.5}" fill="#${rng.hex(6)}"/><text x="${h * 1.1}" y="${h * 0.6}" font-family="sans-serif" font-size="${h / 3}" fill="#${rng.hex(6)}">Logo ${n}</text></svg>`;
  if (n % 2) return { fileName: `logo-${n}.svg`, bytes: new TextEncoder().encode(svg) };
  return { fileName: `logo-${n}.png`, bytes: new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()) };
}
