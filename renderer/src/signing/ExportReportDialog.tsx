import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { Modal } from '../components/Modal';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { useLanguage } from '../i18n/useLanguage';
import { groupFingerprint } from './fingerprint';
import { defaultReportLocale, defaultReportName, REPORT_LANGUAGES } from './reportLanguages';
import { ExportReportResult } from './ExportReportResult';
import { useIdentityChoice, type Identity } from './useIdentityChoice';

/** The choices the dialog offers; the assessment is given and the path comes from the save dialog. */
const exportChoiceSchema = contract['report.export'].input.pick({ identity: true, locale: true });

type Exported = { result: OperationOutput<'report.export'>; savedAs: string };

interface ExportReportDialogProps {
  assessmentId: string;
  onClose: () => void;
  /** Opens the identities screen, for an assessor who has none yet. */
  onOpenIdentities?: () => void;
}

/**
 * Choose the signer and the report language; the core renders and signs into the place the save
 * dialog names (desktop) or a download (browser).
 */
export function ExportReportDialog({ assessmentId, onClose, onOpenIdentities }: ExportReportDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const language = useLanguage();
  const baseId = useId();
  const firstRef = useRef<HTMLSelectElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [exported, setExported] = useState<(Exported & { identity: Identity }) | null>(null);
  const { identities, identity, setIdentity } = useIdentityChoice(setFailure);
  const form = useZodForm(exportChoiceSchema, {
    defaultValues: { identity, locale: defaultReportLocale(language) },
  });
  const { register, setValue } = form;
  const busy = form.formState.isSubmitting;

  // The identity list chooses the default signer; the form follows it.
  useEffect(() => setValue('identity', identity), [identity, setValue]);

  // Closing mid-export would hide whether the signed file was written; wait for the answer.
  const close = () => {
    if (!busy) onClose();
  };

  // The list arrives after the dialog opened: move focus to the first choice once it is there.
  const loaded = identities !== null;
  useEffect(() => {
    if (loaded) firstRef.current?.focus();
  }, [loaded]);

  const exportReport = async ({ identity, locale }: z.output<typeof exportChoiceSchema>) => {
    const signer = identities?.find((candidate) => candidate.fingerprint === identity);
    if (!signer) return;
    setFailure(null);
    try {
      const saved = await client.files.saveAs(
        { title: t('reportExport.saveTitle'), defaultName: defaultReportName(assessmentId, locale) },
        (path) =>
          client.invoke('report.export', { assessmentId, identity: signer.fingerprint, locale, path }),
      );
      // A cancelled save dialog leaves the dialog as it was, for another try.
      if (saved) setExported({ ...saved, identity: signer });
    } catch (error) {
      setFailure(error);
    }
  };

  if (exported)
    return (
      <Modal title={t('reportExport.doneTitle')} onClose={onClose}>
        <div className="export-done">
          <ExportReportResult
            result={exported.result}
            savedAs={exported.savedAs}
            identity={exported.identity}
          />
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('reportExport.close')}
            </button>
          </div>
        </div>
      </Modal>
    );

  return (
    <Modal title={t('reportExport.title')} onClose={close} initialFocusRef={firstRef}>
      <form className="form" noValidate onSubmit={submitOnce(form, exportReport)} aria-busy={busy}>
        <ErrorWithDetail error={failure} summary={t('reportExport.failed')} />
        {identities === null && !failure && <p className="muted">{t('common.loading')}</p>}
        {identities !== null && identities.length === 0 && (
          <div className="notice notice--warning" data-testid="no-identity">
            <p className="notice__title">{t('reportExport.noIdentity')}</p>
            {onOpenIdentities && (
              <button type="button" className="link-button" onClick={onOpenIdentities}>
                {t('reportExport.createIdentity')}
              </button>
            )}
          </div>
        )}
        {identities !== null && identities.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor={`${baseId}-identity`}>
              {t('reportExport.identityLabel')}
            </label>
            <select
              id={`${baseId}-identity`}
              ref={firstRef}
              className="select"
              value={identity}
              aria-describedby={`${baseId}-identity-hint`}
              onChange={(event) => setIdentity(event.target.value)}
            >
              {identities.map((candidate) => (
                <option key={candidate.fingerprint} value={candidate.fingerprint}>
                  {candidate.commonName} — {candidate.organisation} ({candidate.fingerprint.slice(0, 8)})
                </option>
              ))}
            </select>
            <p id={`${baseId}-identity-hint`} className="field__hint">
              {t('reportExport.identityHint')} <code dir="ltr">{groupFingerprint(identity)}</code>
            </p>
            {onOpenIdentities && (
              <button type="button" className="link-button" onClick={onOpenIdentities}>
                {t('reportExport.manageIdentities')}
              </button>
            )}
          </div>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('reportExport.languageLabel')}</legend>
          <div className="choice-grid">
            {REPORT_LANGUAGES.map((option) => (
              <label key={option.code} className="choice" lang={option.code}>
                <input type="radio" value={option.code} {...register('locale')} /> {option.name}
              </label>
            ))}
          </div>
        </fieldset>
        {busy && (
          <p role="status" className="muted" data-testid="export-busy">
            {t('reportExport.busy')}
          </p>
        )}
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy || undefined}
            onClick={close}
          >
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={busy || !identity || undefined}
          >
            {busy ? t('reportExport.exporting') : t('reportExport.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
