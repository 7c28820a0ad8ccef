import { describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../test/helpers/envelope';
import { useTempDir } from '../../test/helpers/tempDir';
import { newSession, REPO_TEMPLATES, steppingClock } from '../../test/helpers/workspace';
import { dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { TemplateLibrary } from './templateLibrary';

describe('the questionnaires offered for a new assessment', () => {
  it('carry their title in every language they are translated into', async () => {
    const tmp = useTempDir();
    try {
      const clock = steppingClock();
      const handlers = createHandlers({
        session: newSession(tmp.path, clock),
        clock,
        library: new TemplateLibrary(REPO_TEMPLATES),
      });
      const listed = await unwrapEnvelope<
        { version: string; title: string; titles: Record<string, string> }[]
      >(dispatch(handlers, 'template.list', {}));
      expect(listed.length).toBeGreaterThanOrEqual(2);
      for (const summary of listed) {
        expect(Object.keys(summary.titles).sort()).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
        for (const title of Object.values(summary.titles)) {
          expect(title.trim()).not.toBe('');
          expect(title).not.toBe(summary.title);
        }
      }
    } finally {
      tmp.cleanup();
    }
  });
});
