/**
 * The error classes of issue #13's fifth session, each in several languages, on short texts written for these
 * tests (not the evaluation sets' articles): crimes told without crime words (surrender shown, finishing off,
 * leaving no one alive, people put on buses, goods listed in the next sentence, beating in interrogation,
 * civilian objects aimed at), who claims what (Russia's officials about the enemy, a prisoner on trial as the
 * doer), negation written into the verb, bylines, subjects named by a given name no list has, quoted headlines
 * as titles, "we did it" and shots into the air, outlets in their citation forms, desertion and protection in
 * plain words, an overturned refusal.
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string, date: string | null = '2025-03-10') =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null });
const categories = (text: string, language: string) => [...new Set(run(text, language).allegations.map((a) => a.category))].sort();
const asylum = (text: string, language: string) => run(text, language).asylum.map((a) => `${a.status}/${a.country}`);
const selfIncriminating = (text: string, language: string) => run(text, language).allegations.some((a) => a.selfIncriminating);

describe('killing someone who showed he surrendered, without the word', () => {
  it.each([
    ['en', 'The soldiers shot the men who walked out with their hands up.', 'The soldiers shot the men who walked out.'],
    ['ru', 'Солдаты стреляли по тем, кто выходил с белым флагом.', 'Солдаты стреляли по тем, кто выходил.'],
    ['de', 'Wer mit erhobenen Händen herauskam, wurde erschossen.', 'Wer herauskam, wurde erschossen.'],
    ['it', 'Hanno ucciso chi usciva con le mani alzate.', 'Hanno ucciso chi usciva.'],
    ['pl', 'Zastrzelili tych, którzy szli z białą flagą.', 'Zastrzelili tych, którzy szli.'],
    ['es', 'Mataron a los que salían con las manos en alto.', 'Mataron a los que salían.'],
  ])('%s', (lang, shown, plain) => {
    expect(categories(shown, lang)).toContain('killing-hors-de-combat');
    expect(categories(plain, lang)).not.toContain('killing-hors-de-combat');
  });
});

describe('finishing off the wounded, and leaving no one alive', () => {
  it.each([
    ['en', 'The wounded were finished where they lay.'],
    ['ru', 'Раненых добивали прямо в окопе.'],
    ['pl', 'Rannych dobijaliśmy w okopie.'],
    ['lt', 'Sužeistuosius pribaigėme apkase.'],
    ['cs', 'Zraněné dorazili v zákopu.'],
  ])('finishing off, %s', (lang, text) => {
    expect(categories(text, lang)).toContain('killing-hors-de-combat');
  });

  it.each([
    ['en', 'The order was to leave no one alive in the trenches.'],
    ['it', "L'ordine era di non lasciare nessuno vivo nelle trincee."],
    ['ru', 'Приказ был никого не оставлять в живых.'],
    ['de', 'Der Befehl lautete: keine Überlebenden.'],
    ['es', 'La orden era no dejar a nadie vivo.'],
    ['nl', 'Het bevel was: niemand in leven laten.'],
  ])('no survivors, %s', (lang, text) => {
    expect(categories(text, lang)).toContain('denial-of-quarter');
  });
});

describe('people put on buses or driven to Russia are moved', () => {
  it.each([
    ['en', 'Soldiers put the residents onto buses and drove them away.', 'The unit was put onto buses and driven away.'],
    ['de', 'Die Soldaten setzten die Bewohner in Busse und fuhren los.', 'Die Kompanie stieg in Busse und fuhr los.'],
    ['pl', 'Mieszkańców wsadzono do autobusów i wywieziono.', 'Pluton wsiadł do autobusów i odjechał.'],
    ['ro', 'Soldații i-au pus pe locuitori în autobuze spre Rusia.', 'Soldații s-au urcat în autobuze.'],
    ['nl', 'De bewoners werden in bussen naar Rusland gebracht.', 'De eenheid werd in bussen vervoerd.'],
  ])('%s', (lang, people, troops) => {
    expect(categories(people, lang)).toContain('deportation-transfer');
    expect(categories(troops, lang)).not.toContain('deportation-transfer');
  });
});

describe('goods carried off, listed in the next sentence', () => {
  it.each([
    ['en', 'We took what we found. Rings, bikes, food.', 'We took what we found.\n\nRings, bikes, food.'],
    ['ru', 'Забирали, что находили. Одежду, посуду, телефоны.', 'Забирали, что находили.\n\nОдежду, посуду, телефоны.'],
    ['cs', 'Brali jsme, co šlo. Prsteny, jídlo, oblečení.', 'Brali jsme, co šlo.\n\nPrsteny, jídlo, oblečení.'],
    ['pl', 'Zabieraliśmy, co było. Pierścionki, rowery, jedzenie.', 'Zabieraliśmy, co było.\n\nPierścionki, rowery, jedzenie.'],
    ['de', 'Wir haben mitgenommen, was da war. Ringe, Fahrräder, Essen.', 'Wir haben mitgenommen, was da war.\n\nRinge, Fahrräder, Essen.'],
  ])('%s', (lang, listed, apart) => {
    expect(categories(listed, lang)).toContain('pillage');
    // Another paragraph is another thought.
    expect(categories(apart, lang)).not.toContain('pillage');
  });
});

describe('beating in interrogation is torture', () => {
  it.each([
    ['en', 'During interrogations they beat him with a rifle butt.', 'They beat the drum all night.'],
    ['ru', 'На допросах задержанных избивали.', 'В казарме избивали мешок с песком.'],
    ['uk', 'Під час допитів затриманих били.', 'Годинник бив північ.'],
    ['pl', 'Podczas przesłuchań bili zatrzymanych.', 'Bili rekordy na siłowni.'],
    ['cs', 'Při výsleších zadržené bili.', 'Zvony bily poledne.'],
  ])('%s', (lang, interrogation, other) => {
    expect(categories(interrogation, lang)).toContain('torture');
    expect(categories(other, lang)).not.toContain('torture');
  });
});

describe('civilian objects aimed at, and the target said in the next sentence', () => {
  it.each([
    ['en', 'At night we shelled the houses on the edge of town.'],
    ['pl', 'Nocą ostrzeliwaliśmy domy na skraju miasta.'],
    ['de', 'Nachts haben wir die Häuser am Stadtrand beschossen.'],
    ['ru', 'Ночью мы обстреливали жилые дома на окраине.'],
    ['fr', 'La nuit, nous avons bombardé les maisons du village.'],
  ])('%s', (lang, text) => {
    expect(categories(text, lang)).toContain('attacks-on-civilians');
  });

  it.each([
    ['en', 'We dropped bombs on the grid squares we were given. Nobody asked where people live.'],
    ['uk', 'Ми скидали бомби на квадрати, які нам давали. Ніхто не питав, де живуть люди.'],
    ['it', 'Sganciavamo bombe sui quadrati indicati. Nessuno chiedeva dove vive la gente.'],
  ])('next sentence, %s', (lang, text) => {
    expect(categories(text, lang)).toContain('attacks-on-civilians');
  });
});

describe("what Russia's officials claim is about the enemy, not an allegation", () => {
  it.each([
    [
      'en',
      "Russia's defence ministry said saboteurs executed prisoners near Kursk.",
      'Prosecutors said Russian soldiers executed prisoners near Kursk.',
    ],
    [
      'uk',
      'Міноборони РФ заявило, що диверсанти розстріляли полонених.',
      'Прокурори заявили, що російські військові розстріляли полонених.',
    ],
    [
      'ru',
      'Минобороны России заявило, что диверсанты расстреляли пленных.',
      'Прокуроры заявили, что российские военные расстреляли пленных.',
    ],
    [
      'de',
      'Das russische Verteidigungsministerium behauptet, Saboteure hätten Gefangene erschossen.',
      'Ermittler sagen, russische Soldaten hätten Gefangene erschossen.',
    ],
    [
      'pl',
      'Rosyjskie ministerstwo obrony twierdzi, że dywersanci rozstrzelali jeńców.',
      'Prokuratorzy twierdzą, że rosyjscy żołnierze rozstrzelali jeńców.',
    ],
  ])('%s', (lang, claim, allegation) => {
    expect(run(claim, lang).allegations).toEqual([]);
    expect(categories(allegation, lang)).toContain('killing-hors-de-combat');
  });
});

describe('a prisoner of war on trial is the doer, not the victim', () => {
  it.each([
    ['en', 'The court sentenced a Russian prisoner of war for the murder of a civilian.'],
    ['ru', 'Суд приговорил российского военнопленного за убийство мирного жителя.'],
    ['uk', 'Суд засудив російського військовополоненого за вбивство цивільного.'],
    ['pl', 'Sąd skazał rosyjskiego jeńca za zabójstwo cywila.'],
    ['de', 'Das Gericht verurteilte einen russischen Kriegsgefangenen wegen Mordes an einem Zivilisten.'],
  ])('%s', (lang, text) => {
    const c = categories(text, lang);
    expect(c).toContain('wilful-killing');
    expect(c).not.toContain('killing-hors-de-combat');
  });
});

describe('negation written into the verb (Czech, Lithuanian)', () => {
  it.each([
    ['cs', 'Voják Igor Belov dezertoval. Tvrdí, že nezabíjel zajatce.', 'Voják Igor Belov dezertoval. Tvrdí, že zabíjel zajatce.'],
    [
      'lt',
      'Karys Igoris Belovas dezertyravo. Jis sako, kad nežudė belaisvių.',
      'Karys Igoris Belovas dezertyravo. Jis sako, kad nušovė belaisvius.',
    ],
  ])('%s: the act', (lang, negated, said) => {
    expect(categories(negated, lang)).not.toContain('killing-hors-de-combat');
    expect(categories(said, lang)).toContain('killing-hors-de-combat');
  });

  it.each([
    ['lt', 'Tarnyba mano, kad grįžus jam nekiltų persekiojimo pavojus.'],
    ['cs', 'Úřad míní, že by mu po návratu nehrozilo pronásledování.'],
    ['en', 'The office found he would face no risk of persecution on return.'],
  ])('%s: a risk of persecution', (lang, text) => {
    expect(categories(text, lang)).not.toContain('persecution');
  });
});

describe('a byline is not the subject', () => {
  it.each([
    ['en', 'By Anna Kowalska', 'Deserters seek asylum across Europe. Many crossed the border in spring.'],
    ['fr', 'Par Claire Martin', 'Les déserteurs demandent l’asile en Europe. Beaucoup ont fui au printemps.'],
    ['cs', 'Text: Petra Nováková', 'Dezertéři žádají o azyl v Evropě. Mnozí utekli na jaře.'],
    ['uk', 'Автор: Ірина Коваль', 'Дезертири просять притулку в Європі. Багато хто втік навесні.'],
  ])('%s', (lang, byline, body) => {
    expect(run(`Deserters in Europe\n\n${byline}\n\n${body}`, lang).subject).toBeNull();
  });
});

describe('a subject whose given name no list has, named again by surname', () => {
  it.each([
    ['en', 'Last spring Ravil Sagitov deserted from his unit. Sagitov now lives in Oslo.'],
    ['cs', 'Loni na jaře Ravil Sagitov dezertoval. Sagitov nyní žije v Brně.'],
    ['ro', 'Anul trecut, Ravil Sagitov a dezertat. Sagitov locuiește acum la Chișinău.'],
    ['de', 'Im Frühjahr ist Ravil Sagitow desertiert. Sagitow lebt jetzt in Leipzig.'],
    ['pl', 'Wiosną Ravil Sagitow zdezerterował. Sagitow mieszka teraz w Gdańsku.'],
  ])('%s', (lang, text) => {
    expect(run(text, lang).subject?.name).toMatch(/^Ravil Sagito[vw]$/u);
  });

  it('not an outlet whose second word recurs', () => {
    expect(run('Politico Europe reported that deserters fled. Europe is divided.', 'en').subject).toBeNull();
  });
});

describe('a headline that opens with a quotation is the title', () => {
  it.each([
    [
      "'WE LEFT NOBODY': A sapper's account of the winter\n12 March 2025\n\nThe sapper deserted in May.",
      "'WE LEFT NOBODY': A sapper's account of the winter",
    ],
    ['«Мы никого не жалели». Рассказ сапёра\n12 марта 2025\n\nСапёр дезертировал в мае.', '«Мы никого не жалели». Рассказ сапёра'],
    [
      '« Nous ne laissions personne » : le récit du sapeur\n12 mars 2025\n\nLe sapeur a déserté en mai.',
      '« Nous ne laissions personne » : le récit du sapeur',
    ],
    [
      '„Wir ließen niemanden zurück“: Ein Pionier erzählt\n12. März 2025\n\nDer Pionier desertierte im Mai.',
      '„Wir ließen niemanden zurück“: Ein Pionier erzählt',
    ],
  ])('%#', async (text, title) => {
    expect((await extractReading(new TextEncoder().encode(text), 'a.txt')).title).toBe(title);
  });

  it('a quoted sentence of the body is not', async () => {
    const r = await extractReading(
      new TextEncoder().encode('"We left nobody," the sapper said, and went on.\n\nHe deserted in May.'),
      'a.txt',
    );
    expect(r.title).toBeNull();
  });
});

describe('"we did it" after the act makes it his; a shot into the air does not', () => {
  const did: [string, string][] = [
    ['en', 'Sergeant Ivan Lebedev deserted. "The commander wanted the prisoners shot. We did it," Lebedev said.'],
    [
      'it',
      'Il sergente Ivan Lebedev ha disertato. "Il comandante voleva che i prigionieri fossero uccisi. Lo abbiamo fatto", ha detto Lebedev.',
    ],
    [
      'de',
      'Feldwebel Iwan Lebedew ist desertiert. „Der Kommandeur wollte die Gefangenen erschossen sehen. Wir haben es getan“, sagte Lebedew.',
    ],
    ['pl', 'Sierżant Iwan Lebiediew zdezerterował. „Dowódca chciał, żeby jeńców zastrzelić. Zrobiliśmy to” – powiedział Lebiediew.'],
    ['ru', 'Сержант Иван Лебедев дезертировал. «Командир хотел, чтобы пленных убили. Мы это сделали», — сказал Лебедев.'],
  ];
  it.each(did)('%s', (lang, text) => {
    expect(selfIncriminating(text, lang)).toBe(true);
  });

  it.each([
    ['en', 'Sergeant Ivan Lebedev deserted. His unit was ordered to shoot at civilians. "We fired into the air," Lebedev said.'],
    ['ro', 'Sergentul Ivan Lebedev a dezertat. Unitatea lui a primit ordin să tragă în civili. „Noi am tras în aer”, a spus Lebedev.'],
    ['ru', 'Сержант Иван Лебедев дезертировал. Его часть получила приказ стрелять по мирным. «Мы стреляли в воздух», — сказал Лебедев.'],
  ])('into the air, %s', (lang, text) => {
    expect(selfIncriminating(text, lang)).toBe(false);
  });
});

describe('outlets in their citation forms', () => {
  it.each([
    ['it', 'Il disertore ha chiesto asilo, riferisce l’Ansa.', 'ANSA'],
    ['de', 'Der Deserteur hat dem Deutschlandfunk von der Flucht erzählt.', 'Deutschlandfunk'],
    ['pl', 'Jak podała Ukraińska Prawda, dezerter prosi o azyl.', 'Ukrainska Pravda'],
    ['pl', 'Według Ukraińskiej Prawdy dezerter prosi o azyl.', 'Ukrainska Pravda'],
    ['cs', 'Podle Meduzy dezertér žádá o azyl.', 'Meduza'],
  ])('%s: %s', (lang, text, outlet) => {
    expect(run(text, lang).citedOutlets).toContain(outlet);
  });
});

describe('desertion, protection and a present-tense application in plain words', () => {
  it.each([
    ['en', 'Ivan Lebedev did not return from leave in May. He now lives in Riga.'],
    ['de', 'Iwan Lebedew kam im Mai aus dem Urlaub nicht zurück. Er lebt jetzt in Riga.'],
    ['pl', 'Iwan Lebiediew nie wrócił z urlopu w maju. Mieszka teraz w Rydze.'],
    ['ru', 'Иван Лебедев не вернулся из отпуска в мае. Теперь он живёт в Риге.'],
    ['it', 'Ivan Lebedev non è rientrato dalla licenza a maggio. Ora vive a Riga.'],
  ])('desertion, %s', (lang, text) => {
    expect(run(text, lang).subject?.name).toMatch(/^(?:Ivan|Iwan|Иван) Leb|^Иван Лебедев$/u);
  });

  it.each([
    ['en', 'Sergeant Ivan Lebedev deserted. He has asked the Finnish authorities for protection.', 'applied/FI'],
    ['de', 'Feldwebel Iwan Lebedew ist desertiert. In Deutschland hat er Flüchtlingsschutz beantragt.', 'applied/DE'],
    ['cs', 'Seržant Ivan Lebeděv dezertoval. Teď žádá o azyl v Česku.', 'applied/CZ'],
  ])('protection, %s', (lang, text, expected) => {
    expect(asylum(text, lang)).toEqual([expected]);
  });

  it.each([
    ['fr', "Le sergent Ivan Lebedev a déserté. La Cour lui a accordé l'asile en France, infirmant un refus de l'Ofpra.", 'granted/FR'],
    ['en', 'Sergeant Ivan Lebedev deserted. A court granted him asylum in France, overturning a refusal.', 'granted/FR'],
    ['ru', 'Сержант Иван Лебедев дезертировал. Суд предоставил ему убежище во Франции, отменив отказ.', 'granted/FR'],
  ])('an overturned refusal, %s', (lang, text, expected) => {
    expect(asylum(text, lang)).toEqual([expected]);
  });
});

describe('"in the September" of a machine translation is a month', () => {
  it('en', () => {
    expect(run('He left the unit in the September and came to Vilnius.', 'en').dates).toContainEqual(
      expect.objectContaining({ date: '2024-09', precision: 'month' }),
    );
  });
});
