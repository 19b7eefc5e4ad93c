/**
 * Stage 2 of the import pipeline (DESIGN §4): from decoded markup or text to clean paragraphs.
 *
 * HTML is tokenised with htmlparser2 (a real, forgiving HTML parser; entities decoded by it), never
 * rendered or executed: scripts are dropped unread (only JSON-LD metadata is parsed as JSON), no URL is
 * ever fetched. Site furniture goes in three layers:
 *   1. subtrees that are never article text: script/style/nav/aside/form/iframe/footer/figcaption …,
 *      hidden elements, ARIA landmarks for navigation/banners/dialogs, and elements whose class or id
 *      names them as furniture (share, related, cookie, newsletter, comments, sidebar …);
 *   2. the main-content container, scored like Readability (paragraph length and commas, less links);
 *   3. the paragraph-level filter in furniture.ts, shared with plain text, Markdown and PDF.
 *
 * Output: paragraphs separated by one blank line, whitespace normalised, Unicode NFC.
 */
import { Parser } from 'htmlparser2';
import type { DecodedDocument } from './decode';
import { decodeJsonStringBody } from './json';
import { filterFurniture, furnitureRule } from './furniture';
import { findDates } from './dates';

export interface MetaHints {
  /** <title> */
  docTitle?: string;
  ogTitle?: string;
  h1?: string;
  siteName?: string;
  /** Publication date as found (ISO string or free text) and where. */
  published?: string;
  publishedFrom?: string;
  url?: string;
  author?: string;
  /** Declared document language (<html lang>, og:locale, front matter). */
  lang?: string;
  /** Markdown / plain text title candidate taken from the structure (front matter, # heading). */
  structuralTitle?: string;
}

export interface CleanResult {
  text: string;
  paragraphs: string[];
  hints: MetaHints;
  /** Paragraphs dropped as furniture, with the rule that dropped them (for the record and for tests). */
  dropped: { text: string; rule: string }[];
  /** Decisions worth recording in the reading's detection note. */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------
// Text normalisation

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

export function normaliseInline(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** Decode HTML entities left in plain text (copied from a CMS): only well-formed ones. */
export function decodeEntitiesInText(s: string): string {
  if (!/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.test(s)) return s;
  let out = '';
  const p = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  // Escape '<' so the parser treats everything as text and only decodes entities.
  p.write(s.replace(/</g, '&lt;'));
  p.end();
  return out;
}

// ---------------------------------------------------------------------------------------------------
// HTML

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'input',
  'label',
  'nav',
  'aside',
  'dialog',
  'menu',
  'figcaption',
  'footer',
  'head',
  'datalist',
  'output',
  'meter',
  'progress',
  'portal',
  'slot',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'br',
  'hr',
  'address',
  'center',
  'header',
  'figure',
  'details',
  'summary',
  'body',
  'html',
  'fieldset',
  'legend',
  'hgroup',
  'tt',
  'xmp',
  'listing',
  'plaintext',
]);
const MAX_TRACKED_DEPTH = 64;
const MAX_PARSER_DEPTH = 256;
const NEVER_DROP_BY_NAME = new Set(['html', 'body', 'main', 'article']);
const ROLE_DROP =
  /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar|tablist|alert|status|marquee|timer)$/i;
const FURNITURE_NAME =
  /(^|[-_\s])(nav|navbar|navigation|menu|megamenu|breadcrumbs?|sidebar|side-bar|widget|widgets|related|recommended|recommendations|more-stories|read-?more|see-also|also-read|promo|promos|advert|advertisement|advertising|ads?|adslot|ad-slot|ad-container|dfp|banner|sponsor|sponsored|outbrain|taboola|share|shares|sharing|social|sharedaddy|addtoany|a2a|newsletter|subscribe|subscription|signup|paywall|cookie|cookies|consent|gdpr|cmp|popup|modal|overlay|comments?|comment-form|respond|disqus|footer|masthead|site-header|topbar|top-bar|toolbar|tags|tag-list|tagcloud|author-box|author-bio|skip-link|screen-reader-text|sr-only|visually-hidden|caption|wp-caption-text|credit|credits|photo-credit|weather|trending|most-read|mostread|popular|latest-news|teaser|teasers|rail|breaking-ticker|ticker|pagination|pager|jp-relatedposts|yarpp|rp4wp|post-navigation|nav-links|byline-share)([-_\s]|$)/i;
