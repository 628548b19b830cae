/**
 * Word banks for synthetic press material in the three languages the app serves. Sentences are
 * assembled from these so that search, indexing and export see realistic text (accents, French
 * spacing before « : ; », Japanese without spaces), never a copy of real releases.
 */
import type { Rng } from './rng.js';

export type Family = 'fr' | 'en' | 'ja';

export const CITIES: Record<Family, string[]> = {
  fr: ['MONTRÉAL', 'QUÉBEC', 'GATINEAU', 'SHERBROOKE', 'TROIS-RIVIÈRES', 'PARIS', 'LYON', 'BORDEAUX', 'LILLE', 'NANTES'],
  en: ['TORONTO', 'VANCOUVER', 'BOSTON', 'SAN DIEGO', 'LONDON', 'MANCHESTER', 'EDINBURGH', 'NEW YORK', 'CHICAGO', 'OTTAWA'],
  ja: ['東京', '大阪', '京都', '名古屋', '札幌', '福岡', '横浜', '神戸'],
};

const ORG_STEMS = [
  'Québec Santé Numérique', 'Énergie Boréale', 'Institut des océans du Saint-Laurent', 'Maison de la francophonie',
  'Northwind Robotics', 'Pacific Coast Therapeutics', 'Cambridge Genomics', 'Harbourfront Arts Council',
  'Atelier Lumière', 'Musée des beaux-arts de Charlevoix', 'Tōkai Mobility', 'Sakura Foods', 'Kansai Design Week',
  'Agence de développement Nord-Sud', 'Clearwater Foundation', 'Festival des Neiges', 'Green Valley Cooperative',
];

export function orgName(rng: Rng, n: number): string {
  const stem = ORG_STEMS[n % ORG_STEMS.length]!;
  return n < ORG_STEMS.length ? stem : `${stem} ${rng.pick(['Est', 'Ouest', 'North', 'South', 'International', 'Atlantique', 'Pacifique'])} ${n}`;
}

export const OUTLETS = [
  'La Presse', 'Le Devoir', 'Radio-Canada', 'Le Soleil', 'Les Affaires', 'Le Monde', 'Les Échos', 'Ouest-France', 'Le Figaro',
  'The Globe and Mail', 'Toronto Star', 'The Boston Globe', 'BBC News', 'The Guardian', 'Financial Times', 'Reuters', 'Bloomberg',
  '朝日新聞', '日本経済新聞', 'NHK', '読売新聞', 'TechCrunch', 'Wired', 'CBC News', 'Agence France-Presse', 'The Canadian Press',
];

const FIRST: Record<Family, string[]> = {
  fr: ['Marie-Ève', 'Louis', 'Geneviève', 'François', 'Émilie', 'Jérôme', 'Anne-Sophie', 'Mathieu', 'Hélène', 'Benoît', 'Chloé', 'Sébastien', 'Noémie', 'Étienne'],
  en: ['Jennifer', 'Daniel', 'Sophie', 'Michael', 'Priya', 'Oliver', 'Grace', 'Samuel', 'Aisha', 'Thomas', 'Emily', 'Jack', 'Hannah', 'Lucas'],
  ja: ['陽菜', '蓮', '結衣', '大翔', '美咲', '悠真', '葵', '翔太', 'さくら', '健一'],
};
const LAST: Record<Family, string[]> = {
  fr: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Dubois', 'Lefèvre', 'Moreau', 'Girard'],
  en: ['Alvarez', 'Okafor', 'Wright', 'Chen', 'Patel', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Murphy', "O'Neill", 'Campbell'],
  ja: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'],
};
const ROMAJI: Record<string, string> = {
  陽菜: 'hina', 蓮: 'ren', 結衣: 'yui', 大翔: 'hiroto', 美咲: 'misaki', 悠真: 'yuma', 葵: 'aoi', 翔太: 'shota', さくら: 'sakura', 健一: 'kenichi',
  佐藤: 'sato', 鈴木: 'suzuki', 高橋: 'takahashi', 田中: 'tanaka', 伊藤: 'ito', 渡辺: 'watanabe', 山本: 'yamamoto', 中村: 'nakamura', 小林: 'kobayashi', 加藤: 'kato',
};

export const TITLES: Record<Family, string[]> = {
  fr: ['Journaliste', 'Chef de pupitre', 'Chroniqueuse économique', 'Rédacteur en chef', 'Reporter santé', 'Recherchiste', 'Conseillère en communication'],
  en: ['Reporter', 'Health and Science Reporter', 'Business Editor', 'Producer', 'Bureau Chief', 'Technology Correspondent', 'Assignment Editor'],
  ja: ['記者', '編集委員', 'デスク', '経済部記者', '科学部記者'],
};

export const TAGS = ['santé', 'énergie', 'culture', 'technologie', 'finances', 'environnement', 'éducation', 'health', 'energy', 'arts', 'AI', 'export', 'Japon', 'Expo', 'tourisme', 'innovation'];

export function person(rng: Rng, family: Family): { first: string; last: string; ascii: string } {
  const first = rng.pick(FIRST[family]);
  const last = rng.pick(LAST[family]);
  const ascii =
    family === 'ja'
      ? `${ROMAJI[first] ?? 'taro'}.${ROMAJI[last] ?? 'yamada'}`
      : `${first}.${last}`.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z.-]/g, '').toLowerCase();
  return { first, last, ascii };
}

