import type { Warning } from '../model/warnings.js';
import type { Block, ImageFormat, Lang, LogoVariant } from '../model/index.js';

/**
 * What every writer receives: plain data, fully resolved from the library, locale applied
 * (labels written, dates formatted, text typeset). Writers only lay it out.
 */

export type PageSize = 'letter' | 'a4';

/** A logo as the writers see it; its bytes are read through the FileSource given to the writer. */
export interface ImageRef {
  sha256: string;
  format: ImageFormat;
  width: number;
  height: number;
  name: string;
  /** Localized variant name ("Principal", "Primary"). */
  variant: string;
  variantKey: LogoVariant;
  bytes: number;
  organization: string;
  /** The file name the user imported it under, or a readable one. */
  originalFileName: string;
}

export interface FileSource {
  read(sha256: string): Promise<Uint8Array>;
}

/**
 * A contact as it leaves the building: only what a recipient should see. The officer's private
 * fields (notes, tags, opt-out, history) have no place here, so no writer can print them.
 */
export interface KitContact {
  name: string;
  title: string;
  organization: string;
  emails: string[];
  phones: string[];
  lang: Lang | null;
}

export interface Boilerplate {
  heading: string;
  paragraphs: string[];
}

export interface ReleaseSection {
  type: 'release';
  id: string;
  lang: Lang;
  label: string;
  addressee: string;
  timingLine: string;
  headline: string;
  subheadline: string;
  /** Run into the start of the first paragraph by the writers. */
  datelineText: string;
  /** A date on a line of its own above the headline (Japanese releases); empty elsewhere. */
  dateLine: string;
  body: Block[];
  /** Notes to editors (UK): printed after the end mark, the About sections under them. */
  notes: { heading: string; body: Block[] } | null;
  boilerplates: Boilerplate[];
  contactsHeading: string;
  contacts: KitContact[];
  /** When the contacts are printed in the kit's own section: where ("voir « Relations médias »"); else empty. */
  contactsElsewhere: string;
  endMark: string;
  /** Logos shown in the release's header (the kit's cover logos). */
  headerLogos: ImageRef[];
}

export interface LogoSheetSection {
  type: 'logos';
  id: string;
  lang: Lang;
  title: string;
  logos: Array<ImageRef & { caption: string }>;
}

export interface ContactSheetSection {
  type: 'contacts';
  id: string;
  lang: Lang;
  title: string;
  columns: { name: string; title: string; organization: string; email: string; phone: string };
  contacts: KitContact[];
}

export interface BoilerplatesSection {
  type: 'boilerplates';
  id: string;
  lang: Lang;
  title: string;
  boilerplates: Boilerplate[];
}

export interface TextSection {
  type: 'text';
  id: string;
  lang: Lang;
  title: string;
  body: Block[];
}

export type KitSectionDoc = ReleaseSection | LogoSheetSection | ContactSheetSection | BoilerplatesSection | TextSection;

export interface KitCover {
  title: string;
  subtitle: string;
  eventLine: string;
  dateText: string;
  location: string;
  kitLabel: string;
  logos: ImageRef[];
}

export interface KitDocument {
  /** The kit's (or the single release's) id, for file names and history. */
  sourceId: string;
  kind: 'kit' | 'release';
  lang: Lang;
  title: string;
  /** Used to build file names: the kit's name, or the release's headline. */
  slugBase: string;
  pageSize: PageSize;
  theme: { accent: string; font: 'serif' | 'sans' };
  cover?: KitCover;
  sections: KitSectionDoc[];
  /**
   * Kit-level labels in the kit's language (page footer, contents). The folio is the text around
   * the page number and the page count: "Page " · " de " · "" or "" · " / " · " ページ".
   */
  labels: { page: { before: string; between: string; after: string }; contents: string; pressKit: string };
  metadata: { title: string; subject: string; author: string; lang: Lang; keywords: string[] };
  /** Every contact met in the document, deduplicated, for vCards. */
  allContacts: KitContact[];
  /** Every logo met in the document, deduplicated, for the bundle. */
  allLogos: ImageRef[];
  /** Kept as codes and parameters: written in the reader's language when shown (model/warnings.ts). */
  warnings: Warning[];
}