/** Class names that hide an element outright (utility classes), matched as whole tokens only. */
const HIDDEN_CLASS = new Set(['hidden', 'is-hidden', 'd-none', 'visually-hidden', 'sr-only', 'screen-reader-text', 'invisible', 'hide']);
/** A standfirst or lead next to the article body. */
const LEAD_NAME =
  /(^|[-_\s])(lead|standfirst|perex|summary|intro|deck|subtitle|subheadline|kicker|excerpt|article-header|entry-header|post-header|story-header)([-_\s]|$)/i;
const CONTENT_NAME =
  /(^|[-_\s])((article|story|entry|post|news)[-_]?(body|content|text)|articlebody|article-content|main-content|content-body|td-post-content)([-_\s]|$)/i;
const POSITIVE_NAME = /article|body|content|entry|main|page|post|text|blog|story/i;
const NEGATIVE_NAME = /comment|meta|footer|footnote|sidebar|sponsor|shopping|tags|tool|widget|promo|related|share|social|hidden/i;
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
  'publication_date',
  'cxenseparse:recs:publishtime',
];

interface Elem {
  id: number;
  name: string;
  parent: number;
  attrsName: string;
  score: number;
  textLen: number;
}

interface Block {
  text: string;
  tag: string;
  /** Element ids from the root down to the block's element. */
  path: number[];
  linkChars: number;
  inArticle: boolean;
  /** Inside an element only its class/id or position calls furniture (kept aside as a fallback). */
  soft: boolean;
}

function attrOf(attrs: Record<string, string>, name: string): string {
  return attrs[name] ?? '';
}

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (attrs.class && attrs.class.split(/\s+/).some((c) => HIDDEN_CLASS.has(c.toLowerCase()))) return true;
  if (attrOf(attrs, 'aria-hidden').toLowerCase() === 'true') return true;
  const style = attrOf(attrs, 'style').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function metaDate(s: string): string {
  return s.trim();
}

