import { describe, expect, it } from 'vitest';
import { readLastQuestion, rememberLastQuestion } from './lastQuestionStorage';
import { OPEN_SCREEN_KEY, readOpenScreen, rememberOpenScreen } from './openScreenStorage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('navigation storage', () => {
  it('remembers the open tab, reading anything unknown as the questionnaire', () => {
    const storage = memoryStorage();
    expect(readOpenScreen(storage)).toBe('questionnaire');
    rememberOpenScreen(storage, 'report');
    expect(readOpenScreen(storage)).toBe('report');
    storage.setItem(OPEN_SCREEN_KEY, 'elsewhere');
    expect(readOpenScreen(storage)).toBe('questionnaire');
    rememberOpenScreen(storage, null);
    expect(storage.getItem(OPEN_SCREEN_KEY)).toBeNull();
  });

  it('remembers the last question per assessment, and survives storage that throws', () => {
    const storage = memoryStorage();
    rememberLastQuestion(storage, 'a', 'C4');
    rememberLastQuestion(storage, 'b', 'A1');
    expect(readLastQuestion(storage, 'a')).toBe('C4');
    expect(readLastQuestion(storage, 'c')).toBeNull();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readLastQuestion(broken, 'a')).toBeNull();
    expect(() => rememberLastQuestion(broken, 'a', 'B1')).not.toThrow();
  });
});
