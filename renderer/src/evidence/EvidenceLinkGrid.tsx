import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../assessments/questionnaire/templateSchema';
import type { TemplateText } from '../../../assessments/questionnaire/templateText';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { isolate } from '../format/isolate';
import { shortSha } from '../reference/datasetKinds';
import type { EvidenceItem } from './evidenceTypes';
import { linkKey, pendingChanges, shownLinked, type PendingLinks } from './linkGridChanges';

interface EvidenceLinkGridProps {
  assessmentId: string;
  template: Pick<Template, 'sections'>;
  text: TemplateText;
  items: readonly EvidenceItem[];
  /** After links were applied, with every item as the core now holds it. */
  onApplied: (items: EvidenceItem[]) => void;
}

/**
 * Links many items to many questions at once: one box per question and item, ticked where they
 * are linked. Nothing is stored until "Apply", which sends every change in one call that stores
 * all of them or none.
 */
export function EvidenceLinkGrid({ assessmentId, template, text, items, onApplied }: EvidenceLinkGridProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [sectionId, setSectionId] = useState('');
  const [pending, setPending] = useState<PendingLinks>(new Map());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const changes = useMemo(() => pendingChanges(items, pending), [items, pending]);
  const sections = sectionId
    ? template.sections.filter((section) => section.id === sectionId)
    : template.sections;

  const toggle = (item: EvidenceItem, questionId: string, linked: boolean) => {
    setNotice('');
    setPending((current) => new Map(current).set(linkKey(item.id, questionId), linked));
  };

  const apply = async () => {
    if (saving || changes.length === 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const updated = await client.invoke('evidence.linkMany', { assessmentId, changes });
      setPending(new Map());
      setNotice(t('evidence.grid.applied', { count: changes.length }));
      onApplied(updated);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section
      className="panel link-grid-panel"
      aria-labelledby={`${baseId}-title`}
      data-testid="evidence-link-grid"
    >
      <h2 id={`${baseId}-title`}>{t('evidence.grid.title')}</h2>
      <p className="muted">{t('evidence.grid.intro')}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t('evidence.grid.noItems')}</p>
      ) : (
        <>
          <div className="link-grid__toolbar">
            <div className="field">
              <label htmlFor={`${baseId}-section`} className="field__label">
                {t('evidence.grid.section')}
              </label>
              <select
                id={`${baseId}-section`}
                className="select"
                value={sectionId}
                onChange={(event) => setSectionId(event.target.value)}
              >
                <option value="">{t('evidence.grid.allSections')}</option>
                {template.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {`${section.id} · ${text.sectionTitle(section.id)}`}
                  </option>
                ))}
              </select>
            </div>
            <div className="link-grid__actions">
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={changes.length === 0 || saving || undefined}
                onClick={() => {
                  if (changes.length > 0 && !saving) setPending(new Map());
                }}
              >
                {t('evidence.grid.discard')}
              </button>
              <button
                type="button"
                className="button button--primary"
                aria-disabled={changes.length === 0 || saving || undefined}
                data-testid="link-grid-apply"
                onClick={() => void apply()}
              >
                {saving ? t('evidence.grid.applying') : t('evidence.grid.apply', { count: changes.length })}
              </button>
            </div>
          </div>
          <ErrorAlert message={failure} />
          <p role="status" className="notice">
            {notice}
          </p>
          <div
            className="link-grid__scroll"
            role="region"
            aria-labelledby={`${baseId}-title`}
            // A region that scrolls must be reachable by keyboard to be scrolled.
            tabIndex={0}
          >
            <table className="link-grid">
              <caption className="visually-hidden">{t('evidence.grid.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="link-grid__corner">
                    {t('evidence.grid.question')}
                  </th>
                  {items.map((item) => (
                    <th key={item.id} scope="col" className="link-grid__item">
                      <bdi className="link-grid__item-name">{item.originalName}</bdi>
                      <code dir="ltr" className="link-grid__item-sha">
                        {shortSha(item.sha256)}
                      </code>
                    </th>
                  ))}
                </tr>
              </thead>
              {sections.map((section) => (
                <tbody key={section.id}>
                  <tr className="link-grid__section">
                    <th scope="colgroup" colSpan={items.length + 1}>
                      {`${section.id} · ${text.sectionTitle(section.id)}`}
                    </th>
                  </tr>
                  {section.questions.map((question) => {
                    const questionLabel = `${question.id} ${text.questionText(question.id)}`;
                    return (
                      <tr key={question.id}>
                        <th scope="row" className="link-grid__question">
                          <span className="link-grid__question-id">{question.id}</span>{' '}
                          <span className="link-grid__question-text" dir="auto">
                            {text.questionText(question.id)}
                          </span>
                        </th>
                        {items.map((item) => {
                          const linked = shownLinked(item, question.id, pending);
                          const changed = linked !== item.questionIds.includes(question.id);
                          return (
                            <td
                              key={item.id}
                              className={
                                changed ? 'link-grid__cell link-grid__cell--changed' : 'link-grid__cell'
                              }
                            >
                              <input
                                type="checkbox"
                                checked={linked}
                                aria-label={t('evidence.grid.cell', {
                                  name: isolate(item.originalName),
                                  question: questionLabel,
                                })}
                                onChange={(event) => toggle(item, question.id, event.target.checked)}
                              />
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