export function parseHtml(html: string): { blocks: Block[]; hints: MetaHints; elems: Elem[]; notes: string[] } {
  const hints: MetaHints = {};
  const elems: Elem[] = [{ id: 0, name: '#root', parent: -1, attrsName: '', score: 0, textLen: 0 }];
  // Each entry carries its ancestor path and nearest block tag, so a text block costs O(1) however deep
  // the markup: hostile pages nest hundreds of thousands of elements. Below MAX_TRACKED_DEPTH elements
  // are not new containers (they share their ancestor's path); the article is never that deep.
  const stack: {
    elem: number;
    name: string;
    skip: boolean;
    soft: boolean;
    pre: boolean;
    link: boolean;
    article: boolean;
    path: number[];
    blockTag: string;
  }[] = [];
  const blocks: Block[] = [];
  const h1s: Heading[] = [];
  let skipDepth = 0;
  let softDepth = 0;
  let preDepth = 0;
  let linkDepth = 0;
  let articleDepth = 0;
  let buf = '';
  let bufLink = 0;
  let inTitle = false;
  let titleBuf = '';
  let inH1 = false;
  let h1Buf = '';
  let jsonLd: string | null = null;
  let timeCandidate: string | undefined;

  const ROOT_PATH: number[] = [];
  const top = () => (stack.length ? stack[stack.length - 1] : null);
  const currentElem = () => top()?.elem ?? 0;
  const currentPath = () => top()?.path ?? ROOT_PATH;
  const nearestBlockTag = () => top()?.blockTag ?? 'div';
  const flush = () => {
    const text = preDepth > 0 ? buf.replace(/[ \t]+\n/g, '\n') : buf;
    const lines = preDepth > 0 ? text.split('\n') : [text];
    for (const line of lines) {
      const t = normaliseInline(line);
      if (t)
        blocks.push({
          text: t,
          tag: nearestBlockTag(),
          path: currentPath(),
          linkChars: Math.min(bufLink, t.length),
          inArticle: articleDepth > 0,
          soft: softDepth > 0,
        });
    }
    buf = '';
    bufLink = 0;
  };

  let parser: Parser;
  let paused = false;
  let deepNoted = false;
  const notes: string[] = [];
  const handlers = {
    onopentag(name: string, attrs: Record<string, string>) {
      const lname = name.toLowerCase();
      // Metadata is read from <meta>/<link>/<title>/<html lang> wherever it is; it never enters the text.
      if (lname === 'meta') {
        const key = (attrs.property || attrs.name || attrs.itemprop || attrs['http-equiv'] || '').toLowerCase();
        const content = attrs.content ?? '';
        if (content) {
          if ((key === 'og:title' || key === 'twitter:title') && !hints.ogTitle) hints.ogTitle = normaliseInline(content);
          else if ((key === 'og:site_name' || key === 'application-name') && !hints.siteName) hints.siteName = normaliseInline(content);
          else if (key === 'og:url' && !hints.url) hints.url = content.trim();
          else if ((key === 'author' || key === 'article:author' || key === 'dc.creator') && !hints.author)
            hints.author = normaliseInline(content);
          else if (key === 'og:locale' && !hints.lang) hints.lang = content.trim();
          else if (PUBLISHED_META.includes(key) && !hints.published) {
            hints.published = metaDate(content);
            hints.publishedFrom = `<meta ${attrs.property ? 'property' : attrs.name ? 'name' : 'itemprop'}="${key}">`;
          }
        }
      } else if (lname === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href && !hints.url) {
        hints.url = attrs.href;
      } else if (lname === 'html' && attrs.lang && !hints.lang) {
        hints.lang = attrs.lang;
      } else if (lname === 'title' && !hints.docTitle && (stack.length === 0 || ['head', 'html'].includes(stack[stack.length - 1].name))) {
        inTitle = true;
      } else if (lname === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') {
        jsonLd = '';
      } else if (lname === 'time' && attrs.datetime && !timeCandidate) {
        timeCandidate = attrs.datetime;
      }
      if ((attrs.itemprop ?? '').toLowerCase() === 'datepublished' && !hints.published) {
        const v = attrs.datetime || attrs.content;
        if (v) {
          hints.published = v;
          hints.publishedFrom = 'itemprop="datePublished"';
        }
      }

      // Components are named in class and id, and on newer sites in data-* attributes
      // (data-component="newsletter", data-area="related_articles").
      const attrsName =
        `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs['data-component'] ?? ''} ${attrs['data-area'] ?? ''} ${attrs['data-gu-name'] ?? ''} ${attrs['data-testid'] ?? ''}`
          .replace(/\s+/g, ' ')
          .trim();
      const parentSkipping = skipDepth > 0;
      // Hard drops (never text): by tag, hidden, ARIA landmark. Soft drops (furniture by name or
      // position): kept aside, used only if the page turns out to have nothing else.
      let skip = false;
      let soft = false;
      if (!parentSkipping) {
        if (DROP_TAGS.has(lname)) skip = true;
        else if (!NEVER_DROP_BY_NAME.has(lname) && (isHidden(attrs) || ROLE_DROP.test(attrs.role ?? ''))) skip = true;
        else if (lname === 'header' && articleDepth === 0 && !LEAD_NAME.test(attrsName)) soft = true;
        else if (!NEVER_DROP_BY_NAME.has(lname) && attrsName && FURNITURE_NAME.test(attrsName) && !CONTENT_NAME.test(attrsName))
          soft = true;
      }
      if (BLOCK_TAGS.has(lname) && !parentSkipping) flush();
      const parentEntry = top();
      const tracked = stack.length < MAX_TRACKED_DEPTH;
      const id = tracked ? elems.length : currentElem();
      if (tracked) {
        let score = 0;
        if (attrsName) {
          if (POSITIVE_NAME.test(attrsName)) score += 25;
          if (NEGATIVE_NAME.test(attrsName)) score -= 25;
        }
        if (lname === 'article' || (attrs.itemprop ?? '').toLowerCase() === 'articlebody') score += 30;
        elems.push({ id, name: lname, parent: currentElem(), attrsName, score, textLen: 0 });
      }
      const isArticle = lname === 'article' || lname === 'main' || (attrs.itemprop ?? '').toLowerCase() === 'articlebody';
      const entry = {
        elem: id,
        name: lname,
        skip,
        soft,
        pre: lname === 'pre',
        link: lname === 'a',
        article: isArticle,
        path: tracked ? [...(parentEntry?.path ?? ROOT_PATH), id] : (parentEntry?.path ?? ROOT_PATH),
        blockTag: BLOCK_TAGS.has(lname) ? lname : (parentEntry?.blockTag ?? 'div'),
      };
      stack.push(entry);
      if (skip || parentSkipping) skipDepth++;
      if (soft) softDepth++;
      if (stack.length >= MAX_PARSER_DEPTH && !paused) {
        parser.pause();
        paused = true;
      }
      if (entry.pre) preDepth++;
      if (entry.link) linkDepth++;
      if (entry.article) articleDepth++;
      if (lname === 'h1' && !parentSkipping && !skip) {
        inH1 = true;
        h1Buf = '';
      }
    },
    ontext(text: string) {
      if (inTitle) titleBuf += text;
      if (jsonLd !== null) jsonLd += text;
      if (skipDepth > 0) return;
      if (inH1) h1Buf += text;
      buf += text;
      if (linkDepth > 0) bufLink += text.replace(/\s+/g, ' ').length;
    },
    onclosetag(name: string) {
      const lname = name.toLowerCase();
      if (lname === 'title' && inTitle) {
        inTitle = false;
        hints.docTitle = normaliseInline(titleBuf);
      }
      if (lname === 'script' && jsonLd !== null) {
        readJsonLd(jsonLd, hints);
        jsonLd = null;
      }
      if (lname === 'h1' && inH1) {
        inH1 = false;
        const h = normaliseInline(h1Buf);
        if (h) h1s.push({ text: h, inArticle: articleDepth > 0, soft: softDepth > 0 });
      }
      // htmlparser2 closes implied elements itself, so the element being closed is the top of the stack.
      if (BLOCK_TAGS.has(lname) && skipDepth === 0) flush();
      const closed = stack.pop();
      if (!closed) return;
      if (skipDepth > 0) skipDepth--;
      if (closed.soft) softDepth--;
      if (closed.pre) preDepth--;
      if (closed.link) linkDepth--;
      if (closed.article) articleDepth--;
    },
  };
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };
  // htmlparser2 keeps its open elements in an array it searches and shifts on every tag, so markup
  // nested thousands deep (hostile, or endless unclosed <font>) costs quadratic time. Past
  // MAX_PARSER_DEPTH the parser is paused and a fresh one continues after the current tag; the text
  // is all read, only the nesting beyond that depth is forgotten (browsers also cap it, at 512).
  let offset = 0;
  for (;;) {
    paused = false;
    parser = new Parser(handlers, options);
    parser.write(offset ? html.slice(offset) : html);
    if (!paused) {
      parser.end();
      break;
    }
    // Continue right after the tag that went too deep (startIndex: the first index after its '>').
    offset += Math.max(1, parser.startIndex);
    flush();
    while (stack.length) handlers.onclosetag(stack[stack.length - 1].name);
    if (!deepNoted) {
      deepNoted = true;
      notes.push(`the markup is nested more than ${MAX_PARSER_DEPTH} levels deep; deeper nesting was ignored`);
    }
  }
  flush();
  hints.h1 = bestHeadline(h1s, hints);
  if (!hints.published && timeCandidate) {
    hints.published = timeCandidate;
    hints.publishedFrom = '<time datetime>';
  }
  return { blocks, hints, elems, notes };
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** An <h1> as read: inside <article>/<main>, or inside an element named or placed like furniture (a site header). */
interface Heading {
  text: string;
  inArticle: boolean;
  soft: boolean;
}

