import { describe, expect, it } from 'vitest';
import { takeWebToken, TOKEN_STORAGE_KEY } from './webToken';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('takeWebToken', () => {
  it('takes the token from the hash, remembers it and removes it from the address, keeping ?lang=', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = takeWebToken({
      location: { hash: '#token=ab12cd', pathname: '/', search: '?lang=ar' },
      storage,
      replaceUrl: (url) => replaced.push(url),
    });
    expect(token).toBe('ab12cd');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('ab12cd');
    expect(replaced).toEqual(['/?lang=ar']);
  });

  it('falls back to the remembered token after a reload', () => {
    const replaced: string[] = [];
    const token = takeWebToken({
      location: { hash: '', pathname: '/', search: '' },
      storage: memoryStorage({ [TOKEN_STORAGE_KEY]: 'feed' }),
      replaceUrl: (url) => replaced.push(url),
    });
    expect(token).toBe('feed');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the hash over a remembered one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    const token = takeWebToken({
      location: { hash: '#token=new', pathname: '/', search: '' },
      storage,
      replaceUrl: () => {},
    });
    expect([token, storage.data.get(TOKEN_STORAGE_KEY)]).toEqual(['new', 'new']);
  });

  it('returns null without a token, and survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(
      takeWebToken({
        location: { hash: '', pathname: '/', search: '' },
        storage: null,
        replaceUrl: () => {},
      }),
    ).toBeNull();
    expect(
      takeWebToken({
        location: { hash: '', pathname: '/', search: '' },
        storage: throwing,
        replaceUrl: () => {},
      }),
    ).toBeNull();
    expect(
      takeWebToken({
        location: { hash: '#token=t1', pathname: '/', search: '' },
        storage: throwing,
        replaceUrl: () => {},
      }),
    ).toBe('t1');
  });
});
