/**
 * Stage 3 of the import pipeline (DESIGN §4): language, title, outlet and publication date.
 * Each value says where it came from (`why`), which extractReading records in `source.detection`.
 */
import type { DatePrecision } from '../../shared/domain';
import type { CleanResult } from './clean';
import { normaliseInline } from './clean';
import type { ContainerMeta, DocumentFormat } from './decode';
import { findDates, parseMetaDate } from './dates';
import { detectLanguage } from './language';
import { knownOutletName } from './suggest/outlets';

export interface Description {
  language: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: { text: string; date: string | null; precision: DatePrecision } | null;
  why: { language: string; title: string; outlet: string; publishedAt: string };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  const m = /^https?:\/\/(?:www\.|m\.|amp\.)?([^/:?#]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}

const SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • '];

/** "Headline | Outlet" → { head: "Headline", site: "Outlet" } when the tail is short enough to be a name. */
function splitSiteSuffix(title: string): { head: string; site: string | null } {
  for (const sep of SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i > 10) {
      const site = title.slice(i + sep.length).trim();
      if (site.length >= 2 && site.length <= 40 && site.split(/\s+/).length <= 5) return { head: title.slice(0, i).trim(), site };
    }
  }
  return { head: title, site: null };
}

/**
 * "LE SOIR | Monde | Europe | Belgique": a known outlet's name heading the page's menu line (dropped as furniture
 * before the headline) is the publisher. Only a known name: a menu's first item is as often "Home" or "Breaking".
 */
function mastheadOutlet(dropped: CleanResult['dropped']): string | null {
  for (const d of dropped.slice(0, 4)) {
    const items = d.text.split(/\s+[|·•›>]\s+/u);
    if (items.length < 3) continue;
    const name = knownOutletName(items[0].trim());
    if (name) return name;
  }
  return null;
}

const sameText = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

/** Lower case without diacritics, so a label list matches "automática" and "automatica", "publié" and "publie". */
const foldLabel = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (list: string) => list.split('|').map(foldLabel).join('|');

// A date line's label: at the start ("Published: …", "Stand: …", "Publicado:", "Julkaistu", "Objavljeno"), or
// anywhere in a repost's line ("Articolo tradotto automaticamente - 29/11/2024", "Artykuł przetłumaczony automatycznie
// … Opublikowano: 04.02.2025", "Tradução automática do russo. 19.08.2025"). Tested on the folded line.
const PUBLISHED_WORDS =
  'published|publié|opublikowano|publicat|publikováno|pubblicato|publicado|gepubliceerd|paskelbta|опубликовано|опубліковано|' +
  'publicerad|publicerat|julkaistu|publicēts|közzétéve|megjelent|yayınlandı|yayınlanma|публикувано|objavljeno|објављено|გამოქვეყნდა|გამოქვეყნებულია';
const DATE_LABEL = new RegExp(
  `^(?:${words(
    'updated|posted|date|veröffentlicht|aktualisiert|stand|mis à jour|aktualizacja|actualizat|aktualizováno|aggiornato|actualizado|bijgewerkt|atnaujinta|обновлено|оновлено|дата|' +
      'atualizado|uppdaterad|päivitetty|atjaunināts|frissítve|güncellendi|güncelleme|tarih|обновено|актуализирано|ažurirano|ажурирано|განახლდა|თარიღი|' +
      PUBLISHED_WORDS,
  )})(?![\\p{L}])`,
  'u',
);
// A repost's notice: a translation (verb or noun, any ending: "Перевод … выполнен автоматически", "Tłumaczenie
// automatyczne", "Straipsnis išverstas automatiškai", "Käännetty automaattisesti", "Otomatik çeviri") or a republication.
const REPOST_LABEL = new RegExp(
  `(?<![\\p{L}])(?:${words(
    'translated|traduit|tradotto|traducido|übersetzt|vertaald|přeloženo|tradus|išversta|переведено|перекладено|перепечатка|передрук|repost|reprinted|republished|översatt|tulkots|' +
      PUBLISHED_WORDS,
  )}|przetłumaczon\\p{L}*)(?![\\p{L}])|(?<![\\p{L}])(?:${words(
    'перевод|переклад|tłumaczeni|przetłumaczon|übersetz|traduction|traduzion|traducci|tradução|traduzid|vertaling|překlad|přeložen|traducer|išvers|vertim|' +
      'översättning|käännet|käännös|tulkojum|fordít|çeviri|çevril|tercüme|преведен|prevod|preveden|превод|თარგმან|ნათარგმნ|' +
      'automat|automaat|otomatik|gépi|автомат|аутомат|ავტომატ',
  )})\\p{L}*`,
  'u',
);
const BYLINE = /^(by|von|par|por|di|door|autor|author|автор|autorius)\s/i;
/**
 * A byline told by a label and a colon ("Írta: Szalai Dóra", "Yazan: …", "Text: …", "Teksts: …", "Автор: …"): a short
 * label, then only a name (capitalised words, perhaps a second name after a comma or "and"). A headline with a colon
 * goes on with a clause or a quotation.
 */
const LABELLED_NAME =
  /^[\p{L}]{2,14}(?: [\p{L}]{2,10})?\s?:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\bés\b|\bve\b|\bи\b|\bi\b|\bun\b|\bja\b|\boch\b|\be\b|\by\b)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?$/u;
const isByline = (p: string) => BYLINE.test(p) || (p.length <= 60 && LABELLED_NAME.test(p));

/** Word keys for telling a headline from furniture: lower case, the first five letters of words of four or more. */
function wordKeys(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5));
}