/**
 * Of several <h1> (logo, article, widgets), the one that matches og:title/<title> best, else the first real one:
 * one inside the article before one in a site header or a teaser box, and one outside furniture before one inside.
 */
function bestHeadline(h1s: Heading[], hints: MetaHints): string | undefined {
  if (h1s.length <= 1) return h1s[0]?.text;
  const ref = `${hints.ogTitle ?? ''} ${hints.docTitle ?? ''}`;
  if (ref.trim()) {
    const r = words(ref);
    let best: string | undefined;
    let bestScore = 0;
    for (const { text: h } of h1s) {
      const w = [...words(h)];
      const score = w.length ? w.filter((x) => r.has(x)).length / w.length : 0;
      if (score > bestScore + 1e-9 || (score === bestScore && best && h.length > best.length && score > 0)) {
        best = h;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.5) return best;
  }
  const real = h1s.filter((h) => h.text.split(/\s+/).length >= 3);
  return (real.find((h) => h.inArticle && !h.soft) ?? real.find((h) => !h.soft) ?? real[0] ?? h1s[0]).text;
}

type LdNode = Record<string, unknown>;
function readJsonLd(raw: string, hints: MetaHints): void {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return;
  }
  const nodes: LdNode[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      nodes.push(v as LdNode);
      const g = (v as LdNode)['@graph'];
      if (g) visit(g);
    }
  };
  visit(data);
  for (const n of nodes) {
    const type = String(n['@type'] ?? '');
    if (!/Article|BlogPosting|Report|NewsArticle|WebPage/i.test(type)) continue;
    if (typeof n.headline === 'string' && !hints.ogTitle) hints.ogTitle = normaliseInline(n.headline);
    if (typeof n.datePublished === 'string' && (!hints.published || hints.publishedFrom === '<time datetime>')) {
      hints.published = n.datePublished;
      hints.publishedFrom = 'JSON-LD datePublished';
    }
    const pub = n.publisher as LdNode | undefined;
    if (pub && typeof pub.name === 'string' && !hints.siteName) hints.siteName = normaliseInline(pub.name);
    if (typeof n.url === 'string' && !hints.url) hints.url = n.url;
    if (typeof n.inLanguage === 'string' && !hints.lang) hints.lang = n.inLanguage;
  }
}

