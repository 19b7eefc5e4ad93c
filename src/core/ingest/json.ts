/**
 * JSON sources: whole WordPress REST documents (`/wp-json/wp/v2/posts/…`), other article-shaped JSON,
 * and *fragments* of such JSON, as people paste them out of a browser's network tab: text that begins
 * inside the `content.rendered` string, with escaped markup (`<\/p>\n`), and ends somewhere after it
 * (`","protected":false},"excerpt":{"rendered":"`). Fragments are read with a tolerant tokenizer that
 * knows where JSON strings start and end, so no field of the surrounding JSON leaks into the text.
 */
import type { ContainerMeta } from './decode';

/** Undo JSON string escapes (\n \t \" \\ \/ \uXXXX …) in the body of a JSON string. Raw newlines are kept. */
export function decodeJsonStringBody(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
      case 'f':
        return ' ';
      default:
        return e; // \" \\ \/ and anything unknown: the character itself
    }
  });
}

const stripTags = (s: string) =>
  s
    .replace(/<[^<>]{0,5000}>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp|hellip|ndash|mdash|rsquo|lsquo|rdquo|ldquo);/gi, (m) => decodeBasicEntity(m))
    .replace(/\s+/g, ' ')
    .trim();

function decodeBasicEntity(m: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    hellip: '…',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
  };
  const body = m.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16) || 0xfffd);
  if (body.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(body.slice(1), 10) || 0xfffd, 0x10ffff));
  return named[body.toLowerCase()] ?? m;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const str = (v: Json | undefined): string | undefined => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.rendered === 'string') return v.rendered;
  return undefined;
};

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : undefined;
}

export type JsonReading =
  { kind: 'wordpress'; html: string; meta: ContainerMeta; why: string } | { kind: 'json'; text: string; meta: ContainerMeta; why: string };

/** A complete JSON document. Returns null when the text is not valid JSON. */
export function readJsonDocument(text: string): JsonReading | null {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    return null;
  }
  let post: Json = value;
  let note = '';
  if (Array.isArray(value)) {
    const first = value.find((v) => v && typeof v === 'object' && !Array.isArray(v));
    if (first === undefined) return { kind: 'json', text: collectStrings(value).join('\n\n'), meta: {}, why: 'JSON array' };
    post = first;
    if (value.length > 1) note = `; an array of ${value.length} items, the first was read`;
  }
  if (!post || typeof post !== 'object' || Array.isArray(post))
    return { kind: 'json', text: collectStrings(value).join('\n\n'), meta: {}, why: 'JSON' };
  const o = post as Record<string, Json>;
  const meta: ContainerMeta = {};
  const title = str(o.title) ?? str(o.headline) ?? str(o.name);
  if (title) meta.title = stripTags(title);
  const date = str(o.date) ?? str(o.datePublished) ?? str(o.published_at) ?? str(o.publishedAt) ?? str(o.pubDate) ?? str(o.date_gmt);
  if (date) meta.date = date;
  const url = str(o.link) ?? str(o.url) ?? str(o.canonical_url);
  if (url) meta.url = url;
  const yoast = o.yoast_head_json;
  const siteName =
    (yoast && typeof yoast === 'object' && !Array.isArray(yoast) ? str(yoast.og_site_name) : undefined) ??
    str(o.site_name) ??
    (o.publisher && typeof o.publisher === 'object' && !Array.isArray(o.publisher) ? str(o.publisher.name) : undefined) ??
    (typeof o.source === 'string' ? o.source : undefined);
  if (siteName) meta.outlet = stripTags(siteName);
  else if (hostOf(url)) meta.outlet = hostOf(url);

  const isWordPress =
    typeof o.content === 'object' && o.content !== null && !Array.isArray(o.content) && typeof o.content.rendered === 'string';
  const body = str(o.content) ?? str(o.articleBody) ?? str(o.body) ?? str(o.text) ?? str(o.html) ?? str(o.description);
  if (body !== undefined) {
    if (isWordPress || /<\/?[a-z][^<>]{0,2000}>/i.test(body)) {
      return {
        kind: 'wordpress',
        html: body,
        meta,
        why: `${isWordPress ? 'WordPress REST JSON (content.rendered)' : 'JSON with an HTML body'}${note}`,
      };
    }
    return { kind: 'json', text: body, meta, why: `JSON article${note}` };
  }
  return {
    kind: 'json',
    text: collectStrings(post).join('\n\n'),
    meta,
    why: `JSON without an article body (its longer strings were read)${note}`,
  };
}

