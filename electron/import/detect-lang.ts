import type { Lang } from '../model/index.js';

const FR_WORDS = /\b(?:le|la|les|des|du|et|pour|avec|une|est|dans|sur|aux|qui|que|sont|cette|leur|à)\b/giu;
const EN_WORDS = /\b(?:the|and|of|to|for|with|is|are|this|that|their|will|from|by|on|in)\b/giu;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

/**
 * The release's language from its own text. Japanese by script; French vs English by function words;
 * then the regional variant from cues (Québec is the default for French: the product's home market).
 */
export function detectLang(text: string, datelineCity = ''): Lang {
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, text);
  const han = count(/\p{Script=Han}/gu, text);
  const latin = count(/\p{Script=Latin}/gu, text);
  if (kana + han > latin * 0.3 && kana + han > 20) return 'ja';
  if (kana > 0 && latin < 50) return 'ja';
  const fr = count(FR_WORDS, text);
  const en = count(EN_WORDS, text);
  if (fr > en) {
    const france =
      count(/\+33|\b0[1-9](?:[ .]\d{2}){4}\b|\.fr\b|\bParis\b|\bLyon\b|\bMarseille\b|\bToulouse\b|\bBordeaux\b|\bLille\b|\bNantes\b|\bStrasbourg\b|\bAFP\b|€|\bheure de Paris\b/gu, text) +
      (/^(?:paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|nice|rennes|montpellier|grenoble)/iu.test(datelineCity) ? 3 : 0);
    const quebec = count(/\bQu[ée]bec\b|\bMontr[ée]al\b|\/CNW\/|\bHNE\b|\bHAE\b|\b(?:514|418|450|438|819|581|873)[ -)]|\.qc\.ca\b|\.ca\b|\bcourriel\b/giu, text);
    return france > quebec ? 'fr-FR' : 'fr-CA';
  }
  const uk =
    count(/\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December),? \d{4}\b/gu, text) * 2 +
    count(/\b(?:organis|realis|recognis|prioritis|utilis|emphasis)(?:e|es|ed|ing|ation|ations)\b|\b(?:colour|favour|honour|behaviour|labour|centre|programme|licence|catalogue|whilst|amongst)s?\b/giu, text) +
    count(/\bNotes to editors\b|\bENDS\b|\+44|\.co\.uk\b|\.ac\.uk\b|\bGMT\b|\bBST\b|£/gu, text) * 2;
  const us =
    count(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}\b/gu, text) * 2 +
    count(/\b(?:organiz|realiz|recogniz|prioritiz|utiliz)(?:e|es|ed|ing|ation|ations)\b|\b(?:color|favor|honor|behavior|labor|center|program|license|catalog)s?\b/giu, text) +
    count(/###|\+1[ -]|\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\bEST\b|\bEDT\b|\bPST\b|\bPDT\b|\$\d/gu, text) * 2 +
    // Canadian English spells the British way but dates, phones and wires as North America does: en-US is its nearest.
    count(/\/CNW\//gu, text) * 4;
  return uk > us ? 'en-GB' : 'en-US';
}
