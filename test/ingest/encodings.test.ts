/**
 * Encodings: every encoding the importer promises, made here with iconv-lite from known text, and the
 * decision recorded in `source.detection`. Includes the hard pair (KOI8-R vs Windows-1251: same
 * bytes, different letters) on long and short texts, and charsets that documents declare wrongly.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, rankEightBit } from '../../src/core/ingest/encoding';
import { readStages } from './documents';

const RU =
  'Бывший офицер российской армии рассказал журналистам, что весной 2022 года видел, как его сослуживцы расстреляли пленных. Он покинул часть во время отпуска и сейчас просит убежища в Германии.';
const RU_SHORT = 'Солдат попросил убежища в Литве.';
const RU_CAPS = 'ДЕЗЕРТИР РАССКАЗАЛ О ПЫТКАХ';
const UK =
  'Колишній російський військовий розповів, що його підрозділ вивозив цивільних із села на Київщині. Він отримав притулок у Чехії і готовий свідчити в суді. Їхні імена досі невідомі, а родини шукають їх.';
const CS =
  'Ruský voják řekl, že viděl, jak jeho spolubojovníci vyrabovali obchody. Ministerstvo vnitra potvrdilo, že žádost o azyl eviduje. Šéf úřadu odmítl podrobnosti sdělit kvůli ochraně osobních údajů.';
const PL =
  'Rosyjski żołnierz przepłynął graniczną rzekę i złożył wniosek o ochronę międzynarodową. Według jego relacji dowódcy kazali mu ostrzeliwać zabudowania cywilne, a gdy odmówił, pobili go.';
const DE =
  'Ein russischer Unteroffizier hat sich über die Grenze nach Finnland abgesetzt. Er berichtete, seine Einheit habe den Befehl erhalten, keine Gefangenen zu machen. Die Angaben lassen sich nicht überprüfen.';
const FR =
  'Un ancien lieutenant de la Garde nationale russe a demandé l’asile en Belgique après avoir fui la Russie. « Nous arrêtions des hommes sur simple soupçon », a-t-il déclaré à l’AFP. Il vit près de Bruxelles.';
const FR_LATIN1 = FR.replace(/’/g, "'");
const LT =
  'Rusijos kariuomenės kapitonas paprašė prieglobsčio Lietuvoje. Jis teigia matęs, kaip iš Mariupolio į Rusiją buvo išvežami ukrainiečių vaikai. Vyras dabar gyvena užsieniečių registracijos centre.';
const EN =
  'A former lieutenant of the Black Sea Fleet says he witnessed prisoners of war being beaten. “Nobody was ever punished,” he said.';

const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));

async function read(bytes: Uint8Array, name = 'doc.txt') {
  return readStages(bytes, name);
}

describe('8-bit encodings (statistical, recorded as such)', () => {
  const cases: [string, string, string, string, string][] = [
    ['Russian', RU, 'koi8-r', 'koi8-r', 'ru'],
    ['Russian', RU, 'windows-1251', 'windows-1251', 'ru'],
    ['Russian', RU, 'cp866', 'cp866', 'ru'],
    ['Russian', RU, 'iso-8859-5', 'iso-8859-5', 'ru'],
    ['Ukrainian', UK, 'windows-1251', 'windows-1251', 'uk'],
    ['Ukrainian', UK, 'koi8-u', 'koi8-u', 'uk'],
    ['Czech', CS, 'iso-8859-2', 'iso-8859-2', 'cs'],
    ['Czech', CS, 'windows-1250', 'windows-1250', 'cs'],
    ['Polish', PL, 'iso-8859-2', 'iso-8859-2', 'pl'],
    ['Polish', PL, 'windows-1250', 'windows-1250', 'pl'],
    ['German', DE, 'iso-8859-1', 'iso-8859-1', 'de'],
    ['French', FR_LATIN1, 'iso-8859-1', 'iso-8859-1', 'fr'],
    ['French with curly quotes', FR, 'windows-1252', 'windows-1252', 'fr'],
    ['Lithuanian', LT, 'windows-1257', 'windows-1257', 'lt'],
  ];
  it.each(cases.map(([name, text, encoding, expected, language]) => [name, encoding, text, expected, language]))(
    '%s in %s',
    async (_name, encoding, text, expected, language) => {
      const r = await read(enc(text, encoding));
      expect(r.source.encoding).toBe(expected);
      expect(r.source.detection).toMatch(/encoding: .*statistical/);
      expect(r.text).toBe(text);
      expect(r.language).toBe(language);
    },
  );

  it('tells KOI8-R from Windows-1251 on one short sentence and on an all-capitals headline', () => {
    for (const text of [RU_SHORT, RU_CAPS, `${RU_CAPS}\n\n${RU_SHORT}`]) {
      for (const e of ['koi8-r', 'windows-1251']) {
        const d = decodeText(enc(text, e));
        expect(d?.encoding, `${e}: ${text}`).toBe(e);
        expect(d?.text).toBe(text);
      }
    }
  });

  it('ranks the right Cyrillic code page far ahead of its twin', () => {
    const koi = rankEightBit(enc(RU, 'koi8-r'));
    expect(koi[0].encoding).toBe('koi8-r');
    const cp = koi.find((c) => c.encoding === 'windows-1251')!;
    expect(koi[0].score - cp.score).toBeGreaterThan(100);
  });
});

describe('Unicode', () => {
  it('UTF-8 with and without BOM', async () => {
    const plain = await read(new TextEncoder().encode(RU));
    expect(plain.source.encoding).toBe('utf-8');
    expect(plain.source.detection).toMatch(/valid UTF-8/);
    const bom = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RU)]));
    expect(bom.source.encoding).toBe('utf-8');
    expect(bom.source.detection).toMatch(/UTF-8 byte-order mark/);
    expect(bom.text).toBe(RU); // no BOM character in the text
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ])('%s (BOM: %s), Cyrillic and Latin text', async (e, withBom) => {
    for (const text of [RU, EN, `${EN}\n\n${UK}`]) {
      const body = enc(text, e);
      const bom = e === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const r = await read(withBom ? new Uint8Array([...bom, ...body]) : body);
      expect(r.source.encoding).toBe(e);
      expect(r.source.detection).toMatch(withBom ? /byte-order mark/ : /no byte-order mark; zero bytes/);
      expect(r.text).toBe(text.replace(/\n\n/g, '\n\n'));
    }
  });

  it('UTF-8 with a few broken bytes stays UTF-8 and says so', async () => {
    const good = new TextEncoder().encode(`${RU} ${RU} ${RU}`);
    const bytes = new Uint8Array([...good.subarray(0, 40), 0xff, ...good.subarray(40)]);
    const r = await read(bytes);
    expect(r.source.encoding).toBe('utf-8');
    expect(r.source.detection).toMatch(/1 invalid byte sequence/);
  });
});

describe('declared charsets', () => {
  const page = (charset: string, body: string) =>
    `<!doctype html><html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

  it('follows a correct declaration, and says it did', async () => {
    const r = await read(enc(page('windows-1251', RU), 'windows-1251'), 'page.html');
    expect(r.source.encoding).toBe('windows-1251');
    expect(r.source.detection).toMatch(/declared in a <meta> charset/);
    expect(r.text).toContain(RU);
  });

  it('overrules a declaration the letters contradict (KOI8-R bytes declared as windows-1251)', async () => {
    const r = await read(enc(page('windows-1251', RU), 'koi8-r'), 'page.html');
    expect(r.source.encoding).toBe('koi8-r');
    expect(r.source.detection).toMatch(/declares windows-1251 .* but its letters read as koi8-r/);
    expect(r.text).toContain(RU);
  });

  it('prefers valid UTF-8 over a stale Latin-1 declaration', async () => {
    const r = await read(new TextEncoder().encode(page('iso-8859-1', DE)), 'page.html');
    expect(r.source.encoding).toBe('utf-8');
    expect(r.source.detection).toMatch(/declares iso-8859-1, but its bytes are valid UTF-8/);
    expect(r.text).toContain(DE);
  });

  it('reads an http-equiv declaration (KOI8-R page)', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>${RU}</p></body></html>`;
    const r = await read(enc(html, 'koi8-r'), 'page.htm');
    expect(r.source.encoding).toBe('koi8-r');
    expect(r.text).toBe(RU);
  });
});

describe('every reading records how it was decoded', () => {
  it('names the format and encoding decision for plain ASCII too', async () => {
    const r = await read(new TextEncoder().encode('The soldier said he left the army in March and crossed into Georgia with his brother.'));
    expect(r.source.encoding).toBe('utf-8');
    expect(r.source.detection).toMatch(/^format: plain text; encoding: utf-8 \(plain ASCII/);
  });
});

describe('a false UTF-8 declaration', () => {
  it('is recorded, and the bytes are read for what they are', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${RU}</p></body></html>`;
    const r = await read(enc(html, 'windows-1251'), 'page.html');
    expect(r.source.encoding).toBe('windows-1251');
    expect(r.source.detection).toMatch(/declares utf-8 .* but its bytes are not valid UTF-8; statistical/);
    expect(r.text).toBe(RU);
  });
});
