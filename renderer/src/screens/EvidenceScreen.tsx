import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { templateText, type TemplateText } from '../../../assessments/questionnaire/templateText';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/errorText';
import { EvidenceLinkGrid } from '../evidence/EvidenceLinkGrid';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { useCoreQuery } from '../hooks/useCoreQuery';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useLanguage } from '../i18n/useLanguage';
import type { TemplateBundle } from '../templates/templateBundle';

type Assessment = OperationOutput<'assessment.get'>['assessment'];
type Loaded = { assessment: Assessment; template: TemplateBundle | null };

interface EvidenceScreenProps {
  assessmentId: string;
  onBack: () => void;
  /** Shown inside the assessment's own page (a tab): no back link and no page heading of its own. */
  embedded?: boolean;
}

/** Every evidence item of one assessment on one page: the items, and their links to questions. */
export function EvidenceScreen({ assessmentId, onBack, embedded = false }: EvidenceScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [questionId, setQuestionId] = useState<string | null>(null);
  // The list and the grid each change links; each tells the other to reload.
  const [panelVersion, setPanelVersion] = useState(0);
  const query = useCoreQuery(
    async (client): Promise<Loaded> => {
      const { assessment } = await client.invoke('assessment.get', { id: assessmentId });
      const template = assessment.template
        ? await client.invoke('template.get', {
            id: assessment.template.id,
            version: assessment.template.version,
          })
        : null;
      return { assessment, template };
    },
    [assessmentId],
  );
  const evidence = useCoreQuery((client) => client.invoke('evidence.list', { assessmentId }), [assessmentId]);
  const bundle = query.kind === 'loaded' ? query.data.template : null;
  const text = useMemo(() => (bundle ? templateText(bundle, language) : null), [bundle, language]);

  return (
    <div className="stack">
      {!embedded && (
        <nav className="breadcrumb">
          <button type="button" className="link-button" onClick={onBack}>
            <span aria-hidden="true" className="back-arrow" />
            {t('evidenceScreen.back')}
          </button>
        </nav>
      )}
      {query.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {query.kind === 'failed' && <ErrorAlert message={errorText(t, query.error)} />}
      {query.kind === 'loaded' && (
        <>
          {!embedded && <EvidenceHeading assessment={query.data.assessment} />}
          {bundle && text && (
            <QuestionChooser bundle={bundle} text={text} questionId={questionId} onQuestion={setQuestionId} />
          )}
          <EvidencePanel
            assessmentId={assessmentId}
            currentQuestionId={questionId}
            refreshKey={panelVersion}
            onChanged={evidence.reload}
          />
          {bundle && text && evidence.kind === 'loaded' && (
            <EvidenceLinkGrid
              assessmentId={assessmentId}
              template={bundle.template}
              text={text}
              items={evidence.data}
              onApplied={() => {
                evidence.reload();
                setPanelVersion((n) => n + 1);
              }}
            />
          )}
          {evidence.kind === 'failed' && <ErrorAlert message={errorText(t, evidence.error)} />}
        </>
      )}
    </div>
  );
}

function EvidenceHeading({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="page-heading">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('evidenceScreen.title')}{' '}
        <span className="page-heading__sub" dir="auto">
          {assessment.title}
        </span>
      </h1>
    </div>
  );
}

interface QuestionChooserProps {
  bundle: TemplateBundle;
  text: TemplateText;
  questionId: string | null;
  onQuestion: (questionId: string | null) => void;
}

/** The question new files are linked to, and that each item's "linked" box refers to. */
function QuestionChooser({ bundle, text, questionId, onQuestion }: QuestionChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="panel field">
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
        {bundle.template.sections.map((section) => (
          <optgroup key={section.id} label={`${section.id} · ${text.sectionTitle(section.id)}`}>
            {section.questions.map((question) => (
              <option key={question.id} value={question.id}>
                {`${question.id} · ${text.questionText(question.id)}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
