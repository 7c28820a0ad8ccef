import { describe, expect, it } from 'vitest';
import { newestFirst } from './useTemplateChoice';

const summary = (id: string, version: string) => ({ id, version, title: id, titles: {} }) as never;

describe('newestFirst', () => {
  it('offers the newest version of the first questionnaire, wherever it is listed', () => {
    const offered = newestFirst([
      summary('surveillance-export-hria', '1.0.0'),
      summary('other', '9.0.0'),
      summary('surveillance-export-hria', '1.10.0'),
      summary('surveillance-export-hria', '1.9.0'),
    ]);
    expect(offered).toMatchObject({ id: 'surveillance-export-hria', version: '1.10.0' });
  });

  it('offers nothing when no questionnaire is installed', () => {
    expect(newestFirst([])).toBeUndefined();
  });
});
