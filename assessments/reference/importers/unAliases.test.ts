import { describe, expect, it } from 'vitest';
import { splitUnAlias } from './unAliases';

describe('UN aliases holding several names or notes', () => {
  it.each([
    ['Abdul Rehman; Abd Ur-Rehman; Abdur Rahman', ['Abdul Rehman', 'Abd Ur-Rehman', 'Abdur Rahman']],
    ['Mohammad Ishaq Akhund born in 1963', ['Mohammad Ishaq Akhund']],
    ['Jin Tiesan (金铁三)', ['Jin Tiesan', '金铁三']],
    [
      'أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni al-Quraishi; Abu Bakr al-Baghdadi)',
      [
        'أبو بكر البغدادي الحسيني القريشي',
        'Abu Bakr al-Baghdadi al-Husayni al-Quraishi',
        'Abu Bakr al-Baghdadi',
      ],
    ],
    ['Abu Muhammad (original script: Абу Мухаммад)', ['Abu Muhammad', 'Абу Мухаммад']],
    ['Encep Nurjaman (birth name)', ['Encep Nurjaman']],
    ['Ezatullah Haqqani (previously listed as)', ['Ezatullah Haqqani']],
    ['El Para (combat name) ', ['El Para']],
    ['(Sheikh) Musa Hilal', ['Musa Hilal']],
    ['Lom-ali Butayev (Butaev)', ['Lom-ali Butayev']],
    ['Hilarion Santos, III (third)', ['Hilarion Santos, III']],
    ['', []],
  ])('%s', (raw, names) => {
    expect(splitUnAlias(raw)).toEqual(names);
  });
});
