/** Small hand-written articles for the case-operations tests (spans computed from the text). */
import { type ArticleSpec, span } from './fixture';

const T1 =
  'Igor Salikov, a former GRU colonel, spoke to the Dutch broadcaster NPO1. ' +
  'He said he witnessed the execution of prisoners of war near Bakhmut in June 2022. ' +
  '“I have seen people from the secret services take children across the border into Belarus,” the 60-year-old said. ' +
  'His commander Pavel Orlov gave the orders. He now intends to seek political asylum in the Netherlands.';

export const salikovNpo: ArticleSpec = {
  fileName: 'salikov-npo.txt',
  title: 'Former GRU colonel to testify',
  outlet: 'Express',
  text: T1,
  reading: {
    subject: {
      name: 'Igor Salikov',
      aliases: ['Игорь Саликов'],
      rank: 'colonel',
      affiliation: ['GRU'],
      age: 60,
      ...span(T1, 'Igor Salikov'),
    },
    people: [{ name: 'Pavel Orlov', role: 'commander', ...span(T1, 'Pavel Orlov') }],
    quotes: [
      {
        text: 'I have seen people from the secret services take children across the border into Belarus',
        speaker: 'Igor Salikov',
        ...span(T1, 'I have seen people from the secret services take children across the border into Belarus'),
      },
    ],
    dates: [{ text: 'June 2022', date: '2022-06', precision: 'month', ...span(T1, 'June 2022') }],
    allegations: [
      {
        category: 'killing-hors-de-combat',
        provisions: [],
        text: 'the execution of prisoners of war',
        basis: 'first-hand',
        selfIncriminating: false,
        ...span(T1, 'the execution of prisoners of war'),
      },
      {
        category: 'deportation-transfer',
        provisions: ['8(2)(a)(vii)', '8(2)(b)(viii)'],
        text: 'take children across the border into Belarus',
        basis: 'first-hand',
        selfIncriminating: false,
        ...span(T1, 'take children across the border into Belarus'),
      },
    ],
    asylum: [
      {
        status: 'intends',
        country: 'NL',
        text: 'He now intends to seek political asylum in the Netherlands.',
        ...span(T1, 'He now intends to seek political asylum in the Netherlands.'),
      },
    ],
    places: [{ name: 'Bakhmut', country: 'UA', ...span(T1, 'Bakhmut') }],
    countries: ['NL', 'UA', 'BY'],
    citedOutlets: ['NPO1'],
  },
};

const T2 =
  'According to an interview with the Dutch public broadcaster NPO1, Salikov described the execution of prisoners of war in 2022. ' +
  'He said: “I have seen people from the secret services take children across the border into Belarus.” ' +
  'The Kremlin did not respond.';

/** Same interview, reported by another outlet: must not count as independent. */
export const salikovPolitico: ArticleSpec = {
  fileName: 'salikov-politico.txt',
  title: 'Colonel describes POW executions',
  outlet: 'POLITICO',
  text: T2,
  reading: {
    dates: [{ text: '2022', date: '2022', precision: 'year', ...span(T2, '2022') }],
    allegations: [
      {
        category: 'killing-hors-de-combat',
        provisions: [],
        text: 'the execution of prisoners of war',
        basis: 'reported',
        selfIncriminating: false,
        ...span(T2, 'the execution of prisoners of war'),
      },
    ],
    citedOutlets: ['NPO1'],
  },
};

const T3 =
  'A second soldier, who gave his name as Dmitri, told Meduza in Vilnius that prisoners of war were shot after surrendering near Bakhmut in July 2022. ' +
  '“We were told to take no prisoners,” he said. He applied for asylum in Lithuania on 3 August 2023.';

/** An independent witness, other outlet, no shared quote. */
export const dmitriMeduza: ArticleSpec = {
  fileName: 'dmitri-meduza.txt',
  title: 'Soldier says POWs were shot',
  outlet: 'Meduza',
  text: T3,
  reading: {
    people: [{ name: 'Dmitri', role: 'soldier', ...span(T3, 'Dmitri') }],
    quotes: [{ text: 'We were told to take no prisoners', speaker: 'Dmitri', ...span(T3, 'We were told to take no prisoners') }],
    dates: [
      { text: 'July 2022', date: '2022-07', precision: 'month', ...span(T3, 'July 2022') },
      { text: '3 August 2023', date: '2023-08-03', precision: 'day', ...span(T3, '3 August 2023') },
    ],
    allegations: [
      {
        category: 'killing-hors-de-combat',
        provisions: [],
        text: 'prisoners of war were shot after surrendering',
        basis: 'reported',
        selfIncriminating: false,
        ...span(T3, 'prisoners of war were shot after surrendering'),
      },
    ],
    asylum: [
      {
        status: 'applied',
        country: 'LT',
        text: 'He applied for asylum in Lithuania on 3 August 2023.',
        ...span(T3, 'He applied for asylum in Lithuania on 3 August 2023.'),
      },
    ],
    citedOutlets: [],
  },
};

const T4 =
  'Silver, un tânăr de 24 de ani din Siberia, a povestit despre execuţii extrajudiciare, bătăi şi jafuri comise de soldaţi ruşi în iarna 2024. ' +
  'El a activat dispozitive explozive în sediul unităţii.';

export const silverRo: ArticleSpec = {
  fileName: 'silver-ro.txt',
  title: 'Dezertorul Silver',
  outlet: 'Digi24',
  language: 'ro',
  text: T4,
  reading: {
    subject: { name: 'Silver', aliases: ['Argint'], rank: 'drone operator', affiliation: ['Freedom of Russia Legion'], age: 24 },
    allegations: [
      { category: 'pillage', provisions: [], text: 'jafuri', basis: 'reported', selfIncriminating: false, ...span(T4, 'jafuri') },
      {
        category: 'other',
        provisions: [],
        text: 'a activat dispozitive explozive în sediul unităţii',
        basis: 'first-hand',
        selfIncriminating: true,
        victimStatus: 'own-troops',
        ...span(T4, 'a activat dispozitive explozive în sediul unităţii'),
      },
    ],
    dates: [{ text: 'iarna 2024', date: '2024', precision: 'season', ...span(T4, 'iarna 2024') }],
    citedOutlets: ['CNN'],
  },
};