const LEAF_BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dd',
  'dt',
  'a',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'font',
  'small',
  'sup',
  'sub',
  'time',
  'br',
]);
const commas = (s: string) => s.match(/[,،、，]/g)?.length ?? 0;

/** Pick the article: score containers by their paragraphs (Readability's idea), keep the best and its worthy siblings. */
export function selectMainContent(blocks: Block[], elems: Elem[]): Block[] {
  const scores = new Map<number, number>();
  let total = 0;
  for (const b of blocks) {
    if (!['p', 'pre', 'td', 'blockquote', 'div', 'li', 'section', 'article', 'main', 'dd'].includes(b.tag)) continue;
    if (b.text.length < 25) continue;
    const s = (1 + commas(b.text) + Math.min(Math.floor(b.text.length / 100), 3)) * (1 - b.linkChars / b.text.length);
    total += b.text.length;
    // Score the containers of the paragraph (Readability: parent, grandparent …), not the paragraph itself.
    let path = b.path;
    while (path.length && LEAF_BLOCKS.has(elems[path[path.length - 1]]?.name)) path = path.slice(0, -1);
    if (path.length === 0) path = [0];
    for (let k = 1; k <= 3 && path.length - k >= 0; k++) {
      const id = path[path.length - k];
      scores.set(id, (scores.get(id) ?? 0) + s / (k === 1 ? 1 : k === 2 ? 2 : k * 3));
    }
  }
  if (scores.size === 0) return blocks;
  let best = -1;
  let bestScore = -Infinity;
  for (const [id, s] of scores) {
    const e = elems[id];
    const adjusted = s + (e?.score ?? 0) / 5;
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = id;
    }
  }
  if (best <= 0) return blocks;
  // Worthy siblings: same parent, scoring at least a fifth of the best.
  const parent = elems[best].parent;
  const chosen = new Set([best]);
  for (const [id, s] of scores) {
    if (id !== best && elems[id]?.parent === parent && s >= Math.max(3, bestScore * 0.2) && !NEGATIVE_NAME.test(elems[id].attrsName))
      chosen.add(id);
  }
  // Readability's sibling rule: long, link-poor paragraphs directly under the same parent, and the
  // blocks of a standfirst/lead container beside the body, belong to the article too.
  for (const [id, e] of elems.entries()) if (id > 0 && e.parent === parent && LEAD_NAME.test(e.attrsName)) chosen.add(id);
  const containerOf = (b: Block) => {
    let path = b.path;
    while (path.length && LEAF_BLOCKS.has(elems[path[path.length - 1]]?.name)) path = path.slice(0, -1);
    return path.length ? path[path.length - 1] : 0;
  };
  const isSiblingProse = (b: Block) => containerOf(b) === parent && b.text.length >= 80 && b.linkChars / b.text.length < 0.25;
  const selected = blocks.filter((b) => b.path.some((id) => chosen.has(id)) || isSiblingProse(b));
  const selectedLen = selected.filter((b) => b.text.length >= 25).reduce((n, b) => n + b.text.length, 0);
  // The container holds too little of the page's prose: do not trust it, keep everything that survived layer 1.
  if (selectedLen < total * 0.35) return blocks;
  return selected;
}

