// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../client/transport';
import { createAssayClient } from '../client/createClient';
import { en } from '../i18n/locales/en';
import { byLabel, byRole, click, enableActEnvironment, typeInto, waitFor } from '../testing/dom';
import { renderWithClient, unmountRendered } from '../testing/renderWithClient';
import type { EvidenceItem } from './evidenceTypes';
import { ProvenanceForm } from './ProvenanceForm';

enableActEnvironment();
afterEach(unmountRendered);

const ITEM: EvidenceItem = {
  id: '00000000-0000-4000-8000-000000000009',
  assessmentId: '00000000-0000-4000-8000-000000000001',
  sha256: 'c'.repeat(64),
  sizeBytes: 1234,
  mimeType: 'application/pdf',
  originalName: 'contract.pdf',
  ingestedAt: '2026-11-02T10:00:00Z',
  ingestedBy: 'Amira Haddad',
  questionIds: [],
  source: '',
  acquiredAt: null,
  acquiredHow: '',
  acquiredBy: '',
  reliability: null,
  credibility: null,
  restricted: false,
  notes: '',
};

/** Answers `evidence.update` as the core does, keeping what it was sent. */
function updatingTransport() {
  const sent: Record<string, unknown>[] = [];
  const transport: Transport = {
    kind: 'web',
    invoke(op, input) {
      if (op !== 'evidence.update') return Promise.reject(new Error(op));
      const { metadata } = input as { metadata: Partial<EvidenceItem> };
      sent.push(metadata);
      return Promise.resolve({ ok: true, value: { ...ITEM, ...metadata } });
    },
    on: () => () => undefined,
  };
  return { client: createAssayClient(transport), sent };
}

describe('ProvenanceForm', () => {
  it('refuses a date that is not one beside its field, then saves the contract’s values', async () => {
    const { client, sent } = updatingTransport();
    const saved: EvidenceItem[] = [];
    await renderWithClient(<ProvenanceForm item={ITEM} onSaved={(item) => saved.push(item)} />, client, 'fr');
    const date = byLabel('Obtenu le');
    expect(date.type).toBe('text');
    typeInto(date, '02/11/2026');
    click(byRole('button', 'Enregistrer la provenance'));
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(date);
    expect(document.body.textContent).toContain('Saisissez une date au format AAAA-MM-JJ.');
    expect(sent).toEqual([]);

    typeInto(date, '2026-11-02');
    expect(document.body.textContent).toContain('2 novembre 2026');
    typeInto(byLabel('Source'), 'Journaliste, entretien');
    const reliability = byLabel<HTMLSelectElement>('Fiabilité de la source');
    reliability.value = 'B';
    reliability.dispatchEvent(new Event('change', { bubbles: true }));
    click(byRole('button', 'Enregistrer la provenance'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(sent[0]).toEqual({
      source: 'Journaliste, entretien',
      acquiredAt: '2026-11-02',
      acquiredHow: '',
      acquiredBy: '',
      reliability: 'B',
      credibility: null,
      restricted: false,
      notes: '',
    });
    expect(document.querySelector('[role="status"]')?.textContent).not.toBe('');
  });

  it('holds no date as null', async () => {
    const { client, sent } = updatingTransport();
    await renderWithClient(
      <ProvenanceForm item={{ ...ITEM, acquiredAt: '2025-01-02' }} onSaved={() => undefined} />,
      client,
    );
    typeInto(byLabel(en.evidence.metadata.acquiredAt), '');
    click(byRole('button', en.evidence.metadata.save));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ acquiredAt: null });
  });
});
