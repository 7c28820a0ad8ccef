import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../shared/canonicalJson';
import { parseEmbeddedJson } from './parseEmbeddedJson';

const canonical = canonicalJson({
  template: { id: 'demo', title: 'Évaluation "démo"', note: 'back\\slash' },
  translations: { ar: { title: 'تقييم' }, zh: { title: '评估' } },
});
const known = [{ canonical, json: Buffer.from(JSON.stringify(canonical), 'utf8') }];
const templateToken = JSON.stringify(canonical);

/** What the verifier must read: exactly what JSON.parse makes of the whole text. */
function expectSameAsJsonParse(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  const expected: unknown = JSON.parse(text);
  expect(parseEmbeddedJson(bytes, known)).toEqual(expected);
  return expected;
}

describe('parseEmbeddedJson', () => {
  it('puts a known template back where assessment.json carries it, without decoding it', () => {
    const text = canonicalJson({
      answers: { q1: 'يا' },
      templateCanonical: canonical,
      templateRef: 'demo#x',
    });
    const parsed = parseEmbeddedJson(Buffer.from(text, 'utf8'), known) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(text));
    // The very string the verifier checked, so its hash need not be computed again.
    expect(parsed.templateCanonical).toBe(canonical);
  });

  it('reads a report whose template is not known, or changed by one byte, as JSON.parse does', () => {
    expectSameAsJsonParse(canonicalJson({ templateCanonical: `${canonical} ` }));
    expectSameAsJsonParse(canonicalJson({ templateCanonical: canonical.replace('démo', 'demo') }));
    expect(parseEmbeddedJson(Buffer.from('{"templateCanonical":"x"}'), [])).toEqual({
      templateCanonical: 'x',
    });
  });

  it('keeps the template text found elsewhere where it is: in an answer, or as another key', () => {
    const inAnswer = expectSameAsJsonParse(
      canonicalJson({ answers: { q1: canonical }, templateCanonical: 'other' }),
    ) as Record<string, unknown>;
    expect(inAnswer.templateCanonical).toBe('other');
    expectSameAsJsonParse(`{"nested":{"templateCanonical":${templateToken}},"templateCanonical":"top"}`);
    expectSameAsJsonParse(`{"list":[${templateToken}],"templateCanonical":${templateToken}}`);
    expectSameAsJsonParse(`{${templateToken}:1,"templateCanonical":"top"}`);
  });

  it('reads a later duplicate key as JSON.parse does (the last one wins)', () => {
    expectSameAsJsonParse(`{"templateCanonical":${templateToken},"templateCanonical":"later"}`);
    expectSameAsJsonParse(`{"templateCanonical":"earlier","templateCanonical":${templateToken}}`);
  });

  it('is not fooled by the template text inside a longer string (an escaped quote before it)', () => {
    // "prefix\"{…}": the token's opening quote is escaped, so the bytes belong to another string.
    const text = `{"answers":"prefix\\${templateToken},"templateCanonical":"x"}`;
    expectSameAsJsonParse(text);
  });

  it('fails on broken JSON elsewhere in the file as JSON.parse fails', () => {
    const text = `{"answers":{,},"templateCanonical":${templateToken}}`;
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseEmbeddedJson(Buffer.from(text, 'utf8'), known)).toThrow(SyntaxError);
  });

  it('decodes invalid UTF-8 next to the template as the whole-file decoding does', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":"\xe2', 'latin1'),
      Buffer.from(`","templateCanonical":${templateToken},"b":"`, 'utf8'),
      Buffer.from([0xc3]),
      Buffer.from('"}', 'utf8'),
    ]);
    expect(parseEmbeddedJson(bytes, known)).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('reads deeply nested JSON around a known template', () => {
    // Walked by hand: a deep equality check or JSON.stringify would itself recurse past the stack.
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = `{"deep":${deep},"templateCanonical":${templateToken}}`;
    const parsed = parseEmbeddedJson(Buffer.from(text, 'utf8'), known) as Record<string, unknown>;
    expect(parsed.templateCanonical).toBe(canonical);
    let depth = 0;
    for (let level = parsed.deep; Array.isArray(level); level = level[0] as unknown) depth += 1;
    expect(depth).toBe(20_000);
  });
});