/**
 * How much of a line the rest of the article speaks of: the share of its words (as `wordKeys`) found elsewhere in
 * the text, and how many. A page's headline names what the article is about; a ticker, a menu, a paywall or cookie
 * line, a byline or a breaking-news bar about other stories shares nothing or a word or two with it.
 */
function sharedWithBody(line: string, counts: Map<string, number>): { share: number; n: number } {
  const own = wordKeys(line);
  if (!own.length) return { share: 0, n: 0 };
  const mine = new Map<string, number>();
  for (const k of own) mine.set(k, (mine.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of own) if ((counts.get(k) ?? 0) > (mine.get(k) ?? 0)) n++;
  return { share: n / own.length, n };
}

/**
 * A headline that opens with a quotation and goes on after it ("'WE DIDN'T BRING THEM BACK': Putin's paratrooper…",
 * «Мы выносили всё». Исповедь…): the quote closes, a colon, full stop or dash follows, then a capitalised clause
 * with no verb of saying right after the quote, which a quoted sentence of the body has ("…," he said).
 */
function quotedHeadline(p: string): boolean {
  const m = /^(["“„«‘'])(.{3,90}?)(?:["”“»’]|'(?!\p{L}))\s*([:.!?—–-])\s+(\p{Lu})/u.exec(p);
  return m !== null && !/[,]$/.test(m[2]);
}

const CLOSE: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"', '‘': '’', "'": "'" };

/**
 * A headline that is a quotation and a gloss of who said it, in any language's quotes and casing («Вантажили все»:
 * колишній прапорщик розповів…, "BİZE ESİR ALMAYIN DEDİLER" Rus asker…, «… "ПРИЁМКИ"»: бывший надзиратель…): the
 * quote closes with its own mark (other quotes inside it), is not closed by a comma, and a clause follows that is no
 * attribution (", — сказал он"), with no full stop at the end of the line.
 */
function quotedGloss(p: string): boolean {
  const close = CLOSE[p[0]];
  if (!close || /[.;,]$/u.test(p)) return false;
  let end = -1;
  for (let i = 2; i < p.length; i++)
    if (close.includes(p[i]) && (p[0] !== "'" || !/\p{L}/u.test(p[i + 1] ?? ''))) {
      end = i;
      break;
    }
  if (end < 4 || end > 110) return false;
  const quote = p.slice(1, end);
  const rest = p.slice(end + 1);
  return !/[,]$/u.test(quote.trim()) && /^\s*[:.!?—–-]?\s+\p{L}/u.test(rest) && rest.trim().split(/\s+/u).length >= 3;
}

function looksLikeTitle(p: string): boolean {
  if (p.length < 10 || p.length > 160) return false;
  const words = p.split(/\s+/).length;
  if (words < 2 || words > 25) return false;
  // A quotation is body text, unless the whole line is the quote, or a quote and its gloss («…»: who said it).
  if (/^["“„«‘'(]/.test(p) && !/^["“„«]([^"“”„«»]{3,})["”“»](?:\s*[:—–-]\s*[^"“”„«»]+)?$/u.test(p) && !quotedHeadline(p) && !quotedGloss(p))
    return false;
  if (DATE_LABEL.test(foldLabel(p)) || isByline(p)) return false;
  if (findDates(p).some((d) => d.text.length >= p.length * 0.5)) return false;
  const endsSentence = /[.;,]$/.test(p);
  const sentences = p.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  return !endsSentence || (p.length <= 110 && sentences === 1);
}

/**
 * A wire headline longer than `looksLikeTitle` takes (a charge and its grounds in one line, 160–240 characters):
 * a single line that ends with no sentence mark or closing quote, above the date line or the body.
 */
function longHeadline(p: string): boolean {
  return p.length > 160 && p.length <= 240 && p.split(/\s+/).length <= 36 && /[\p{L}\p{N})]$/u.test(p) && !/^["“„«‘']/.test(p);
}

/**
 * Plain text, PDF: the headline among the first lines, before the body starts. Lines that cannot be one are passed
 * over (a date line, a byline, a short label above the headline such as "BBC News"); of the lines that read as
 * headlines, the first that the article speaks of (`sharedWithBody`: a quarter of its words or more) is the page's
 * headline, so that a ticker, a paywall offer, a cookie line or a breaking bar above it is not (they share none or
 * one word in ten); a short line (three words) only when no longer one is spoken of; when none is, the first.
 */
function textHeadline(paras: readonly string[], text: string): { title: string; at: number } | null {
  const candidates: { p: string; i: number; short: boolean }[] = [];
  for (let i = 0; i < Math.min(7, paras.length - 1); i++) {
    const p = paras[i];
    if (findDates(p).some((d) => d.text.length >= p.length * 0.5) || DATE_LABEL.test(foldLabel(p)) || isByline(p)) continue;
    const short = p.split(/\s+/).length <= 3 && !/[.!?:]/.test(p);
    if (short) {
      if (p.length >= 10) candidates.push({ p, i, short });
      continue;
    }
    if (looksLikeTitle(p) || (candidates.length === 0 && longHeadline(p))) candidates.push({ p, i, short });
    else if (p.length > 160 || /[.!?]["”»’]?$/u.test(p)) break; // the body has begun
  }
  if (!candidates.length) return null;
  const counts = new Map<string, number>();
  for (const k of wordKeys(text)) counts.set(k, (counts.get(k) ?? 0) + 1);
  // A quotation is no furniture: a headline that quotes him stands even if the body words it otherwise.
  const spoken = (c: { p: string; short: boolean }) => {
    if (/^["“„«‘]/u.test(c.p)) return true;
    const { share, n } = sharedWithBody(c.p, counts);
    return c.short ? n >= 1 && share >= 0.5 : n >= 1 && share >= 0.25;
  };
  const long = candidates.filter((c) => !c.short);
  const pick = long.find(spoken) ?? candidates.find((c) => c.short && spoken(c)) ?? long[0];
  return pick ? { title: pick.p, at: pick.i } : null;
}

export function describe(
  cleaned: CleanResult,
  meta: ContainerMeta,
  format: DocumentFormat,
  kind: 'html' | 'text' | 'markdown',
): Description {
  const h = cleaned.hints;
  const why = { language: '', title: '', outlet: '', publishedAt: '' };

  // Language: from the clean text; a declared language only breaks a tie.
  const lang = detectLanguage(cleaned.text, h.lang);
  why.language = lang.why;

  // Outlet.
  let outlet: string | null = null;
  const docTitleSplit = h.docTitle ? splitSiteSuffix(h.docTitle) : { head: '', site: null };
  if (meta.outlet) {
    outlet = meta.outlet;
    why.outlet = 'from the document metadata';
  } else if (h.siteName) {
    outlet = h.siteName;
    why.outlet = 'og:site_name / publisher';
  } else if (docTitleSplit.site) {
    outlet = docTitleSplit.site;
    why.outlet = 'the <title> suffix';
  } else if (hostOf(h.url ?? meta.url)) {
    outlet = hostOf(h.url ?? meta.url);
    why.outlet = 'the canonical URL';
  } else if ((outlet = mastheadOutlet(cleaned.dropped))) {
    why.outlet = "a known outlet's name heading the page's menu line";
  } else why.outlet = 'not stated in the document';

  // Title.
  let title: string | null = null;
  // A site's name after the headline: the outlet, og:site_name, the <title>'s own suffix, or the name in the host
  // ("… | Tagesblatt" on tagesblatt.de).
  const host = hostOf(h.url ?? meta.url);
  const siteNames = [outlet, h.siteName, docTitleSplit.site, host?.replace(/\.[a-z]{2,6}$/, '') ?? null].filter((x): x is string => !!x);
  const stripSite = (t: string) => {
    const s = splitSiteSuffix(t);
    return s.site && siteNames.some((n) => sameText(s.site!, n)) ? s.head : t;
  };
  if (meta.title) {
    title = normaliseInline(meta.title);
    why.title = format === 'pdf' ? 'PDF document title' : format === 'docx' ? 'DOCX core properties' : 'the JSON title field';
  } else if (h.h1 && h.h1.split(/\s+/).length >= 3 && !(outlet && sameText(h.h1, outlet))) {
    title = h.h1;
    why.title = 'the page <h1>';
  } else if (h.ogTitle) {
    title = stripSite(h.ogTitle);
    why.title = 'og:title / JSON-LD headline';
  } else if (h.structuralTitle) {
    title = h.structuralTitle;
    why.title = 'the first heading';
  } else if (h.docTitle) {
    title = docTitleSplit.site ? docTitleSplit.head : h.docTitle;
    why.title = 'the page <title>';
  } else if (kind !== 'html' || format === 'html' || format === 'mhtml') {
    // Plain text, PDF, and a web page with no headline in its markup: the line that reads as a headline and is what
    // the article speaks of, before the body starts.
    const found = textHeadline(cleaned.paragraphs, cleaned.text);
    if (found) {
      title = found.title;
      why.title = `the first headline-like line (paragraph ${found.at + 1})`;
    }
  } else if (format === 'docx' && cleaned.paragraphs.length > 1 && looksLikeTitle(cleaned.paragraphs[0])) {
    title = cleaned.paragraphs[0];
    why.title = 'the first line of the document';
  }
  if (!title) why.title ||= 'no headline found';

  // Publication date: metadata first, then a date line near the top of the text. Numeric dates with
  // slashes are read day-first unless the text is English (where 05/03/2024 stays undecided).
  let publishedAt: Description['publishedAt'] = null;
  const dayFirst = lang.language !== null && lang.language !== 'en';
  const metaDate = meta.date ?? h.published;
  if (metaDate) {
    const d = parseMetaDate(metaDate, dayFirst);
    if (d.date) {
      publishedAt = { text: metaDate, date: d.date, precision: d.precision };
      why.publishedAt = meta.date
        ? format === 'pdf'
          ? 'the PDF creation date'
          : format === 'docx'
            ? 'the DOCX creation date'
            : 'the JSON date field'
        : (h.publishedFrom ?? 'page metadata');
    }
  }
  if (!publishedAt) {
    const paras = cleaned.paragraphs.slice(0, 8);
    for (const p of paras) {
      if (p.length > 120) continue;
      const dates = findDates(p, dayFirst);
      if (dates.length === 0) continue;
      const d = dates[0];
      const rest = p
        .replace(d.text, '')
        .replace(/\d{1,2}:\d{2}(:\d{2})?/g, '')
        .replace(/[|,–—\-·•:]/g, ' ')
        .trim();
      const isDateLine = rest.length <= 25 || DATE_LABEL.test(foldLabel(p)) || REPOST_LABEL.test(foldLabel(p)) || BYLINE.test(p);
      if (!isDateLine) continue;
      publishedAt = { text: d.text, date: d.date, precision: d.precision };
      why.publishedAt = 'a date line near the top of the text';
      break;
    }
  }
  if (!publishedAt) why.publishedAt = 'no publication date found';
  return { language: lang.language, title, outlet, publishedAt, why };
}
