/**
 * Protection told without the word asylum, and the verbs of its stages the vocabularies lack (issue #13): refugee
 * status given by recognising him as a refugee («признало его беженцем», "allowed to stay as a refugee", "uznany za
 * uchodźcę"), subsidiary or humanitarian protection ("protecție subsidiară", "humanitarian visas", "permesso di
 * soggiorno per motivi umanitari"), protection asked of a country ("asked the protection of Germany", "chiede
 * protezione all'Italia"), the verbs that grant it ("nadał mu status", "recognised"), and a plan told with a future
 * or conditional ("he would file a claim"). Merged into each vocabulary's asylum lists by `withProtection`.
 * Terms use the syntax of ../terms.ts.
 */
import type { Vocabulary } from './types';

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
      'subsidiary protection',
      'humanitarian visa*',
      'residence permit on humanitarian grounds',
      'leave to remain',
      'asked .. protection',
      'sought protection',
      'seeking protection',
      'seeks protection',
    ],
    granted: ['recognised', 'recognized', 'allowed to stay', 'given leave to remain'],
    applied: ['asked .. protection', 'sought protection', 'seeking protection'],
    intends: ['would file', 'would apply', 'would seek', 'would claim', 'will file', 'will lodge', 'will claim'],
  },
  ru: {
    protection: ['признал* .. беженцем', 'признан* беженцем', 'гуманитарн* виз*', 'временн* убежищ*', 'дополнительн* защит*'],
    // Not признался (he confessed).
    granted: ['признал', 'признала', 'признало', 'признали', 'признан', 'признана'],
    applied: ['обратил* за защитой', 'попросил* защиты'],
    intends: ['собирается подать', 'подаст'],
  },
  uk: {
    protection: ['визнав* .. біженцем', 'визнал* .. біженцем', 'визнан* біженцем', 'гуманітарн* віз*', 'додатков* захист*'],
    // Not визнався (he confessed).
    granted: ['визнав', 'визнала', 'визнало', 'визнали', 'визнано', 'визнаний'],
    applied: ['звернув* по захист', 'попросив* захисту'],
    intends: ['збирається подати', 'подасть'],
  },
  de: {
    protection: [
      'als flüchtling',
      'flüchtlingseigenschaft',
      'subsidiär* schutz*',
      'humanitär* visum',
      'humanitäre* visa',
      'aufenthaltserlaubnis aus humanitären gründen',
      'aufenthaltstitel aus humanitären gründen',
    ],
    granted: ['zuerkannt', 'erteilt', 'darf bleiben'],
    applied: ['gestellt'],
    intends: ['stellen will', 'beantragen will', 'wird .. beantragen', 'will .. beantragen'],
  },
  fr: {
    protection: ['comme réfugié', 'reconnu réfugié', 'visa humanitaire', 'titre de séjour pour raisons humanitaires'],
    granted: ['reconnu', 'a obtenu', 'lui a accordé'],
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
    granted: ['nadał*', 'nadano', 'uznał*', 'uznany', 'udzielił*', 'udzielono'],
    applied: ['złożył* wniosek', 'wystąpił* o'],
    intends: ['złoży', 'zamierza złożyć', 'chce złożyć'],
  },
  es: {
    protection: ['como refugiado', 'protección subsidiaria', 'visado humanitario', 'visado por razones humanitarias', 'pide protección'],
    granted: ['reconocid*', 'le concedió', 'le ha concedido'],
    applied: ['pide protección', 'ha pedido protección', 'pidió protección'],
    intends: ['va a pedir', 'pedirá', 'solicitará'],
  },
  it: {
    protection: [
      'come rifugiato',
      'protezione umanitaria',
      'visto umanitario',
      'permesso di soggiorno per motivi umanitari',
      'chiede protezione',
      'chiesto protezione',
      'domanda di protezione',
    ],
    granted: ['riconosciut*', 'gli ha concesso', 'è stata concessa', 'è stato concesso'],
    applied: ['ha presentato domanda', 'chiede protezione', 'chiesto protezione'],
    intends: ['chiederà', 'presenterà', 'intende chiedere'],
  },
  ro: {
    protection: ['protecție subsidiară', 'protecția subsidiară', 'ca refugiat', 'viză umanitară', 'protecție umanitară'],
    granted: ['i-a acordat', 'a acordat', 'recunoscut'],
    applied: ['a cerut protecție', 'a solicitat protecție'],
    intends: ['va cere', 'va solicita', 'urmează să depună'],
  },
  nl: {
    protection: ['als vluchteling', 'subsidiaire bescherming', 'humanitair visum', 'verblijfsvergunning op humanitaire gronden'],
    granted: ['erkend', 'mag blijven', 'ingewilligd', 'willigde .. in', 'willigt .. in'],
    applied: ['heeft aangevraagd', 'vraagt bescherming'],
    intends: ['gaat aanvragen', 'zal aanvragen', 'wil aanvragen'],
  },
  lt: {
    protection: ['papildom* apsaug*', 'humanitarin* viz*', 'pabėgėliu'],
    granted: ['pripažin*', 'suteikė'],
    applied: ['pateikė prašym*'],
    intends: ['ketina prašyti', 'prašys', 'pateiks'],
  },
  cs: {
    protection: ['jako uprchlík*', 'humanitární víz*', 'humanitární azyl', 'doplňkov* ochran*', 'o mezinárodní ochranu'],
    granted: ['uznal*', 'uznán*', 'udělilo'],
    applied: ['požádal* o ochranu', 'podal* žádost'],
    intends: ['požádá', 'hodlá požádat', 'chce požádat'],
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
