/**
 * The error classes of issue #13, each in at least five languages, on short texts written for these tests
 * (not the evaluation set's articles): who the article is about, the asylum destination and stage, dates
 * without a year and month spans, crimes described without crime words and who reports about whom,
 * self-incrimination in the first person plural, outlets, and titles.
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string, date: string | null = null) =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null });

const categories = (text: string, language: string) => [...new Set(run(text, language).allegations.map((a) => a.category))].sort();
const asylum = (text: string, language: string) => run(text, language).asylum.map((a) => `${a.status}/${a.country}`);

describe('who the article is about', () => {
  it.each([
    [
      'en',
      'Sergeant Oleg Kirsanov deserted in May. A lawyer for Kirsanov, Helen Marsh, said he applied for asylum.',
      'Oleg Kirsanov',
      'Helen Marsh',
    ],
    [
      'ru',
      'Рядовой Павел Зуев дезертировал. Адвокат Павла Зуева Ирина Белова заявила, что он попросил убежища.',
      'Павел Зуев',
      'Ирина Белова',
    ],
    [
      'it',
      "Il caporale Ivan Petrov ha disertato. L'avvocato di Petrov, Giovanni Bianchi, ha detto che ha chiesto asilo.",
      'Ivan Petrov',
      'Giovanni Bianchi',
    ],
    ['ro', 'Caporalul Denis Orlov a dezertat. Avocatul lui Orlov, Pavel Ionescu, a spus că a cerut azil.', 'Denis Orlov', 'Pavel Ionescu'],
    [
      'nl',
      'Korporaal Igor Sidorov is gedeserteerd. De advocaat van Sidorov, Pieter Bakker, zegt dat hij asiel heeft aangevraagd.',
      'Igor Sidorov',
      'Pieter Bakker',
    ],
    [
      'ru',
      'Адвокат Сергея Титова Анна Кузнецова сообщила, что её подзащитный дезертир попросил убежища.',
      'Сергей Титов',
      'Анна Кузнецова',
    ],
  ])('%s: the defector, not his lawyer — %s', (lang, text, subject, lawyer) => {
    const r = run(text, lang);
    expect(r.subject?.name).toBe(subject);
    expect(r.people).toContainEqual(expect.objectContaining({ name: lawyer }));
    expect(r.people.find((p) => p.name === subject)).toBeUndefined();
  });

  it.each([
    ['ru', 'Бывший штурмовик рассказал о войне. Никита Орлов служил под Бахмутом. Потом он сбежал из части.', 'Никита Орлов'],
    ['en', 'The gunner who walked away. Roman Belov served near Kupiansk. Later he deserted and crossed into Georgia.', 'Roman Belov'],
    ['de', 'Der Soldat, der nicht mehr schießen wollte. Ilja Gromow war Richtschütze. Im Winter desertierte er.', 'Ilja Gromow'],
    ['fr', "Le soldat qui a dit non. Pavel Sokolov servait près de Bakhmout. Puis il a déserté vers l'Arménie.", 'Pavel Sokolov'],
    ['es', 'El soldado que se negó. Denis Popov servía cerca de Bajmut. Después desertó y llegó a Georgia.', 'Denis Popov'],
  ])('%s: a subject introduced by role and later named is found', (lang, text, subject) => {
    expect(run(text, lang).subject?.name).toBe(subject);
  });

  it.each([
    ['en', 'KYIV - A court sentenced Private Ivan Orlov, a Russian soldier captured last spring, to 12 years for shooting a civilian.'],
    ['uk', 'Суд засудив російського військового Олега Зуєва до 10 років за катування цивільного в підвалі.'],
    ['pl', 'Sąd w Kijowie skazał rosyjskiego żołnierza Pawła Orłowa na osiem lat za grabież domów.'],
    ['ro', 'Un tribunal ucrainean l-a condamnat pe soldatul rus Viktor Zuev la 12 ani pentru uciderea unui civil.'],
    ['de', 'Ein Gericht in Kiew verurteilte den russischen Soldaten Pawel Orlow zu zehn Jahren wegen Folter.'],
  ])('%s: a Russian soldier on trial in Ukraine is no defector', (lang, text) => {
    expect(run(text, lang).subject).toBeNull();
  });

  it.each([
    ['en', 'Germany will tighten rules for Russian deserters seeking asylum. More than 2,000 men applied for asylum last year.'],
    ['de', 'Mehr russische Deserteure beantragen Asyl. Im ersten Halbjahr stellten 2.400 Männer einen Asylantrag.'],
    ['fr', "Les déserteurs russes demandent l'asile en France. Plusieurs recours de Russes ont été rejetés."],
    ['es', 'Los desertores rusos piden asilo en España. Cada solicitud de asilo se examina por separado.'],
    ['nl', 'Russische deserteurs vragen asiel aan in Nederland. Elke aanvraag voor asiel wordt apart beoordeeld.'],
  ])('%s: an article on asylum policy has neither subject nor an asylum claim', (lang, text) => {
    const r = run(text, lang);
    expect(r.subject).toBeNull();
    expect(r.asylum).toEqual([]);
  });
});

describe('asylum: destination and stage', () => {
  it.each([
    ['de', 'Sergej Orlow, der von der Front in der Ukraine geflohen ist, hat Asyl in Österreich beantragt.', 'applied/AT'],
    ['cs', 'Voják Ivan Orlov, který utekl z fronty na Ukrajině, požádal o azyl ve Švýcarsku.', 'applied/CH'],
    ['nl', 'Een militair die van het front in Oekraïne is gevlucht, Igor Orlov, heeft asiel aangevraagd in België.', 'applied/BE'],
    ['fr', "Pavel Orlov, qui avait fui le front ukrainien, a obtenu l'asile en Suisse.", 'granted/CH'],
    ['en', 'Ivan Orlov, who deserted from the front in Ukraine, was granted asylum in Canada.', 'granted/CA'],
  ])('%s: the destination, not the country of the war', (lang, text, expected) => {
    expect(asylum(text, lang)).toEqual([expected]);
  });

  it.each([
    ['en', 'Private Ivan Orlov deserted. He plans to apply for asylum in Norway once his papers arrive.', 'intends/NO'],
    ['de', 'Der Deserteur Pawel Orlow hofft auf Asyl in Deutschland; einen Antrag hat er nicht gestellt.', 'intends/DE'],
    ['ro', 'Dezertorul Ivan Orlov are termen până în martie să depună cererea de azil în Germania.', 'intends/DE'],
    ['fr', "Le déserteur Pavel Orlov a l'intention de demander l'asile en Espagne.", 'intends/ES'],
    ['ru', 'Дезертир Иван Орлов планирует подать прошение об убежище в Армении.', 'intends/AM'],
  ])('%s: a plan, hope or deadline to file is not an application', (lang, text, expected) => {
    expect(asylum(text, lang)).toEqual([expected]);
  });

  it('an intention in the headline and the application in the body are one claim, now applied', () => {
    const text =
      'Russian deserter arrives in France to seek asylum. Pavel Orlov, a deserter, filed an asylum application in France on Monday.';
    expect(asylum(text, 'en')).toEqual(['applied/FR']);
  });

  it('an asylum authority names the country ("the IND", "BAMF")', () => {
    expect(asylum('De IND heeft de asielaanvraag van de deserteur Igor Orlov afgewezen.', 'nl')).toEqual(['refused/NL']);
    expect(asylum('Das BAMF hat den Asylantrag des Deserteurs Pawel Orlow abgelehnt.', 'de')).toEqual(['refused/DE']);
  });
});

describe('dates without a year and month spans', () => {
  it.each([
    ['en', 'He left his unit on August 30.', 'August 30', '2023-08-30', 'day'],
    ['fr', 'Il a franchi la frontière le 24 février.', '24 février', '2024-02-24', 'day'],
    ['ru', 'Он покинул часть в октябре.', 'октябре', '2023-10', 'month'],
    ['uk', 'Він вийшов до українських позицій 30 серпня.', '30 серпня', '2023-08-30', 'day'],
    ['es', 'Abandonó su base en agosto.', 'agosto', '2023-08', 'month'],
    ['nl', 'Hij meldde zich op 14 januari.', '14 januari', '2024-01-14', 'day'],
    ['lt', 'Jis atvyko rugpjūčio 30 d.', 'rugpjūčio 30 d.', '2023-08-30', 'day'],
    ['pl', 'Przekroczył granicę w październiku.', 'październiku', '2023-10', 'month'],
  ])('%s: %s resolves from the article date', (lang, text, dateText, date, precision) => {
    expect(run(text, lang, '2024-03-10').dates).toContainEqual(expect.objectContaining({ text: dateText, date, precision }));
  });

  it.each([
    ['en', 'In February and March 2023 his unit was near Bakhmut.', 'February and March 2023', '2023-02'],
    ['ru', 'В феврале и марте 2024 года батальон штурмовал посёлки.', 'феврале и марте 2024 года', '2024-02'],
    ['uk', 'У січні та лютому загін штурмував село.', 'січні та лютому', '2024-01'],
    ['fr', 'En février et mars 2024, son bataillon a combattu.', 'février et mars 2024', '2024-02'],
    ['de', 'Zwischen Januar und Juni stellten viele einen Antrag.', 'Januar und Juni', '2023-01'],
  ])('%s: two months are one span', (lang, text, dateText, date) => {
    expect(run(text, lang, '2024-03-10').dates).toContainEqual(expect.objectContaining({ text: dateText, date, precision: 'range' }));
  });
});

describe('crimes described without crime words, and who reports about whom', () => {
  it.each([
    ['en', 'Sergeant Ivan Orlov deserted. He said his unit emptied the flats and loaded washing machines onto trucks.', 'pillage'],
    ['de', 'Der Deserteur Pawel Orlow sagte, Kameraden hätten Wohnungen ausgeräumt und Fernseher mitgenommen.', 'pillage'],
    ['it', 'Il disertore Ivan Orlov ha raccontato che i commilitoni portavano via tutto dagli appartamenti.', 'pillage'],
    ['ro', 'Dezertorul Ivan Orlov a spus că soldații au luat tot din case: frigidere și covoare.', 'pillage'],
    ['ru', 'Дезертир Иван Орлов рассказал, что сослуживцы стреляли по пленным, которые подняли руки.', 'killing-hors-de-combat'],
    ['es', 'El desertor Iván Orlov dijo que vio a sus compañeros disparar contra prisioneros atados.', 'killing-hors-de-combat'],
    ['de', 'Der Deserteur Pawel Orlow sagte: „Wir sollten die Verwundeten erledigen.“', 'killing-hors-de-combat'],
    ['es', 'El desertor Iván Orlov dijo: "Nos ordenaron bombardear un mercado lleno de gente".', 'attacks-on-civilians'],
  ])('%s: %s', (lang, text, category) => {
    expect(categories(text, lang)).toContain(category);
  });

  it.each([
    ['en', "Russia's defence ministry claimed that Ukrainian forces had shelled a hospital in Belgorod, killing civilians."],
    ['ru', 'В Минобороны России заявили, что украинские военные обстреляли жилые дома и убили мирных жителей.'],
    ['fr', 'Le ministère russe de la Défense a affirmé que les forces ukrainiennes ont bombardé un marché, tuant des civils.'],
    ['es', 'El Ministerio de Defensa ruso asegura que las tropas ucranianas atacaron un autobús con civiles.'],
    ['uk', 'Міноборони Росії заявило, що українські військові нібито вбивають полонених.'],
  ])('%s: a ministry’s claim about the enemy is not an allegation', (lang, text) => {
    expect(run(text, lang).allegations).toEqual([]);
  });

  it.each([
    ['en', 'Russian forces attacked Ukrainian positions near Chasiv Yar with artillery, the General Staff said.'],
    ['cs', 'Ruská armáda pokračuje v útocích u Pokrovsku a utrpěla těžké ztráty.'],
    ['ru', 'Российская авиация нанесла удары по позициям противника.'],
    ['de', 'Russische Truppen griffen ukrainische Stellungen bei Robotyne an.'],
    ['fr', "L'armée russe a attaqué les positions ukrainiennes près de Koupiansk."],
  ])('%s: fighting in itself is not a crime', (lang, text) => {
    expect(run(text, lang).allegations).toEqual([]);
  });

  it.each([
    ['en', 'Desertion from a war of aggression is grounds for asylum, the court found.'],
    ['es', 'Piden que la deserción de una guerra de agresión se reconozca como motivo de asilo.'],
    ['ru', 'Суд посчитал, что дезертиру не грозит преследование в России.'],
    ['de', 'Das Gericht sah in der Flucht aus einem Angriffskrieg einen Grund für Asyl.'],
    ['fr', "La désertion d'une guerre d'agression peut fonder une demande d'asile."],
  ])('%s: the legal ground of an asylum claim is not an allegation', (lang, text) => {
    expect(categories(text, lang)).not.toContain('aggression');
    expect(categories(text, lang)).not.toContain('persecution');
  });
});

describe('self-incrimination in the first person plural and passive', () => {
  it.each([
    ['en', 'Captain Ivan Orlov deserted. "We were told to fire at the houses in the village," Orlov said.'],
    ['de', 'Der Deserteur Pawel Orlow sagte: „Unser Zug hat die Verwundeten erledigt.“'],
    ['it', 'Il disertore Ivan Orlov ha detto: "Ci dicevano di non fare prigionieri."'],
    ['ro', 'Dezertorul Ivan Orlov a spus: „Ne-au ordonat să tragem în prizonieri.”'],
    ['uk', 'Дезертир Іван Орлов сказав: «Нас змушували розстрілювати полонених».'],
    ['es', 'El desertor Iván Orlov dijo: "Nos ordenaron bombardear un mercado lleno de gente".'],
    ['pl', 'Dezerter Iwan Orłow powiedział: „Zabieraliśmy wszystko z mieszkań, pralki i telewizory”.'],
  ])('%s: counts when he was there', (lang, text) => {
    expect(run(text, lang).allegations.some((a) => a.selfIncriminating)).toBe(true);
  });

  it.each([
    ['lt', 'Dezertyras Ivanas Orlovas sakė, kad dalinio kariai šaudė į belaisvius. „Mes visi tai matėme“, – sakė Orlovas.'],
    ['en', 'Sergeant Ivan Orlov deserted. "I saw officers shoot two prisoners who had surrendered," Orlov said.'],
    ['de', 'Der Deserteur Pawel Orlow sagte: „Unser Kommandeur hat befohlen, keine Gefangenen zu machen.“'],
    ['cs', 'Dezertér Denis Orlov řekl, že viděl, jak vojáci jeho jednotky stříleli do civilistů.'],
    ['fr', 'Le déserteur Pavel Orlov affirme avoir vu des soldats de son unité abattre des civils.'],
  ])('%s: not when he only saw it or someone else ordered it', (lang, text) => {
    const r = run(text, lang);
    expect(r.allegations.length).toBeGreaterThan(0);
    expect(r.allegations.some((a) => a.selfIncriminating)).toBe(false);
  });
});

describe('outlets: the article’s agency and cited sources, not institutions', () => {
  it.each([
    ['en', 'PARIS, March 4 (Northwire) - A deserter arrived. Ivan Orlov told the CBC he had fled.', ['Northwire', 'CBC']],
    ['de', 'WIEN (dpa) - Ein Deserteur ist eingereist. Pawel Orlow schilderte dem ORF seine Flucht.', ['dpa', 'ORF']],
    ['fr', 'GENÈVE (Agence Lémanique) - Un déserteur, a-t-il déclaré à la Tribune de Genève.', ['Agence Lémanique', 'Tribune de Genève']],
    ['nl', 'De deserteur Igor Orlov vluchtte, zei hij tegen het Algemeen Dagblad.', ['Algemeen Dagblad']],
    ['ro', 'Dezertorul Ivan Orlov a povestit pentru Digi24 cum a fugit.', ['Digi24']],
  ])('%s: %s', (lang, text, outlets) => {
    expect(run(text, lang).citedOutlets).toEqual(outlets);
  });

  it.each([
    ['de', 'Das Innenministerium äußerte sich nicht zu dem Einzelfall, sagte der Sprecher dem Bundesamt.'],
    ['ro', 'Inspectoratul General pentru Imigrări nu a comentat.'],
    ['pl', 'Potwierdził to Urząd do Spraw Cudzoziemców.'],
    ['en', 'He flew to Paris and told the Immigration and Refugee Board his story.'],
    ['fr', "Il a déclaré à la Cour nationale du droit d'asile qu'il avait fui."],
  ])('%s: institutions are not outlets', (lang, text) => {
    expect(run(text, lang).citedOutlets).toEqual([]);
  });
});

describe('titles: the headline, not a ticker line', () => {
  const read = (text: string) => extractReading(new TextEncoder().encode(text), 'article.txt');
  it.each([
    [
      'en',
      '• USD 97.42 ▲ • EUR 104.10 ▼\nRussian gunner crosses the lines near Kupiansk\n14 June 2024\n\nA Russian gunner crossed over to Ukrainian positions on Friday, officials said.',
      'Russian gunner crosses the lines near Kupiansk',
    ],
    [
      'uk',
      'Курс: USD 41,20 • EUR 44,85\nРосійський навідник перейшов на бік України\n21 жовтня 2024\n\nРосійський військовий перейшов до українських позицій у п’ятницю, повідомили в штабі.',
      'Російський навідник перейшов на бік України',
    ],
    [
      'ru',
      '«Нам приказали стрелять по домам»\nБывший наводчик рассказал о службе\n2 апреля 2025\n\nБывший наводчик рассказал, как его батальон воевал под Авдеевкой и почему он ушёл.',
      '«Нам приказали стрелять по домам»',
    ],
    [
      'de',
      'DAX 18.432 ▲ · Dow 39.112 ▼\nRussischer Richtschütze läuft zur Ukraine über\n22. Januar 2025\n\nEin russischer Soldat ist nach Angaben aus Kiew zu den ukrainischen Truppen übergelaufen.',
      'Russischer Richtschütze läuft zur Ukraine über',
    ],
    [
      'fr',
      '« On nous disait de tout raser » : un déserteur russe témoigne\n14 avril 2025\n\nUn ancien tankiste russe raconte comment son bataillon a combattu autour d’Avdiïvka.',
      '« On nous disait de tout raser » : un déserteur russe témoigne',
    ],
  ])('%s: %s', async (_lang, text, title) => {
    expect((await read(text)).title).toBe(title);
  });
});
