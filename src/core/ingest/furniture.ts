/**
 * Paragraph-level furniture filter: what a news site wraps around an article and what survives into
 * copied text ("READ MORE: …", "Don't miss…", "[LATEST]" teasers, weather widgets, comment forms, photo
 * credits, agency initials, section headers, numeric id prefixes, cookie banners, share prompts).
 *
 * Every rule matches a *whole paragraph* (or one that begins with a promo label followed by ':' or '…'),
 * never a word inside a sentence, so article text that merely mentions "photo" or "share" is kept.
 * Labels cover the languages Casefile reads (en ru uk de fr pl ro cs it es nl lt).
 */

const PROMO_LABELS = [
  // English
  'read more',
  'read also',
  'also read',
  'read next',
  'see also',
  'related',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related topics',
  'recommended',
  'recommended for you',
  "don[’']?t miss",
  'do not miss',
  'must read',
  'must-read',
  'more articles',
  'more stories',
  'more news',
  'more from [\\p{L} ]{1,30}',
  'more on this( story)?',
  'latest articles?',
  'latest news',
  'latest stories',
  'latest',
  'most read',
  'most popular',
  'most viewed',
  'trending( now)?',
  'popular( now)?',
  'you (may|might) (also )?like',
  'top stories',
  "editor[’']?s picks?",
  'watch( now| more| the video)?',
  'advertisement',
  'sponsored( content)?',
  'promoted( stories)?',
  'subscribe( now)?',
  'sign up( now)?',
  'follow us',
  'share( this( article| story| page)?)?',
  'share on \\p{L}+',
  'comments?',
  'leave a (comment|reply)',
  'cancel reply',
  'post comment',
  'print',
  'email',
  'copy link',
  'next article',
  'previous article',
  'back to top',
  'skip to (main )?content',
  'listen to (this )?article',
  'accept( all)?( cookies)?',
  'reject( all)?',
  'i agree',
  'manage (cookies|preferences|settings)',
  'cookie settings',
  'got it',
  'story continues below( advertisement)?',
  'sections',
  'categories',
  'topics',
  'рубрики',
  'разделы',
  'розділи',
  'теми',
  'ressorts',
  'rubriken',
  'rubriques',
  'kategorie',
  'działy',
  'secțiuni',
  'rubriky',
  'sezioni',
  'secciones',
  'rubrieken',
  'kategorijos',
  'rubrikos',
  'view this post on (instagram|facebook|tiktok|x|twitter)',
  '(skip|end of) (twitter|x|instagram|facebook|youtube|tiktok|telegram) (post|content|video)( by [^\\n]{1,60}| \\d+)?',
  'audio version',
  'listen( to this( article| story)?)?',
  'continue reading( below)?',
  'in pictures',
  'live updates?',
  'breaking news',
  'opinion',
  // Russian / Ukrainian
  'читайте также',
  'читайте еще',
  'смотрите также',
  'по теме',
  'реклама',
  'поделиться',
  'комментарии',
  'популярное',
  'самое читаемое',
  'новости партнеров',
  'новости партнёров',
  'подписывайтесь',
  'читайте також',
  'дивіться також',
  'по темі',
  'поділитися',
  'коментарі',
  'популярне',
  'підписуйтесь',
  'головне',
  'главное',
  'важное',
  // German
  'lesen sie auch',
  'lesen sie mehr',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie auch interessieren',
  'anzeige',
  'werbung',
  'teilen',
  'kommentare',
  'weitere artikel',
  'zum thema',
  'meistgelesen',
  'empfohlen',
  // French
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'voir aussi',
  'sur le même sujet',
  'publicité',
  'partager',
  'abonnez-vous',
  'commentaires',
  'les plus lus',
  'à lire également',
  // Polish
  'czytaj (także|też|więcej|również)',
  'zobacz (też|także|również)',
  'udostępnij',
  'komentarze',
  'polecane',
  'najczęściej czytane',
  'reklama',
  // Romanian
  'citește și',
  'citeşte şi',
  'citeste si',
  'vezi și',
  'vezi şi',
  'vezi si',
  'publicitate',
  'distribuie',
  'comentarii',
  'cele mai citite',
  // Czech
  'čtěte také',
  'přečtěte si také',
  'související( články)?',
  'sdílet',
  'diskuse',
  'diskuze',
  'nejčtenější',
  // Italian
  'leggi anche',
  'potrebbe interessarti',
  'pubblicità',
  'condividi',
  'commenti',
  'più letti',
  // Spanish
  'lee también',
  'leer más',
  'te puede interesar',
  'publicidad',
  'compartir',
  'comentarios',
  'lo más leído',
  // Dutch
  'lees ook',
  'lees meer',
  'bekijk ook',
  'advertentie',
  'delen',
  'reacties',
  'meest gelezen',
  // Lithuanian
  'skaitykite taip pat',
  'taip pat skaitykite',
  'dalintis',
  'komentarai',
  'skaitomiausi',
];
const LABEL = `(?:${PROMO_LABELS.join('|')})`;
/** The label alone (perhaps with a count or an arrow): "Must read", "Comments (12)", "Share ›". */
const LABEL_ALONE = new RegExp(`^[\\s\\-–—•·|>»›]*${LABEL}[\\s:：.…!|»›>\\-–—]*(\\(?\\d+\\)?)?[\\s:：.…!|»›>]*$`, 'iu');
/** The label followed by a teaser: "READ MORE: Ukraine poised …", "Don’t miss… North Korea …". */
const LABEL_THEN_TEASER = new RegExp(`^${LABEL}\\s*(?::|：|…|\\.\\.\\.|»|›|\\||–|—)\\s*\\S`, 'iu');

