/** The crime taxonomy shipped in resources/taxonomy.json: DESIGN §4 categories → Rome Statute provisions. */
import raw from '../../../resources/taxonomy.json';
import { Taxonomy } from '../../shared/contract/allegations';
import type { CrimeCategory } from '../../shared/domain';

interface RawTaxonomy {
  version: number;
  source: string;
  provisions: Record<string, string>;
  categories: { id: string; label: string; description: string; provisions: string[]; note: string | null }[];
}

const data = raw as RawTaxonomy;

let cached: Taxonomy | null = null;

export function taxonomy(): Taxonomy {
  cached ??= Taxonomy.parse({
    version: data.version,
    source: data.source,
    provisions: Object.entries(data.provisions).map(([code, title]) => ({ code, title })),
    categories: data.categories.map((c) => ({ ...c, provisions: c.provisions.map((code) => ({ code, title: provisionTitle(code) })) })),
  });
  return cached;
}

/** Official short title of a provision; sub-elements such as "8(2)(a)(ii)-1" fall back to their article. */
export function provisionTitle(code: string): string {
  const c = code.trim();
  if (data.provisions[c]) return data.provisions[c];
  const base = c.replace(/-\d+$/, '');
  if (data.provisions[base]) return data.provisions[base];
  return 'not in the shipped taxonomy';
}

export function categoryLabel(id: CrimeCategory): string {
  return data.categories.find((c) => c.id === id)?.label ?? id;
}

export function defaultProvisions(id: CrimeCategory): string[] {
  return data.categories.find((c) => c.id === id)?.provisions ?? [];
}
