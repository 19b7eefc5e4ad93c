/** previewExport: the same model an export would build, summarised; writes nothing (no pseudonyms assigned). */
import type { ExportPreview } from '../../shared/contract/report';
import type { CaseContext } from '../context';
import { buildModel } from './model';
import type { ExportProfileDef } from './profiles';

export function previewExport(ctx: CaseContext, def: ExportProfileDef): ExportPreview {
  const { model } = buildModel(ctx, def, {
    recipient: def.defaultRecipient,
    preparedBy: 'preview',
    exportId: 'exp_PREVIEW',
    createdAt: new Date().toISOString(),
    assignPseudonyms: false,
  });
  const allegations = model.categories.flatMap((c) => c.allegations);
  const warnings: string[] = [];
  const selfInc = allegations.filter((a) => a.selfIncriminating).length;
  if (selfInc > 0) {
    warnings.push(
      `${selfInc} allegation(s) describe the witness's own participation and WILL be included: check Art. 1F exclusion risk (asylum) and Art. 55 rights before sending.`,
    );
  }
  const withheldTainted = model.sources.filter((s) => !s.embedded && def.embedOriginals).length;
  if (withheldTainted > 0)
    warnings.push(
      `${withheldTainted} original(s) cannot be attached under this profile (they contain withheld content); the annex says why.`,
    );
  if (def.sensitiveFields.length > 0) warnings.push(`This profile releases sensitive field(s): ${def.sensitiveFields.join(', ')}.`);
  return {
    profile: def,
    sections: def.sections,
    included: {
      allegations: allegations.map((a) => ({ ref: a.ref, id: a.id, category: a.category, selfIncriminating: a.selfIncriminating })),
      events: model.timeline.length,
      statements: model.testimony.length,
      asylumSteps: model.asylum.length,
      profileFields: model.subject.fields.map((f) => f.field),
      sources: model.sources.map((s) => ({ ref: s.ref, id: s.id, embedded: s.embedded, withheldReason: s.withheldReason })),
      custodyEntries: model.custody.length,
    },
    excluded: model.excluded,
    warnings,
  };
}
