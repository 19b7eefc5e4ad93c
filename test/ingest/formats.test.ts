/**
 * Formats: a hostile saved web page, WordPress REST JSON (whole and fragment), Markdown, plain text,
 * PDF (pdfkit) and DOCX (a real WordprocessingML package built here). HTML is only ever tokenised:
 * no script runs and nothing is fetched.
 */
// eslint-disable-next-line no-restricted-imports -- imported only to prove nothing calls them
import http from 'node:http';
// eslint-disable-next-line no-restricted-imports -- imported only to prove nothing calls them
import https from 'node:https';
// eslint-disable-next-line no-restricted-imports -- imported only to prove nothing calls them
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docx, pdf, readStages } from './documents';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/ingest', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a hostile saved web page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as Record<string, unknown>).__casefilePwned;
  });

  it('is read as inert text: no script runs, nothing is fetched', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('network access attempted');
    });
    const httpSpy = vi.spyOn(http, 'request');
    const httpsSpy = vi.spyOn(https, 'request');
    const httpGet = vi.spyOn(http, 'get');
    const httpsGet = vi.spyOn(https, 'get');
    const netSpy = vi.spyOn(net, 'connect');
    const r = await readStages(fixture('hostile.html'), 'hostile.html');
    expect((globalThis as Record<string, unknown>).__casefilePwned).toBeUndefined();
    for (const spy of [fetchSpy, httpSpy, httpsSpy, httpGet, httpsGet, netSpy]) expect(spy).not.toHaveBeenCalled();
    expect(r.text).not.toMatch(/casefilePwned|evil\.example|fetch\(|document\.write|written by a script|svg text/);
  });

  it('keeps the article and its headline, and drops every piece of furniture', async () => {
    const r = await readStages(fixture('hostile.html'), 'hostile.html');
    expect(r.source.format).toBe('html');
    expect(r.title).toBe('Deserter describes filtration camp where men “disappeared”');
    expect(r.outlet).toBe('The Observer Desk');
    expect(r.publishedAt).toMatchObject({ date: '2024-09-12', precision: 'day' });
    expect(r.language).toBe('en');
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs[0]).toBe('Deserter describes filtration camp where men “disappeared”');
    for (const s of [
      'A former Russian military police sergeant who fled to Kazakhstan last year',
      '“We were told they were saboteurs. Most of them were just men of fighting age from the city,” he said.',
      'He has applied for asylum in Germany, according to a lawyer who represents him.',
      'The Russian defence ministry did not respond to a request for comment.',
    ]) {
      expect(r.text).toContain(s);
    }
    for (const s of [
      'We use cookies',
      'Accept all',
      'Manage preferences',
      'Skip to content',
      'Investigations',
      'Podcasts',
      'Search',
      'Share on Facebook',
      'Email',
      'Satellite image of the camp',
      'Maxar',
      'Related',
      'Inside Russia’s filtration system',
      'Get our investigations',
      'Sign up',
      'hidden paragraph',
      'also invisible',
      'Tags:',
      'thoughts on',
      'Great reporting',
      'Leave a Reply',
      'Your email address',
      'Recent Posts',
      'Markets rally',
      'All rights reserved',
      'Privacy policy',
      '6 min read',
    ]) {
      expect(r.text, s).not.toContain(s);
    }
  });
});

