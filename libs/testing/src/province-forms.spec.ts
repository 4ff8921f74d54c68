import { join } from 'node:path';
import { RegisterOrganizationDto, validatePlain } from '@civic/contracts';
import { validateResidentId, validateSocialOrganizationUscc } from '@civic/domain/identifiers';
import { loadPlaces, provinceForm } from './province-forms';

const ROOT = join(__dirname, '../../..');
const NOW = new Date('2026-12-07T00:00:00Z');
const places = loadPlaces(ROOT);

describe('province-scale registration forms (issue #19)', () => {
  it('covers every community and village of Guangxi with a known area type', () => {
    expect(places.length).toBeGreaterThan(15_000);
    expect(new Set(places.map((p) => p.county.code)).size).toBeGreaterThan(100);
  });

  it('builds forms the API accepts, with valid identifiers, unique names and credit codes', () => {
    const forms = Array.from({ length: 3_000 }, (_, i) => provinceForm(places, i, NOW));
    // Past one round of the places too: names repeat only with their number.
    forms.push(
      ...Array.from({ length: 200 }, (_, k) => provinceForm(places, places.length + k, NOW)),
    );
    for (const form of forms) {
      expect(() => validatePlain(RegisterOrganizationDto, form)).not.toThrow();
      for (const leader of form.leaders) {
        expect(validateResidentId(leader.residentId!, NOW)).toEqual({ valid: true });
      }
      if (form.uscc) expect(validateSocialOrganizationUscc(form.uscc)).toEqual({ valid: true });
    }
    expect(new Set(forms.map((f) => `${f.location.communityCode} ${f.name}`)).size).toBe(
      forms.length,
    );
    const codes = forms.flatMap((f) => (f.uscc ? [f.uscc] : []));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('spreads any prefix of the forms over the province, urban and rural, every category', () => {
    const forms = Array.from({ length: 2_000 }, (_, i) => provinceForm(places, i, NOW));
    expect(new Set(forms.map((f) => f.location.countyCode)).size).toBeGreaterThan(100);
    expect(new Set(forms.map((f) => f.areaType))).toEqual(new Set(['URBAN', 'RURAL']));
    expect(new Set(forms.map((f) => f.category)).size).toBe(5);
  });

  it('is deterministic: form i is always the same organization', () => {
    expect(provinceForm(places, 12_345, NOW)).toEqual(provinceForm(places, 12_345, NOW));
    expect(provinceForm(places, 1, NOW).name).not.toBe(provinceForm(places, 2, NOW).name);
  });
});