const prose = (bs: Block[]) => bs.filter((b) => b.text.length >= 25).reduce((n, b) => n + b.text.length, 0);

function cleanHtml(html: string): { paragraphs: string[]; hints: MetaHints; notes: string[] } {
  const { blocks, hints, elems, notes } = parseHtml(html);
  const firm = blocks.filter((b) => !b.soft);
  let chosen = selectMainContent(firm, elems);
  if (prose(chosen) < 200 && prose(blocks) - prose(firm) > 500) {
    // Everything readable sat in elements named like furniture: the names lied; read them after all.
    chosen = selectMainContent(blocks, elems);
    notes.push('the page has no article text outside elements named like site furniture, so those were read');
  }
  // Link lists that survived (menus without semantic markup).
  chosen = chosen.filter((b) => !(b.linkChars / b.text.length > 0.6 && b.text.length < 300 && b.tag !== 'h1'));
  const paragraphs = chosen.map((b) => b.text);
  const headline = hints.h1 ?? hints.ogTitle;
  const h1Index = headline ? blocks.findIndex((b) => b.tag === 'h1' && b.text === headline) : -1;
  if (headline && h1Index >= 0 && !paragraphs.slice(0, 5).includes(headline)) paragraphs.unshift(headline);
  // No date in the metadata: the date line usually sits beside the headline, outside the body container.
  if (!hints.published && h1Index >= 0) {
    for (const b of blocks.slice(Math.max(0, h1Index - 2), h1Index + 8)) {
      if (b.text.length > 80) continue;
      // The date is most of the line, or the line is a date line with a label, a byline or a second date
      // ("Veröffentlicht am 6. Oktober 2026, 05:30 Uhr", "Von Anna Weber | 6. Oktober 2026", "… | Güncelleme: …").
      const labelled = !/[.!?]$/.test(b.text) && isDateLine(b.text);
      const d = findDates(b.text).find(
        (x) => x.date && (labelled || x.text.length >= b.text.replace(/\d{1,2}[:.h]\d{2}( ?uhr)?/gi, '').trim().length * 0.5),
      );
      if (d) {
        hints.published = d.text;
        hints.publishedFrom = 'a date line next to the headline';
        break;
      }
    }
  }
  return { paragraphs, hints, notes };
}

