import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import { templateTexts, type TemplateBundle } from '../templates/templateTexts';

type Assessment = OperationOutput<'assessment.get'>['assessment'];
type Loaded = { assessment: Assessment; template: TemplateBundle | null };
type State = { kind: 'loading' } | { kind: 'loaded'; data: Loaded } | { kind: 'failed'; error: unknown };

interface EvidenceScreenProps {
  assessmentId: string;
  onBack: () => void;
}

/** Every evidence item of one assessment on one page, with a question chosen for linking. */
export function EvidenceScreen({ assessmentId, onBack }: EvidenceScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [questionId, setQuestionId] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const { assessment } = await client.invoke('assessment.get', { id: assessmentId });
      const template = assessment.template
        ? await client.invoke('template.get', {
            id: assessment.template.id,
            version: assessment.template.version,
          })
        : null;
      return { assessment, template };
    })().then(
      (data) => {
        if (current) setState({ kind: 'loaded', data });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, assessmentId]);

  return (
    <div className="stack">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('evidenceScreen.back')}
        </button>
      </nav>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && <ErrorAlert message={errorText(t, state.error)} />}
      {state.kind === 'loaded' && (
        <>
          <EvidenceHeading data={state.data} questionId={questionId} onQuestion={setQuestionId} />
          <EvidencePanel assessmentId={assessmentId} currentQuestionId={questionId} />
        </>
      )}
    </div>
  );
}

interface EvidenceHeadingProps {
  data: Loaded;
  questionId: string | null;
  onQuestion: (questionId: string | null) => void;
}

function EvidenceHeading({ data, questionId, onQuestion }: EvidenceHeadingProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = data.template ? templateTexts(data.template, language) : null;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="page-heading">
        <h1 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('evidenceScreen.title')}{' '}
          <span className="page-heading__sub" dir="auto">
            {data.assessment.title}
          </span>
        </h1>
      </div>
      {data.template && text && (
        <div className="field">
          <label htmlFor={`${id}-question`} className="field__label">
            {t('evidenceScreen.questionLabel')}
          </label>
          <p id={`${id}-question-hint`} className="field__hint">
            {t('evidenceScreen.questionHint')}
          </p>
          <select
            id={`${id}-question`}
            className="select select--wide"
            aria-describedby={`${id}-question-hint`}
            value={questionId ?? ''}
            onChange={(event) => onQuestion(event.target.value || null)}
          >
            <option value="">{t('evidenceScreen.noQuestion')}</option>
            {data.template.template.sections.map((section) => (
              <optgroup
                key={section.id}
                label={`${section.id} · ${text(`sections.${section.id}.title`, section.title)}`}
              >
                {section.questions.map((question) => (
                  <option key={question.id} value={question.id}>
                    {`${question.id} · ${text(`questions.${question.id}.text`, question.text)}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}