function collectStrings(v: Json, out: string[] = []): string[] {
  if (typeof v === 'string') {
    if (v.length >= 40 && !/^(https?:|data:)/.test(v)) out.push(/<[a-z/][^<>]{0,2000}>/i.test(v) ? stripTags(v) : v);
  } else if (Array.isArray(v)) for (const x of v) collectStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collectStrings(x, out);
  return out;
}

interface FragmentValue {
  path: string;
  raw: string;
  terminated: boolean;
}

/** Tokenise JSON-ish text that may start inside a string; return every string value with its key path. */
function scanFragment(text: string): FragmentValue[] {
  const values: FragmentValue[] = [];
  const stack: string[] = [];
  let pendingKey: string | null = null;
  const first = text.trimStart()[0];
  let i = 0;
  const n = text.length;
  const readString = (from: number): { raw: string; end: number; terminated: boolean } => {
    let j = from;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92 /* \ */) j += 2;
      else if (c === 34 /* " */) return { raw: text.slice(from, j), end: j + 1, terminated: true };
      else j++;
    }
    return { raw: text.slice(from, n), end: n, terminated: false };
  };
  if (first !== '{' && first !== '[' && first !== '"' && first !== ',') {
    const s = readString(0);
    values.push({ path: '(start)', raw: s.raw, terminated: s.terminated });
    i = s.end;
  }
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      const s = readString(i + 1);
      i = s.end;
      let k = i;
      while (k < n && /\s/.test(text[k])) k++;
      if (text[k] === ':') pendingKey = decodeJsonStringBody(s.raw);
      else values.push({ path: [...stack, pendingKey ?? ''].filter(Boolean).join('.'), raw: s.raw, terminated: s.terminated });
      continue;
    }
    if (c === '{') {
      stack.push(pendingKey ?? '');
      pendingKey = null;
    } else if (c === '}') {
      stack.pop();
      pendingKey = null;
    } else if (c === ',') pendingKey = null;
    i++;
  }
  return values;
}

/**
 * A fragment of WordPress/REST JSON. Needs at least two independent signs (escaped closing tags,
 * escaped newlines or quotes, `"rendered":"`, `","protected":`) so ordinary text is never mistaken for one.
 */
export function readWordPressFragment(text: string): { html: string; meta: ContainerMeta; why: string } | null {
  const sample = text.length > 100_000 ? text.slice(0, 50_000) + text.slice(-50_000) : text;
  const signs: string[] = [];
  if ((sample.match(/<\\\/[a-z][a-z0-9]*>/gi)?.length ?? 0) >= 2) signs.push('escaped closing tags (<\\/p>)');
  if ((sample.match(/\\n|\\"|\\u[0-9a-fA-F]{4}/g)?.length ?? 0) >= 2) signs.push('JSON string escapes (\\n, \\", \\u…)');
  if (/"rendered"\s*:\s*"/.test(sample)) signs.push('"rendered" fields');
  if (/"\s*,\s*"protected"\s*:/.test(sample)) signs.push('a "protected" field');
  if (signs.length < 2) return null;
  const values = scanFragment(text);
  const byPath = (re: RegExp) => values.find((v) => re.test(v.path));
  const content =
    byPath(/(^|\.)content\.rendered$/) ??
    byPath(/^\(start\)$/) ??
    [...values].filter((v) => /<[a-z/\\]/i.test(v.raw)).sort((a, b) => b.raw.length - a.raw.length)[0];
  if (!content || content.raw.trim() === '') return null;
  const meta: ContainerMeta = {};
  const title = byPath(/(^|\.)title(\.rendered)?$/);
  if (title?.terminated) meta.title = stripTags(decodeJsonStringBody(title.raw));
  const date = byPath(/(^|\.)date$/) ?? byPath(/(^|\.)date_gmt$/);
  if (date?.terminated) meta.date = decodeJsonStringBody(date.raw);
  const link = byPath(/(^|\.)link$/);
  if (link?.terminated) {
    meta.url = decodeJsonStringBody(link.raw);
    meta.outlet = hostOf(meta.url);
  }
  const where = content.path === '(start)' ? 'the text begins inside a JSON string' : `field ${content.path}`;
  return {
    html: decodeJsonStringBody(content.raw),
    meta,
    why: `fragment of WordPress/REST JSON (${signs.join(', ')}); body read from ${where}${content.terminated ? '' : ', cut off at the end of the file'}`,
  };
}
