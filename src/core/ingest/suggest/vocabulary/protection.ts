/**
 * Protection told without the word asylum, and the verbs of its stages the vocabularies lack (issue #13): refugee
 * status given by recognising him as a refugee («признало его беженцем», "allowed to stay as a refugee", "uznany za
 * uchodźcę"), subsidiary or humanitarian protection ("protecție subsidiară", "humanitarian visas", "permesso di
 * soggiorno per motivi umanitari"), protection asked of a country ("asked the protection of Germany", "chiede
 * protezione all'Italia"), the verbs that grant it ("nadał mu status", "recognised"), and a plan told with a future
 * or conditional ("he would file a claim"). Merged into each vocabulary's asylum lists by `withProtection`.
 * Terms use the syntax of ../terms.ts.
 */
import { toCyrillic } from './sr';
import type { Vocabulary } from './types';

/** Serbian forms in both scripts, as ./sr.ts writes its own. */
function bothScripts(p: ProtectionForms): ProtectionForms {
  const both = (t: string[]) => [...new Set([...t, ...t.map(toCyrillic)])];
  return { protection: both(p.protection), granted: both(p.granted), applied: both(p.applied), intends: both(p.intends) };
}

export interface ProtectionForms {
  /** Merged into asylum.noun: the protection itself. */
  protection: string[];
  /** Merged into asylum.granted. */
  granted: string[];
  /** Merged into asylum.applied. */
  applied: string[];
  /** Merged into asylum.intends. */
  intends: string[];
}