const SUBJECTS: Record<Family, string[]> = {
  fr: ['un fonds de 12 M$ pour les jeunes pousses en santé numérique', 'un nouveau parc éolien dans le Bas-Saint-Laurent', 'une exposition consacrée aux artistes du Nord',
    'un programme de bourses pour les étudiantes en génie', 'une mission commerciale au Japon', 'la rénovation du pavillon des sciences', 'un partenariat avec les écoles de la région',
    'un centre de recherche sur les océans', 'un festival d’hiver pour toute la famille', 'la première usine de batteries du Québec'],
  en: ['a $12 million fund for digital health start-ups', 'a new offshore wind farm', 'an exhibition of contemporary Northern artists', 'a scholarship programme for women in engineering',
    'a trade mission to Japan', 'the renovation of the science pavilion', 'a partnership with regional schools', 'an ocean research centre', 'a winter festival for families',
    'the first battery plant in the province'],
  ja: ['デジタルヘルス新興企業向けの12億円ファンド', '新しい洋上風力発電所', '北方の現代美術展', '女性エンジニア向けの奨学金制度', '日本への経済使節団', '科学館の改修', '地域の学校との連携',
    '海洋研究センター', '家族向けの冬祭り', '国内初の電池工場'],
};

const VERBS: Record<Family, string[]> = {
  fr: ['annonce', 'lance', 'inaugure', 'dévoile', 'présente', 'célèbre'],
  en: ['announces', 'launches', 'opens', 'unveils', 'presents', 'celebrates'],
  ja: ['を発表', 'を開始', 'を開設', 'を公開'],
};

export function headline(rng: Rng, family: Family, org: string): string {
  const subject = rng.pick(SUBJECTS[family]);
  if (family === 'ja') return `${org}、${subject}${rng.pick(VERBS.ja)}`;
  return `${org} ${rng.pick(VERBS[family])} ${subject}`;
}

export function subheadline(rng: Rng, family: Family): string {
  const n = rng.int(2, 30);
  if (family === 'fr') return rng.pick([`Un appel de projets ouvert jusqu’au ${n} avril`, `Plus de ${n * 10} emplois créés d’ici 2028`, `Les inscriptions commencent le ${n} mai`]);
  if (family === 'en') return rng.pick([`Applications open until April ${n}`, `More than ${n * 10} jobs created by 2028`, `Registration opens on May ${n}`]);
  return rng.pick([`応募受付は4月${n}日まで`, `2028年までに${n * 10}人以上の雇用を創出`, `登録は5月${n}日に開始`]);
}