// ---------------------------------------------------------------------------------------------------
// Plain text

/**
 * Split plain text into paragraphs. Blank lines separate paragraphs; within a block, lines are kept as
 * separate paragraphs unless the block is hard-wrapped prose (lines of similar length that do not end
 * sentences), which is re-joined.
 */
export function textToParagraphs(text: string): string[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n+/);
  const out: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map(normaliseInline).filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.length >= 3 && isHardWrapped(lines)) {
      out.push(joinWrapped(lines));
    } else out.push(...lines);
  }
  return out;
}

function isHardWrapped(lines: string[]): boolean {
  // Headline, standfirst and a date line ("2 апреля 2025") are a header block, not one wrapped sentence.
  const last = lines[lines.length - 1];
  if (lines.length <= 4 && last.length < 40 && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(last) && !/[.!?]$/.test(last)) return false;
  // A menu or breadcrumb line, or a date line, among them: a page's header (menu, headline, date), not wrapped prose.
  if (lines.length <= 6 && lines.some((l) => l.length <= 120 && (furnitureRule(l) !== null || isDateLine(l)))) return false;
  const body = lines.slice(0, -1);
  const lens = body.map((l) => l.length);
  const max = Math.max(...lens);
  if (max > 100 || max < 40) return false;
  const near = lens.filter((n) => n >= max * 0.6).length;
  const sentenceEnds = body.filter((l) => /[.!?:"”»]$/.test(l)).length;
  return near >= body.length * 0.75 && sentenceEnds <= body.length * 0.5;
}

/** A line that is a date and little else (a time, a label such as "Güncelleme:", separators). */
function isDateLine(l: string): boolean {
  const found = findDates(l).filter((d) => d.date);
  if (!found.length) return false;
  let rest = l;
  for (const d of found) rest = rest.replace(d.text, '');
  const left = rest
    .replace(/\d{1,2}[:.h]\d{2}/g, '')
    .replace(/[\s|,–—\-·•:]+/g, ' ')
    .trim();
  return left.length <= 25 && left.split(' ').length <= 4;
}

function joinWrapped(lines: string[]): string {
  let out = lines[0];
  for (const l of lines.slice(1)) {
    if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(l)) out = out.slice(0, -1) + l;
    else out += ` ${l}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Markdown

function inlineMarkdown(s: string): string {
  let t = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1') // links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<(https?:[^>\s]+)>/g, '$1') // autolinks
    .replace(/`([^`]+)`/g, '$1')
    // Emphasis spans are bounded so that a paragraph full of unmatched markers stays linear.
    .replace(/(\*\*|__)(?=\S)([^\n]{0,400}?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]{0,400}?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~([^~\n]{1,400}?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
  if (/<\/?[a-z][^<>]{0,2000}>|&[a-z#0-9]+;/i.test(t)) {
    let out = '';
    const p = new Parser({ ontext: (x) => (out += x) }, { decodeEntities: true });
    p.write(t);
    p.end();
    t = out;
  }
  return t;
}

function parseFrontMatter(text: string): { body: string; fields: Record<string, string> } {
  const m = /^---\r?\n([\s\S]{0,8000}?)\r?\n---\r?\n/.exec(text);
  if (!m) return { body: text, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '');
  }
  return { body: text.slice(m[0].length), fields };
}

function cleanMarkdown(text: string): { paragraphs: string[]; hints: MetaHints } {
  const { body, fields } = parseFrontMatter(text.replace(/\r\n?/g, '\n'));
  const hints: MetaHints = {};
  if (fields.title) hints.structuralTitle = normaliseInline(fields.title);
  const date = fields.date ?? fields.published ?? fields.pubdate ?? fields.published_at;
  if (date) {
    hints.published = date;
    hints.publishedFrom = 'Markdown front matter';
  }
  if (fields.source || fields.outlet || fields.site) hints.siteName = fields.outlet ?? fields.site ?? fields.source;
  if (fields.url || fields.link) hints.url = fields.url ?? fields.link;
  if (fields.lang || fields.language) hints.lang = fields.lang ?? fields.language;
  if (fields.author) hints.author = fields.author;

  const paragraphs: string[] = [];
  let para: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (para.length) {
      const p = normaliseInline(inlineMarkdown(para.join(' ')));
      if (p) paragraphs.push(p);
    }
    para = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const f = /^\s{0,3}(```|~~~)/.exec(line);
    if (f) {
      flush();
      fence = fence ? null : f[1];
      continue;
    }
    if (fence) {
      const t = normaliseInline(line);
      if (t) paragraphs.push(t);
      continue;
    }
    if (/^\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue; // horizontal rule
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table separator
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const t = normaliseInline(inlineMarkdown(h[2]));
      if (t) {
        paragraphs.push(t);
        if (h[1].length === 1 && !hints.structuralTitle) hints.structuralTitle = t;
      }
      continue;
    }
    // Setext heading underline: the previous line was a heading.
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && para.length === 1) {
      const t = normaliseInline(inlineMarkdown(para[0]));
      para = [];
      if (t) {
        paragraphs.push(t);
        if (line.trim().startsWith('=') && !hints.structuralTitle) hints.structuralTitle = t;
      }
      continue;
    }
    const li = /^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (li) {
      flush();
      para.push(li[1]);
      continue;
    }
    const q = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (q) {
      if (q[1].trim() === '') flush();
      else para.push(q[1]);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      const t = normaliseInline(inlineMarkdown(cells.join(' | ')));
      if (t) paragraphs.push(t);
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return { paragraphs, hints };
}

// ---------------------------------------------------------------------------------------------------

/** Clean a decoded document into paragraphs, applying the furniture filter to every format. */
export function clean(doc: Pick<DecodedDocument, 'kind' | 'content' | 'format'>): CleanResult {
  let paragraphs: string[];
  let hints: MetaHints = {};
  let notes: string[] = [];
  if (doc.kind === 'html') {
    ({ paragraphs, hints, notes } = cleanHtml(doc.content));
  } else if (doc.kind === 'markdown') {
    ({ paragraphs, hints } = cleanMarkdown(doc.content));
  } else {
    let text = doc.content;
    text = decodeEntitiesInText(text);
    // Literal escapes left from JSON in otherwise plain text.
    if ((text.match(/\\n|\\u[0-9a-fA-F]{4}|\\"/g)?.length ?? 0) >= 3) text = decodeJsonStringBody(text);
    paragraphs = textToParagraphs(text);
  }
  // Numeric id prefix on the first line ("15668: Headline") and similar leading junk.
  if (paragraphs.length && /^\d{3,12}:\s+\S/.test(paragraphs[0])) paragraphs[0] = paragraphs[0].replace(/^\d{3,12}:\s+/, '');
  const { kept, dropped } = filterFurniture(paragraphs);
  return { text: kept.join('\n\n'), paragraphs: kept, hints, dropped, notes };
}