export const PROTECTION: Record<string, ProtectionForms> = {
  en: {
    protection: [
      'as a refugee',
      'in need of protection',
      'subsidiary protection',
      'humanitarian visa*',
      'residence permit on humanitarian grounds',
      'leave to remain',
      'asked .. protection',
      'sought protection',
      'seeking protection',
      'seeks protection',
    ],
    granted: ['recognised', 'recognized', 'allowed to stay', 'given leave to remain', 'gave him', 'has given', 'was given', 'were given'],
    applied: ['asked .. protection', 'sought protection', 'seeking protection'],
    intends: ['would file', 'would apply', 'would seek', 'would claim', 'will file', 'will lodge', 'will claim'],
  },
  ru: {
    protection: [
      'признал* .. беженцем',
      'признан* беженцем',
      'гуманитарн* виз*',
      'временн* убежищ*',
      'дополнительн* защит*',
      'нуждающ* в защите',
      'нуждается в защите',
    ],
    // Not признался (he confessed).
    granted: ['признал', 'признала', 'признало', 'признали', 'признан', 'признана', 'предоставил*', 'выдал*', 'дали ему'],
    applied: ['обратил* за защитой', 'попросил* защиты'],
    intends: ['собирается подать', 'подаст'],
  },
  uk: {
    protection: [
      'визнав* .. біженцем',
      'визнал* .. біженцем',
      'визнан* біженцем',
      'гуманітарн* віз*',
      'додатков* захист*',
      'потребує захисту',
      'потребують захисту',
      'потребуючи* захисту',
    ],
    // Not визнався (he confessed).
    granted: ['визнав', 'визнала', 'визнало', 'визнали', 'визнано', 'визнаний', 'надал*', 'видал*', 'дали йому'],
    applied: ['звернув* по захист', 'попросив* захисту'],
    intends: ['збирається подати', 'подасть'],
  },
  de: {
    protection: [
      'als flüchtling',
      'schutzbedürftig*',
      'flüchtlingseigenschaft',
      'subsidiär* schutz*',
      'humanitär* visum',
      'humanitäre* visa',
      'aufenthaltserlaubnis aus humanitären gründen',
      'aufenthaltstitel aus humanitären gründen',
    ],
    granted: ['zuerkannt', 'zuerkennt', 'erteilt', 'darf bleiben', 'gewährt', 'gegeben', 'gab ihm'],
    applied: ['gestellt'],
    intends: ['stellen will', 'beantragen will', 'wird .. beantragen', 'will .. beantragen'],
  },
  fr: {
    protection: ['comme réfugié', 'reconnu réfugié', 'visa humanitaire', 'titre de séjour pour raisons humanitaires'],
    granted: ['reconnu', 'a obtenu', 'lui a accordé', 'lui a donné', 'lui ont donné', 'lui a délivré'],
    applied: ['a demandé la protection'],
    intends: ['va demander', 'compte demander', 'déposera'],
  },
  pl: {
    protection: [
      'jako uchodźc*',
      'uznan* za uchodźcę',
      'ochron* uzupełniając*',
      'wiz* humanitarn*',
      'zgod* na pobyt ze względów humanitarnych',
    ],
    granted: ['nadał*', 'nadano', 'uznał*', 'uznany', 'udzielił*', 'udzielono', 'przyznał*', 'przyznano', 'dał mu', 'dali mu'],
    applied: ['złożył* wniosek', 'wystąpił* o'],
    intends: ['złoży', 'zamierza złożyć', 'chce złożyć'],
  },
  es: {
    protection: [
      'como refugiado',
      'protección subsidiaria',
      'protección humanitaria',
      'visado humanitario',
      'visado por razones humanitarias',
      'residencia por razones humanitarias',
      'pide protección',
    ],
    granted: [
      'reconocid*',
      'le concedió',
      'le ha concedido',
      'le reconoció',
      'le reconocieron',
      'le ha reconocido',
      'le dio',
      'le dieron',
      'le otorgó',
    ],
    applied: ['pide protección', 'ha pedido protección', 'pidió protección'],
    intends: ['va a pedir', 'pedirá', 'solicitará'],
  },
  it: {
    protection: [
      'come rifugiato',
      'protezione umanitaria',
      'visto umanitario',
      'permesso di soggiorno per motivi umanitari',
      // The residence permit for special protection, given after a refusal of asylum and of subsidiary protection.
      'protezione speciale',
      'permesso di soggiorno',
      'chiede protezione',
      'chiesto protezione',
      'domanda di protezione',
    ],
    granted: [
      'riconosciut*',
      'gli ha concesso',
      'è stata concessa',
      'è stato concesso',
      'gli ha dato',
      'gli hanno dato',
      'gli ha riconosciuto',
    ],
    applied: ['ha presentato domanda', 'chiede protezione', 'chiesto protezione'],
    intends: ['chiederà', 'presenterà', 'intende chiedere'],
  },
  ro: {
    protection: ['protecție subsidiară', 'protecția subsidiară', 'ca refugiat', 'viză umanitară', 'protecție umanitară'],
    granted: ['i-a acordat', 'a acordat', 'recunoscut', 'i-a dat', 'i-au dat', 'i-au acordat'],
    applied: ['a cerut protecție', 'a solicitat protecție'],
    intends: ['va cere', 'va solicita', 'urmează să depună'],
  },
  nl: {
    protection: ['als vluchteling', 'subsidiaire bescherming', 'humanitair visum', 'verblijfsvergunning op humanitaire gronden'],
    granted: ['erkend', 'mag blijven', 'ingewilligd', 'willigde .. in', 'willigt .. in', 'gaf hem', 'heeft hem .. gegeven', 'verleend'],
    applied: ['heeft aangevraagd', 'vraagt bescherming'],
    intends: ['gaat aanvragen', 'zal aanvragen', 'wil aanvragen'],
  },
  lt: {
    protection: ['papildom* apsaug*', 'humanitarin* viz*', 'pabėgėliu'],
    granted: ['pripažin*', 'suteikė', 'suteikta', 'suteiktas', 'davė'],
    applied: ['pateikė prašym*'],
    intends: ['ketina prašyti', 'prašys', 'pateiks'],
  },
  cs: {
    protection: ['jako uprchlík*', 'humanitární víz*', 'humanitární azyl', 'doplňkov* ochran*', 'o mezinárodní ochranu'],
    granted: ['uznal*', 'uznán*', 'udělilo', 'udělil*', 'přiznal*', 'přiznán*'],
    applied: ['požádal* o ochranu', 'podal* žádost'],
    intends: ['požádá', 'hodlá požádat', 'chce požádat'],
  },
  // The later vocabularies: protection in the words each language's authorities use, and "gave" / "recognised" as a grant.
  pt: {
    protection: [
      'razões humanitárias',
      'proteção humanitária',
      'protecção humanitária',
      'como refugiado',
      'visto humanitário',
      'pede proteção',
      'pediu proteção',
    ],
    granted: ['deram', 'deu-lhe', 'lhe deu', 'reconheceu', 'reconheceram', 'concederam', 'atribuíram'],
    applied: ['pediu proteção', 'pede proteção'],
    intends: ['vai pedir', 'pedirá', 'vai apresentar'],
  },
  sv: {
    protection: ['skyddsbehövande', 'som flykting', 'humanitära skäl', 'ömmande omständigheter', 'tillfälligt skydd'],
    // "förklaras alternativt skyddsbehövande och ska få uppehållstillstånd", "får stanna": declared in need of
    // protection, to get a permit, allowed to stay.
    granted: ['gett', 'gav', 'givit', 'getts', 'erkänd*', 'erkänt', 'förklaras', 'förklarades', 'ska få', 'får stanna', 'fick stanna'],
    applied: ['bett om skydd', 'bad om skydd'],
    intends: ['ska söka', 'kommer att söka'],
  },
  fi: {
    protection: [
      'toissijais* suojelu*',
      'oleskelulu*',
      'humanitaarisin perustein',
      'humanitaarisista syistä',
      'pakolaisasem*',
      'pakolaiseksi',
    ],
    granted: ['antoi', 'antoivat', 'antanut', 'myönsi', 'myönnettiin', 'tunnusti'],
    applied: ['pyysi suojelua', 'hakenut suojelua'],
    intends: ['aikoo hakea', 'hakee myöhemmin'],
  },
  lv: {
    protection: [
      'alternatīv* status*',
      'bēgļa status*',
      'humān* vīz*',
      'humānu apsvērumu',
      'starptautisk* aizsardzīb*',
      'uzturēšanās atļauj*',
    ],
    granted: ['deva', 'devusi', 'atzina', 'izsniedza', 'izsniegta', 'izsniegts'],
    applied: ['lūdza aizsardzību', 'lūdzis aizsardzību'],
    intends: ['plāno lūgt', 'gatavojas lūgt'],
  },
  hu: {
    protection: ['kiegészítő védelem*', 'kiegészítő védelm*', 'humanitárius', 'menekültként'],
    granted: ['adott', 'adta', 'adták', 'megadta', 'elismerte', 'elismerték'],
    applied: ['védelmet kért', 'oltalmat kért'],
    intends: ['kérni fog', 'kérni akar'],
  },
  tr: {
    protection: ['mülteci olarak', 'insani ikamet*', 'insani vize*', 'koruma talep*'],
    granted: ['verdi', 'tanıdı', 'sağladı', 'verilmiş'],
    applied: ['koruma talep etti', 'koruma istedi'],
    intends: ['başvuracak', 'talep edecek'],
  },
  bg: {
    protection: ['хуманитарен статут', 'статут на бежанец', 'бежански статут', 'международна закрила', 'поиска закрила', 'потърси закрила'],
    granted: ['даде', 'дадоха', 'дадено', 'призна', 'признаха', 'му е предоставил*'],
    applied: ['поиска закрила', 'потърси закрила'],
    intends: ['ще поиска', 'ще кандидатства'],
  },
  sr: bothScripts({
    protection: [
      'zatraži* zaštit*',
      'traži* zaštit*',
      'dobi* zaštit*',
      'humanitarn* viz*',
      'humanitarn* razlog*',
      'kao izbeglic*',
      'kao izbjeglic*',
    ],
    granted: ['dao', 'dala', 'dali', 'dodeli*', 'dodijeli*', 'priznao', 'priznala', 'priznali'],
    applied: ['zatražio zaštitu', 'zatražila zaštitu', 'traži zaštitu'],
    intends: ['planira da zatraži', 'namerava da zatraži', 'namjerava zatražiti', 'zatražiće'],
  }),
  ka: {
    protection: ['ლტოლვილის სტატუს*', 'ჰუმანიტარულ*', 'საერთაშორისო დაცვ*', 'დამატებით* დაცვ*'],
    granted: ['მისცა', 'მიანიჭა', 'აღიარა'],
    applied: ['დაცვა ითხოვა', 'დაცვას ითხოვს'],
    intends: ['აპირებს მოითხოვოს', 'მოითხოვს'],
  },
};

/** The vocabulary with its language's protection forms merged into the asylum lists. */
export function withProtection(vocabulary: Vocabulary): Vocabulary {
  const p = PROTECTION[vocabulary.lang];
  if (!p) return vocabulary;
  const a = vocabulary.asylum;
  return {
    ...vocabulary,
    asylum: {
      ...a,
      noun: [...a.noun, ...p.protection],
      granted: [...a.granted, ...p.granted],
      applied: [...a.applied, ...p.applied],
      intends: [...a.intends, ...p.intends],
    },
  };
}