const TEASER_TAG = /\[(?:[A-Z]{3,14}|[A-Z]+ [A-Z]+)\]\s*$/;

const COMMENT_FORM =
  /^(please enter your (comment|name|email)|you have entered an incorrect email address|save my name, email,? and website|your email address will not be published|required fields are marked|notify me of (follow-up comments|new posts)|this site uses akismet|log ?in to (comment|reply)|you must be logged in to post a comment|be the first to comment|no comments yet)/i;

const PHOTO_CREDIT =
  /^[([]?\s*(?:(photos?|foto(grafie|grafia)?s?|fotó|фото|світлина|ілюстрація|иллюстрация|bild(er)?|image|images|picture|pic|illustration|credit|credits|crédit( photo)?|zdjęcie|nuotrauka|sursa foto|imagine|video|відео|видео)\s*(?:[:©/|]|by\b|credit\b|\s*$)|(fot|zdj|nuotr|il|ilustr|repro)\.\s*\S)/iu;
const PHOTO_AGENCY_LINE =
  /^[([]?\s*(©\s*)?(getty images|afp|reuters|ap photo|associated press|epa(-efe)?|pap|shutterstock|east news|tass|ria novosti|ukrinform|unian|anadolu|dpa|imago|alamy|eyevine)(\s*(via|\/|\||,)\s*[\p{L} .\-/]+)?\s*[)\]]?$/iu;
const COPYRIGHT =
  /^(©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|все права защищены|усі права захищені|wszelkie prawa zastrzeżone|toate drepturile rezervate|všechna práva vyhrazena|tutti i diritti riservati|todos los derechos reservados|alle rechten voorbehouden|visos teisės saugomos/i;
const AGENCY_INITIALS = /^\(\s*[\p{Ll}]{1,5}(\s*[/,]\s*[\p{Ll}]{1,5})*\s*\)$|^([\p{Ll}]{1,5}\s*\/\s*){1,4}[\p{Ll}]{0,5}$/u;
/** Breadcrumbs and menus flattened into one line: "World | Europe", "Startseite > Politik > Ausland". */
const NAV_SEPARATOR = /\s+(?:\||>|›|»|\/|·|•)\s+/;
const COMPANY_IMPRINT =
  /^[\p{L}\p{N}&.\- ]{2,50}\s(GmbH|AG|Ltd\.?|LLC|Inc\.?|S\.A\.|SA|sp\. z o\.o\.|s\.r\.o\.|SRL|S\.R\.L\.|B\.V\.|ООО|ТОВ|UAB|AB|Oy)$/u;
const READING_TIME =
  /^(\d{1,3}\s*(min(ute)?s?|мин(ут[аы]?)?|хв(илин[аи]?)?|Min\.?)\s*(read|de lecture|Lesezeit|чтения|читання|czytania|lectură|čtení|lettura|de lectura|leestijd)?|(reading|read) time:?\s*\d+\s*min\w*)$/iu;
const VIEW_COUNT =
  /^[\d\s.,]+\s*(views|просмотр(а|ов)?|перегляд(ів|и)?|wyświetleń|Aufrufe|vues|vizualizări|zobrazení|visualizzazioni|visitas|weergaven|peržiūr(os|ų))$/iu;
const SECTION_HEADER =
  /^(english|polish|german|russian|ukrainian|french|spanish|italian|czech|romanian|lithuanian|dutch|international|world|europe|politics|news|opinion|business|sport|culture|home|breaking)\s+(section|service|edition|news|desk)$/i;
const NUMERIC_ID = /^#?\d{5,12}\s*[:.]?$|^#?\d{1,12}\s*:$/;
const WEATHER = /^[-+−–]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$/;
const READ_FULL =
  /^(source\s*:\s*)?(read (the )?(full|original|whole) (article|story|report)|continue reading|view (the )?original|read on [\p{L}.]+|original article)\b.{0,40}$/iu;
const COOKIE =
  /(?<![\p{L}])(we use cookies|this (web)?site uses cookies|uses cookies to|cookie (policy|settings|preferences|consent)|accept (all )?cookies|by continuing to (use|browse)|wir verwenden cookies|nous utilisons des cookies|używamy (plików )?cookies|utiliz[aă]m (fișiere )?cookie|používáme (soubory )?cookies|utilizziamo i cookie|utilizamos cookies|wij gebruiken cookies|мы используем (файлы )?cookie|ми використовуємо (файли )?cookie|naudojame slapukus)/iu;
const NEWSLETTER = /^(sign up|subscribe|register)\b.{0,80}\b(newsletter|updates|alerts|first edition|briefing|digest|email)\b/i;
const TAGS_LINE = /^(tags|topics|schlagwörter|themen|теги|темы|теми|tagi|etichete|štítky|tag|etiquetas|trefwoorden|žymės)\s*:/i;
/** "Subscribe to our Telegram channel …", inline in the body. */
const FOLLOW_PROMPT =
  /^(підписуйтесь|подписывайтесь|підпишіться|подпишитесь|subscribe|follow us|follow our|join us|abonnez-vous|suivez-nous|folgen sie uns|abonnieren sie|obserwuj(cie)? nas|subskrybuj|urmăriți-ne|urmăreşte-ne|abonează-te|sledujte nás|seguici|iscriviti|síguenos|suscríbete|volg ons|sekite mus|prenumeruokite)(?![\p{L}]).{0,160}(telegram|facebook|twitter|instagram|youtube|viber|whatsapp|tiktok|newsletter|rss|канал|каналі|kanał|channel|kanál|canal|kanaal|kanalą|push)/iu;
const PAYWALL =
  /^((subscribe|sign in|log in|register) to (continue|keep) reading|this (article|content|story) is (only )?(available|reserved|for) (to |for )?(subscribers|members)|already a subscriber\?|dieser artikel ist nur für abonnenten|ce contenu est réservé aux abonnés|материал доступен только подписчикам)/i;
const MEDIA_CAPTION_LABEL = /^(image|photo|picture|video|media) (source|caption|credit)s?\s*[,:]/i;
const RELATIVE_TIME = /^(updated |published |posted )?(\d{1,2}|an?|one) (minutes?|mins?|hours?|hrs?|days?) ago$/i;
const ALLOW_EMBED = /^allow (twitter|x|instagram|facebook|youtube|tiktok|telegram) content\?/i;
/** "Share on Facebook", "Partager sur X", "Teilen auf WhatsApp" … */
const SHARE_ON =
  /^(share|partager|teilen|поделиться|поділитися|udostępnij|distribuie|sdílet|zdieľať|condividi|compartir|compartilhar|delen|dalintis|jaga|dela|del)( (on|via|sur|auf|per|в|у|на|na|pe|su|en|em|op|på|per))? (facebook|x|twitter|telegram|whatsapp|linkedin|vk|vkontakte|вконтакте|одноклассники|viber|messenger|e-?mail|reddit|pinterest|bluesky|threads)$/iu;
/** A line of hashtags ("#новости #армия"). */
const HASHTAGS = /^(#[\p{L}\p{N}_]+[\s,]*){1,20}$/u;
const SOCIAL_ONLY =
  /^((facebook|twitter|x|telegram|whatsapp|linkedin|viber|vk|vkontakte|reddit|pinterest|email|e-mail|messenger|copy link|print)\s*[|•·,/]?\s*){1,12}$/i;

import { findDates } from './dates';

export interface FurnitureVerdict {
  kept: string[];
  dropped: { text: string; rule: string }[];
}

const isShortPlaceName = (p: string) =>
  p.length <= 40 && !/\d/.test(p) && !/[.!?:;]$/.test(p) && p.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(p);

function isNavigationLine(p: string): boolean {
  if (/[.!?:;"“”«»„]$/.test(p) && !/[›»]$/.test(p)) return false;
  const parts = p.split(NAV_SEPARATOR);
  if (parts.length < 2) return false;
  // A date line with its parts apart ("06.10.2026 05:30 | Akt.: 06.10.2026 09:12": each part a date or a time) is the
  // article's date, no menu.
  if (parts.every((x) => /\d/.test(x)) && findDates(p).some((d) => d.date)) return false;
  return parts.every((x) => x.length > 0 && x.length <= 30 && x.split(/\s+/).length <= 4 && !/[.!?]$/.test(x));
}

/** Labels that introduce a list of links: the short lines after them are part of the list. */
const LIST_LABEL = new RegExp(
  `^(?:read (more|also|next)|also read|see also|related( articles| stories| news| content| topics)?|recommended( for you)?|more (articles|stories|news|from [\\p{L} ]{1,30})|latest( articles| news| stories)?|most (read|popular|viewed)|trending( now)?|top stories|you (may|might) (also )?like|читайте (также|еще|також)|смотрите также|дивіться також|по теме|по темі|самое читаемое|lesen sie (auch|mehr)|mehr zum thema|weitere artikel|meistgelesen|(à )?lire aussi|voir aussi|sur le même sujet|les plus lus|czytaj (także|też|więcej|również)|zobacz (też|także|również)|najczęściej czytane|polecane|citește și|citeşte şi|citeste si|vezi (și|şi|si)|cele mai citite|čtěte také|přečtěte si také|související( články)?|nejčtenější|leggi anche|più letti|lee también|te puede interesar|lo más leído|lees ook|bekijk ook|meest gelezen|skaitykite taip pat|taip pat skaitykite|skaitomiausi)[\\s:：.…]*$`,
  'iu',
);
const isListItemLike = (p: string) => p.length <= 90 && !/[.!?]["”»’]?$/.test(p) && p.split(/\s+/).length <= 14;

/** Drop furniture paragraphs. `paragraphs` are normalised, trimmed, non-empty. */
export function filterFurniture(paragraphs: string[]): FurnitureVerdict {
  const kept: string[] = [];
  const dropped: { text: string; rule: string }[] = [];
  const drop = (text: string, rule: string) => dropped.push({ text, rule });
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const rule = furnitureRule(p, i);
    if (rule) {
      drop(p, rule);
      if (LIST_LABEL.test(p)) {
        // The teaser links listed under "See also:" and the like, up to the next real paragraph.
        while (i + 1 < paragraphs.length && isListItemLike(paragraphs[i + 1]) && !furnitureRule(paragraphs[i + 1], i + 1))
          drop(paragraphs[++i], 'promo list item');
      }
      if (rule === 'weather widget' && i + 1 < paragraphs.length && isShortPlaceName(paragraphs[i + 1])) {
        drop(paragraphs[++i], 'weather widget (place)');
      }
      continue;
    }
    if (kept.length && kept[kept.length - 1] === p) {
      drop(p, 'repeated paragraph');
      continue;
    }
    kept.push(p);
  }
  return { kept, dropped };
}

/** Which rule makes `p` furniture, or null. `index` is the paragraph's position (headers only count near the top). */
export function furnitureRule(p: string, index = 99): string | null {
  const len = p.length;
  if (len <= 120 && LABEL_ALONE.test(p)) return 'promo/navigation label';
  if (len <= 400 && LABEL_THEN_TEASER.test(p)) return 'promo teaser';
  if (len <= 300 && TEASER_TAG.test(p) && !/[.!?]["”»’]?\s*\[/.test(p)) return 'teaser with [TAG]';
  if (len <= 300 && COMMENT_FORM.test(p)) return 'comment form';
  if (len <= 120 && PHOTO_CREDIT.test(p) && !/[.!?]["”»]?$/.test(p)) return 'photo credit';
  if (len <= 100 && PHOTO_AGENCY_LINE.test(p)) return 'photo credit';
  if (len <= 200 && COPYRIGHT.test(p)) return 'copyright notice';
  if (len <= 40 && AGENCY_INITIALS.test(p)) return 'agency initials';
  if (index < 5 && SECTION_HEADER.test(p)) return 'site section header';
  if (len <= 14 && NUMERIC_ID.test(p)) return 'numeric id';
  if (WEATHER.test(p)) return 'weather widget';
  if (READ_FULL.test(p)) return 'read-full-article link';
  if (len <= 500 && COOKIE.test(p)) return 'cookie banner';
  if (len <= 200 && NEWSLETTER.test(p)) return 'newsletter sign-up';
  if (len <= 300 && TAGS_LINE.test(p)) return 'tag list';
  if (len <= 120 && SOCIAL_ONLY.test(p)) return 'share buttons';
  if (len <= 60 && SHARE_ON.test(p)) return 'share buttons';
  if (len <= 300 && HASHTAGS.test(p)) return 'hashtags';
  if (len <= 120 && isNavigationLine(p)) return 'navigation/breadcrumb line';
  if (len <= 60 && COMPANY_IMPRINT.test(p)) return 'agency/company imprint';
  if (len <= 60 && READING_TIME.test(p)) return 'reading time';
  if (len <= 60 && VIEW_COUNT.test(p)) return 'view counter';
  if (len <= 300 && FOLLOW_PROMPT.test(p)) return 'follow/subscribe prompt';
  if (len <= 300 && PAYWALL.test(p)) return 'paywall notice';
  if (len <= 300 && MEDIA_CAPTION_LABEL.test(p)) return 'photo credit';
  if (len <= 40 && RELATIVE_TIME.test(p)) return 'relative time stamp';
  if (len <= 400 && ALLOW_EMBED.test(p)) return 'embed consent prompt';
  return null;
}