describe('WordPress REST JSON', () => {
  const post = {
    id: 7,
    date: '2023-05-02T09:00:00',
    link: 'https://www.kyiv-courier.example/2023/05/02/deserter/',
    title: { rendered: 'Deserter&#8217;s account of the Izium basement' },
    content: {
      rendered:
        '<p>The soldier, who asked not to be named, said detainees were held in a school basement.</p>\n<p><strong>Read more:</strong> <a href="#">Other story</a></p>\n<p>He now lives in Poland, where he applied for protection.</p>\n',
      protected: false,
    },
    excerpt: { rendered: '<p>Excerpt text that is not the article.</p>', protected: false },
  };

  it('reads a whole post: body from content.rendered, title, date and outlet from its fields', async () => {
    const r = await readStages(utf8(JSON.stringify(post)), 'post.json');
    expect(r.source.format).toBe('wordpress-json');
    expect(r.source.mediaType).toBe('application/json');
    expect(r.title).toBe('Deserter’s account of the Izium basement');
    expect(r.publishedAt).toEqual({ text: '2023-05-02T09:00:00', date: '2023-05-02', precision: 'day' });
    expect(r.outlet).toBe('kyiv-courier.example');
    expect(r.text).toBe(
      'The soldier, who asked not to be named, said detainees were held in a school basement.\n\nHe now lives in Poland, where he applied for protection.',
    );
  });

  it('reads the first post of a REST list and says so', async () => {
    const r = await readStages(utf8(JSON.stringify([post, { ...post, id: 8 }])), 'posts.json');
    expect(r.source.detection).toMatch(/array of 2 items, the first was read/);
    expect(r.text).toContain('school basement');
  });

  it('reads a fragment cut out of a REST response, taking nothing from the fields around the body', async () => {
    const json = JSON.stringify(post).replace(/\//g, '\\/');
    const start = json.indexOf('<p>The soldier');
    const fragment = json.slice(start, json.indexOf('"rendered":"<p>Excerpt') + 20);
    const r = await readStages(utf8(fragment), 'fragment.txt');
    expect(r.source.format).toBe('wordpress-json-fragment');
    expect(r.text).toBe(
      'The soldier, who asked not to be named, said detainees were held in a school basement.\n\nHe now lives in Poland, where he applied for protection.',
    );
    expect(r.text).not.toMatch(/protected|Excerpt|\\n|<\\\//);
  });

  it('reads a fragment that starts with the title fields and is cut off in the middle of the body', async () => {
    const json = JSON.stringify(post);
    const fragment = json.slice(json.indexOf('"title"'), json.indexOf('He now lives'));
    const r = await readStages(utf8(fragment), 'cut.txt');
    expect(r.source.format).toBe('wordpress-json-fragment');
    expect(r.title).toBe('Deserter’s account of the Izium basement');
    expect(r.source.detection).toMatch(/cut off at the end/);
    expect(r.text).toBe('The soldier, who asked not to be named, said detainees were held in a school basement.');
  });

  it('reads other article-shaped JSON by its fields, and any JSON by its longer strings', async () => {
    const a = await readStages(
      utf8(
        JSON.stringify({
          headline: 'Officer flees',
          datePublished: '2022-10-01',
          articleBody: 'The officer crossed the border on foot and asked for asylum, his lawyer said on Monday.',
        }),
      ),
    );
    expect(a.source.format).toBe('json');
    expect(a.title).toBe('Officer flees');
    expect(a.publishedAt?.date).toBe('2022-10-01');
    expect(a.text).toBe('The officer crossed the border on foot and asked for asylum, his lawyer said on Monday.');
  });
});

describe('Markdown and plain text', () => {
  it('turns Markdown into paragraphs: no markers, links reduced to their text, front matter as metadata', async () => {
    const md = [
      '---',
      'title: "Deserter speaks"',
      'date: 2024-01-15',
      '---',
      '',
      '# Deserter speaks',
      '',
      'The **former sergeant** told [Reuters](https://reuters.com) that he saw _civilians_ being detained.',
      '',
      '> “I could not stay silent,” he said.',
      '',
      '* first item',
      '* second item',
      '',
      '```',
      'code line',
      '```',
    ].join('\n');
    const r = await readStages(utf8(md), 'note.md');
    expect(r.source.format).toBe('markdown');
    expect(r.title).toBe('Deserter speaks');
    expect(r.publishedAt?.date).toBe('2024-01-15');
    expect(r.text).toBe(
      'Deserter speaks\n\nThe former sergeant told Reuters that he saw civilians being detained.\n\n“I could not stay silent,” he said.\n\nfirst item\n\nsecond item\n\ncode line',
    );
  });

  it('re-joins hard-wrapped plain text into paragraphs, keeps short lines apart, decodes stray entities', async () => {
    const text = [
      'Soldier&#8217;s statement',
      '',
      'The soldier said that he had been ordered to guard a school in the town,',
      'where residents were held for several days without food or water, and',
      'that he left his unit in the autumn after refusing to take part again.',
      '',
      'He is now in Georgia.',
    ].join('\r\n');
    const r = await readStages(utf8(text), 'statement.txt');
    expect(r.text).toBe(
      'Soldier’s statement\n\nThe soldier said that he had been ordered to guard a school in the town, where residents were held for several days without food or water, and that he left his unit in the autumn after refusing to take part again.\n\nHe is now in Georgia.',
    );
  });
});

describe('PDF (pdfjs-dist)', () => {
  it('reads the text layer into paragraphs, the headline as title, and does not take the file date for the publication date', async () => {
    const bytes = await pdf(
      [
        'Дезертир рассказал о пытках в Херсоне',
        '14 марта 2024',
        'Бывший военнослужащий Росгвардии рассказал, что видел, как задержанных жителей Херсона избивали во время допросов. Он покинул Россию через Грузию и попросил убежища во Франции.',
        'Его показания переданы правозащитникам.',
      ],
      { Title: 'Microsoft Word - statement_final.docx' },
    );
    const r = await readStages(bytes, 'statement.pdf');
    expect(r.source.format).toBe('pdf');
    expect(r.source.mediaType).toBe('application/pdf');
    expect(r.source.encoding).toBeNull();
    expect(r.language).toBe('ru');
    expect(r.title).toBe('Дезертир рассказал о пытках в Херсоне');
    expect(r.publishedAt).toEqual({ text: '14 марта 2024', date: '2024-03-14', precision: 'day' });
    expect(r.source.detection).toMatch(/not taken as the publication date/);
    expect(r.text).toContain(
      'Бывший военнослужащий Росгвардии рассказал, что видел, как задержанных жителей Херсона избивали во время допросов. Он покинул Россию через Грузию и попросил убежища во Франции.',
    );
    expect(r.text.split('\n\n')).toHaveLength(4);
  });

  it('uses a meaningful PDF title from the document information', async () => {
    const r = await readStages(
      await pdf(['Body line one of the report.', 'Second paragraph of the report text.'], { Title: 'Witness statement of R. Belov' }),
      'x.pdf',
    );
    expect(r.title).toBe('Witness statement of R. Belov');
  });
});

describe('DOCX (mammoth)', () => {
  it('reads paragraphs and the heading, with title and author from the core properties', async () => {
    const bytes = docx(
      [
        'Statement of a deserter',
        'I served in the 64th brigade and saw the shooting of two civilians in Bucha.',
        'I left the army in May.',
      ],
      {
        title: 'Statement — Bucha',
        creator: 'Investigator',
        created: '2024-02-01T10:00:00Z',
      },
    );
    const r = await readStages(bytes, 'statement.docx');
    expect(r.source.format).toBe('docx');
    expect(r.source.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.title).toBe('Statement — Bucha');
    expect(r.publishedAt).toBeNull();
    expect(r.text).toBe(
      'Statement of a deserter\n\nI served in the 64th brigade and saw the shooting of two civilians in Bucha.\n\nI left the army in May.',
    );
  });
});

describe('HTML layouts that trip simple extractors', () => {
  const LEAD =
    'Former paratrooper Ilya Petrov, 29, says his unit shot at civilian cars near Hostomel in March 2022 and that he has now asked for asylum in Lithuania.';
  const BODY = [
    'Petrov told investigators that the order came from his company commander, who said that anything moving on the road was a target, including cars with white flags.',
    'He left the army in the autumn of 2023, crossed into Kazakhstan and flew from there to Vilnius, where he handed himself over to the border guard.',
    'Lithuanian prosecutors, who investigate war crimes committed in Ukraine under universal jurisdiction, have questioned him twice, his lawyer said.',
  ];

  it('keeps a standfirst that sits outside the body container, and picks the article <h1> over the logo <h1>', async () => {
    const html = `<html><head><title>Paratrooper says unit fired on civilian cars | Baltic Wire</title></head><body>
      <h1 class="logo"><a href="/">Baltic Wire</a></h1>
      <div class="page"><div class="story">
        <div class="story-header"><h1>Paratrooper says unit fired on civilian cars</h1><p class="lead">${LEAD}</p></div>
        <div class="story-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="related"><p>Other stories: a much longer teaser paragraph about something else entirely that should not be here at all.</p></div>
      </div></div></body></html>`;
    const r = await readStages(utf8(html), 'story.html');
    expect(r.title).toBe('Paratrooper says unit fired on civilian cars');
    expect(r.outlet).toBe('Baltic Wire');
    expect(r.text).toBe(['Paratrooper says unit fired on civilian cars', LEAD, ...BODY].join('\n\n'));
  });

  it('reads an article whose container is named like furniture, and records that it did', async () => {
    const html = `<html><body><nav><a>Home</a></nav><div class="content share-enabled">${[LEAD, ...BODY].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = await readStages(utf8(html), 'odd.html');
    expect(r.text).toBe([LEAD, ...BODY].join('\n\n'));
    expect(r.source.detection).toMatch(/named like site furniture, so those were read/);
  });

  it('keeps <br>-separated paragraphs and list items as paragraphs, collapses HTML whitespace', async () => {
    const html = `<html><body><article><div>${LEAD}<br><br>${BODY[0]}
      continues   here.<br/><ul><li>First point</li><li>Second point</li></ul></div></article></body></html>`;
    const r = await readStages(utf8(html), 'br.html');
    expect(r.text).toBe(`${LEAD}\n\n${BODY[0]} continues here.\n\nFirst point\n\nSecond point`);
  });
});