const SENTENCES: Record<Family, string[]> = {
  fr: [
    'Cette initiative permettra aux entreprises de la région de transformer leurs idées en solutions concrètes',
    'Le projet a été conçu en étroite collaboration avec les communautés locales et les partenaires du milieu',
    'Les travaux commenceront au printemps et devraient se terminer avant la fin de l’année prochaine',
    'Les dossiers doivent être déposés en ligne au plus tard à la date indiquée',
    'Près de la moitié des fonds sera consacrée à la formation et à l’accompagnement des équipes',
    'L’organisme publiera un bilan détaillé des retombées économiques et sociales à l’automne',
    'Les médias sont invités à la conférence de presse qui aura lieu au pavillon principal',
  ],
  en: [
    'This initiative will help companies across the region turn their ideas into practical solutions',
    'The project was designed in close collaboration with local communities and partners',
    'Construction will begin in the spring and is expected to finish before the end of next year',
    'Applications must be submitted online no later than the stated deadline',
    'Nearly half of the funding will go to training and support for the teams involved',
    'The organization will publish a detailed report on the economic and social impact in the autumn',
    'Media are invited to the press conference, which will take place at the main pavilion',
  ],
  ja: [
    'この取り組みにより、地域の企業はアイデアを具体的な解決策に変えることができます',
    'このプロジェクトは地域社会やパートナーと緊密に協力して設計されました',
    '工事は春に始まり、来年末までに完了する予定です',
    '申請は締め切りまでにオンラインで提出する必要があります',
    '資金の約半分は、関係するチームの研修と支援に充てられます',
    '同団体は秋に経済的および社会的な影響に関する詳細な報告書を公表します',
    '報道関係者は本館で行われる記者会見にご招待いたします',
  ],
};

export function sentence(rng: Rng, family: Family): string {
  const s = rng.pick(SENTENCES[family]);
  return family === 'ja' ? `${s}。` : `${s}.`;
}

export const LIST_ITEMS: Record<Family, string[]> = {
  fr: ['Un volet d’amorçage, jusqu’à 250 000 $ par entreprise ;', 'Un volet de croissance, jusqu’à 1 M$ ;', 'Un volet d’accompagnement en propriété intellectuelle ;', 'Des ateliers gratuits pour le public ;', 'Une navette depuis le centre-ville.'],
  en: ['A seed stream of up to $250,000 per company;', 'A growth stream of up to $1 million;', 'Support with intellectual property;', 'Free workshops for the public;', 'A shuttle from downtown.'],
  ja: ['1社あたり最大2,500万円のシード枠', '最大1億円の成長枠', '知的財産に関する支援', '一般向けの無料ワークショップ', '市内中心部からのシャトルバス'],
};

export const QUOTES: Record<Family, string[]> = {
  fr: ['« Ce fonds permettra à nos entrepreneurs d’aller plus loin, plus vite. »', '« Nous sommes fiers de contribuer au rayonnement de notre région. »'],
  en: ['“This fund will let our entrepreneurs go further, faster.”', '“We are proud to contribute to the growth of our region.”'],
  ja: ['「このファンドにより、起業家はより速く、より遠くへ進むことができます。」', '「地域の発展に貢献できることを誇りに思います。」'],
};

export const HEADINGS: Record<Family, string[]> = {
  fr: ['Trois volets de financement', 'Faits saillants', 'Calendrier', 'Pour en savoir plus'],
  en: ['Three funding streams', 'Highlights', 'Timeline', 'Find out more'],
  ja: ['3つの支援枠', 'ハイライト', '日程', '詳細について'],
};

export const BOILERPLATE: Record<Family, (name: string) => string> = {
  fr: (n) => `${n} est un organisme sans but lucratif qui accompagne les entreprises d’ici, de l’idée à la commercialisation.\n\nPour en savoir plus, visitez notre site.`,
  en: (n) => `${n} is a not-for-profit organization that supports local companies from idea to market.\n\nTo learn more, visit our website.`,
  ja: (n) => `${n}は、アイデアから事業化まで地域の企業を支援する非営利団体です。`,
};

/** Words officers type in the search box: names, places, topics, outlets, in the three languages. */
export const QUERY_WORDS = [
  'Montréal', 'Montreal', 'Québec', 'fonds', 'fund', 'énergie', 'energy', 'wind', 'éolien', 'Tremblay', 'Gagnon', 'Okafor', 'Chen', 'Patel',
  'La Presse', 'Reuters', 'Globe', 'bourses', 'scholarship', 'Japon', 'Japan', '東京', '記者会見', 'ファンド', '風力', 'exposition', 'exhibition',
  'festival', 'batteries', 'battery', 'santé numérique', 'digital health', 'océans', 'ocean', 'partenariat', 'partnership', 'inscriptions', 'registration',
  'Sherbrooke', 'London', 'Boston', 'recherche', 'research', 'Expo', 'tourisme', 'innovation', 'press conference', 'conférence de presse', 'Tanaka', '佐藤',
];
