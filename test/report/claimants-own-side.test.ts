/**
 * A party to the conflict speaking of its own forces is not a claim about its enemy (the demo's "Kyiv has
 * previously said it will investigate any alleged abuse … by its armed forces" was marked CLAIM BY A PARTY
 * ABOUT ITS ENEMY because "Russia" appeared elsewhere in the passage). The accused party is read from what
 * the claimant says; victims named as the claimant's own ("our servicemen") do not make it its own side.
 */
import { describe, expect, it } from 'vitest';
import { attributeClaim, type ClaimInput, type KnownSpeaker } from '../../src/core/report/claimants';

const base = (excerpt: string, description: string, people: KnownSpeaker[] = []): ClaimInput => ({
  excerpts: [excerpt],
  description,
  basis: 'reported',
  speakers: [],
  subjectSpeaks: false,
  people,
  subjectNames: ['Igor Salikov', 'Salikov'],
  subjectDisplay: 'Igor Salikov',
  outlet: 'Newsweek',
  sourceRef: 'S2',
});

const KYIV = 'However, Kyiv has previously said it will investigate any alleged abuse and mistreatment by its armed forces.';

describe('claims of a party about its own side', () => {
  it('the demo passage: Kyiv on its own forces, though the wider passage names Russia, accuses no one', () => {
    const c = attributeClaim(base(KYIV, `${KYIV} Ukraine has also repeatedly accused Russia of war crimes, which Moscow denies.`));
    expect(c).toMatchObject({ by: 'Kyiv', role: 'state body', party: 'Ukraine', about: null, partyClaim: false, ownSide: true });
    expect(c.summary).toMatch(/^Kyiv — a state body of Ukraine, a party to the conflict, speaking of its own side, not accusing the other/);
  });

  it('the other party named only outside the claimant’s sentence is not what the claim accuses', () => {
    const c = attributeClaim(
      base('The Kremlin said the video was being studied. Ukraine denied any role.', 'The Kremlin said the video was being studied.'),
    );
    expect(c).toMatchObject({ by: 'The Kremlin', party: 'Russia', about: null, partyClaim: false, ownSide: false });
  });

  it('still a party’s claim about its enemy: an accusation, also when the victims are “our servicemen”', () => {
    const kremlin = attributeClaim(
      base('The Kremlin released a video accusing Ukraine of executing dozens of POWs.', 'Ukraine executed POWs.'),
    );
    expect(kremlin).toMatchObject({ by: 'The Kremlin', party: 'Russia', about: 'Ukraine', partyClaim: true, ownSide: false });
    const ours = attributeClaim(
      base('Russia’s Defence Ministry said Ukrainian soldiers executed our servicemen near Makiivka.', 'Executions near Makiivka.', [
        { name: 'Russia’s Defence Ministry', aliases: [], kind: 'organisation', role: null },
      ]),
    );
    expect(ours).toMatchObject({ party: 'Russia', about: 'Ukraine', partyClaim: true, ownSide: false });
  });

  it('in Russian: a ministry promising to look into abuse by its own troops', () => {
    const c = attributeClaim(
      base('Минобороны России заявило, что проверит сообщения о нарушениях со стороны своих военных на Украине.', 'Проверка.', [
        { name: 'Минобороны России', aliases: [], kind: 'organisation', role: null },
      ]),
    );
    expect(c).toMatchObject({ party: 'Russia', partyClaim: false, ownSide: true });
  });
});
