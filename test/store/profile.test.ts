import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

describe('profile', () => {
  it('a partial update changes only the fields given, and records their names (not values) in custody', async () => {
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(tmp(), 'p.casefile'), passphrase: PASS });
      await api.updateProfile({ fullName: 'Igor Salikov', currentLocation: 'Safe house, Utrecht', contacts: 'Signal +31…' });
      const after = await api.updateProfile({ sensitive: ['currentLocation'] });
      expect(after).toMatchObject({
        fullName: 'Igor Salikov',
        currentLocation: 'Safe house, Utrecht',
        contacts: 'Signal +31…',
        sensitive: ['currentLocation'],
      });
      await api.updateProfile({ rank: 'colonel' });
      expect(await api.getProfile({})).toMatchObject({ fullName: 'Igor Salikov', rank: 'colonel', currentLocation: 'Safe house, Utrecht' });
      const log = await api.custodyLog({});
      const updates = log.filter((e) => e.action === 'profile.update');
      expect(updates.map((e) => e.details.fields)).toEqual([['fullName', 'currentLocation', 'contacts'], ['sensitive'], ['rank']]);
      expect(JSON.stringify(log)).not.toContain('Utrecht');
    } finally {
      dispose();
    }
  });
});
