/**
 * Crime categories → Rome Statute provisions and their Elements of Crimes short titles (legal.md §1,
 * DESIGN §4). The case-operations work ships `resources/taxonomy.json`; when it is present and has the
 * expected shape its titles win (loaded once), otherwise this table is used. Short titles have no legal
 * effect (Elements of Crimes, General Introduction para. 10) and the export says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from './resources';

export const CATEGORY_LABELS: Record<string, string> = {
  'wilful-killing': 'Killing or execution of civilians / protected persons',
  'killing-hors-de-combat': 'Killing of prisoners of war, the wounded or those surrendering',
  'denial-of-quarter': '“Take no prisoners” orders',
  'execution-without-trial': 'Sentencing or execution without a court',
  torture: 'Torture, inhuman or cruel treatment',
  'outrages-on-dignity': 'Outrages upon personal dignity',
  'deportation-transfer': 'Deportation or transfer of population, including children',
  'unlawful-confinement': 'Hostage-taking, unlawful detention, disappearance, filtration',
  'attacks-on-civilians': 'Attacks on civilians or civilian objects',
  pillage: 'Pillage',
  'sexual-violence': 'Rape and other sexual violence',
  'perfidy-misuse-of-uniform': 'Perfidy, misuse of enemy uniform, false flag',
  'forced-service': 'Compelling prisoners or civilians to serve',
  'child-soldiers': 'Using or enlisting children under 15',
  genocide: 'Genocide',
  persecution: 'Persecution',
  aggression: 'Evidence of the crime of aggression',
  other: 'Other misconduct (not an international crime as such)',
};

export const CATEGORY_PROVISIONS: Record<string, string[]> = {
  'wilful-killing': ['8(2)(a)(i)', '8(2)(c)(i)', '7(1)(a)'],
  'killing-hors-de-combat': ['8(2)(b)(vi)', '8(2)(a)(i)', '8(2)(c)(i)'],
  'denial-of-quarter': ['8(2)(b)(xii)', '8(2)(e)(x)'],
  'execution-without-trial': ['8(2)(c)(iv)', '8(2)(a)(vi)'],
  torture: ['8(2)(a)(ii)', '8(2)(c)(i)', '7(1)(f)'],
  'outrages-on-dignity': ['8(2)(b)(xxi)', '8(2)(c)(ii)'],
  'deportation-transfer': ['8(2)(a)(vii)', '8(2)(b)(viii)', '7(1)(d)', '6(e)'],
  'unlawful-confinement': ['8(2)(a)(vii)', '8(2)(a)(viii)', '7(1)(e)', '7(1)(i)'],
  'attacks-on-civilians': ['8(2)(b)(i)', '8(2)(b)(ii)', '8(2)(b)(iv)', '8(2)(b)(v)', '8(2)(b)(ix)'],
  pillage: ['8(2)(b)(xvi)', '8(2)(e)(v)'],
  'sexual-violence': ['8(2)(b)(xxii)', '8(2)(e)(vi)', '7(1)(g)'],
  'perfidy-misuse-of-uniform': ['8(2)(b)(vii)', '8(2)(b)(xi)'],
  'forced-service': ['8(2)(a)(v)', '8(2)(b)(xv)'],
  'child-soldiers': ['8(2)(b)(xxvi)', '8(2)(e)(vii)'],
  genocide: ['6(a)', '6(b)', '6(c)', '6(d)', '6(e)'],
  persecution: ['7(1)(h)'],
  aggression: ['8 bis'],
  other: [],
};

export const SHORT_TITLES: Record<string, string> = {
  '6(a)': 'Genocide by killing',
  '6(b)': 'Genocide by causing serious bodily or mental harm',
  '6(c)': 'Genocide by deliberately inflicting conditions of life calculated to bring about physical destruction',
  '6(d)': 'Genocide by imposing measures intended to prevent births',
  '6(e)': 'Genocide by forcibly transferring children',
  '7(1)(a)': 'Crime against humanity of murder',
  '7(1)(b)': 'Crime against humanity of extermination',
  '7(1)(c)': 'Crime against humanity of enslavement',
  '7(1)(d)': 'Crime against humanity of deportation or forcible transfer of population',
  '7(1)(e)': 'Crime against humanity of imprisonment or other severe deprivation of physical liberty',
  '7(1)(f)': 'Crime against humanity of torture',
  '7(1)(g)': 'Crime against humanity of rape and other sexual violence',
  '7(1)(h)': 'Crime against humanity of persecution',
  '7(1)(i)': 'Crime against humanity of enforced disappearance of persons',
  '7(1)(k)': 'Crime against humanity of other inhumane acts',
  '8(2)(a)(i)': 'War crime of wilful killing',
  '8(2)(a)(ii)': 'War crime of torture / inhuman treatment',
  '8(2)(a)(iii)': 'War crime of wilfully causing great suffering',
  '8(2)(a)(iv)': 'War crime of destruction and appropriation of property',
  '8(2)(a)(v)': 'War crime of compelling service in hostile forces',
  '8(2)(a)(vi)': 'War crime of denying a fair trial',
  '8(2)(a)(vii)': 'War crime of unlawful deportation and transfer / unlawful confinement',
  '8(2)(a)(viii)': 'War crime of taking hostages',
  '8(2)(b)(i)': 'War crime of attacking civilians',
  '8(2)(b)(ii)': 'War crime of attacking civilian objects',
  '8(2)(b)(iv)': 'War crime of excessive incidental death, injury, or damage',
  '8(2)(b)(v)': 'War crime of attacking undefended places',
  '8(2)(b)(vi)': 'War crime of killing or wounding a person hors de combat',
  '8(2)(b)(vii)': 'War crime of improper use of a flag, insignia or uniform',
  '8(2)(b)(viii)': 'War crime of deportation or transfer from occupied territory',
  '8(2)(b)(ix)': 'War crime of attacking protected objects',
  '8(2)(b)(xi)': 'War crime of treacherously killing or wounding',
  '8(2)(b)(xii)': 'War crime of denying quarter',
  '8(2)(b)(xv)': 'War crime of compelling participation in military operations',
  '8(2)(b)(xvi)': 'War crime of pillaging',
  '8(2)(b)(xxi)': 'War crime of outrages upon personal dignity',
  '8(2)(b)(xxii)': 'War crime of rape and other sexual violence',
  '8(2)(b)(xxvi)': 'War crime of using, conscripting or enlisting children',
  '8(2)(c)(i)': 'War crime of murder / mutilation / cruel treatment / torture',
  '8(2)(c)(ii)': 'War crime of outrages upon personal dignity',
  '8(2)(c)(iii)': 'War crime of taking hostages',
  '8(2)(c)(iv)': 'War crime of sentencing or execution without due process',
  '8(2)(e)(v)': 'War crime of pillaging',
  '8(2)(e)(vi)': 'War crime of rape and other sexual violence',
  '8(2)(e)(vii)': 'War crime of using, conscripting and enlisting children',
  '8(2)(e)(x)': 'War crime of denying quarter',
  '8 bis': 'Crime of aggression (evidence of)',
};

let loaded = false;

/** Merge `resources/taxonomy.json` when the case-operations work has shipped it (tolerant of its shape). */
function loadShared(): void {
  if (loaded) return;
  loaded = true;
  const dir = resourcesDir();
  const file = dir ? join(dir, 'taxonomy.json') : null;
  if (!file || !existsSync(file)) return;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const code = typeof o.code === 'string' ? o.code : typeof o.provision === 'string' ? o.provision : null;
        const title = typeof o.shortTitle === 'string' ? o.shortTitle : typeof o.title === 'string' ? o.title : null;
        if (code && title && !SHORT_TITLES[code]) SHORT_TITLES[code] = title;
        Object.values(o).forEach(walk);
      }
    };
    walk(data);
  } catch {
    // A malformed shared file must not break exports: the built-in table stands.
  }
}

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}

export function shortTitle(provision: string): string | null {
  loadShared();
  if (SHORT_TITLES[provision]) return SHORT_TITLES[provision];
  // 8(2)(a)(ii)-1 → 8(2)(a)(ii)
  const base = provision.replace(/-\d+$/, '');
  return SHORT_TITLES[base] ?? null;
}

export function defaultProvisions(category: string): string[] {
  return CATEGORY_PROVISIONS[category] ?? [];
}
