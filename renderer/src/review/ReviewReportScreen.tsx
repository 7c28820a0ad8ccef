import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { VerificationResult } from '../verify/VerificationResult';
import { ReviewForm, type Countersigned } from './ReviewForm';
import { ReviewResult } from './ReviewResult';
import type { ChosenReport } from './reviewFileNames';
import { TimestampPanel } from './TimestampPanel';

type Checked =
  | { kind: 'verifying' }
  | { kind: 'verified'; verification: OperationOutput<'pdf.verify'> }
  | { kind: 'failed'; error: unknown };

interface ReviewReportScreenProps {
  onBack: () => void;
  onOpenIdentities: () => void;
}

/** Four eyes: a second person verifies a signed report, then countersigns it or adds a trusted time. */
export function ReviewReportScreen({ onBack, onOpenIdentities }: ReviewReportScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [report, setReport] = useState<ChosenReport | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [signed, setSigned] = useState<{ result: Countersigned; savedAs: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const verifying = checked?.kind === 'verifying';

  const choose = async (files: File[]) => {
    const [file] = files;
    if (!file || verifying) return;
    setFailure(null);
    try {
      const [path = ''] = await client.files.open([file]);
      setReport({ path, name: file.name });
      setSigned(null);
      setChecked({ kind: 'verifying' });
      try {
        const verification = await client.invoke('pdf.verify', {
          path,
          trustAnchorPaths: [],
          tsaAnchorPaths: [],
          crlPaths: [],
        });
        setChecked({ kind: 'verified', verification });
      } catch (error) {
        setChecked({ kind: 'failed', error });
      }
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div className="stack review-screen">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('review.back')}
        </button>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="muted">{t('review.intro')}</p>
      <FileDropZone
        dropLabel={t('review.drop')}
        disabled={verifying}
        multiple={false}
        onFiles={(files) => void choose(files)}
        className="panel stack"
        testId="review-drop"
      >
        <section className="stack" aria-labelledby="review-file-title">
          <h2 id="review-file-title">{t('review.fileTitle')}</h2>
          <ErrorWithDetail error={failure} />
          <div className="form__actions form__actions--start">
            <FileChooser
              label={t('review.pick')}
              accept=".pdf,application/pdf"
              busy={verifying}
              onFiles={(files) => void choose(files)}
              testId="review-pick"
            />
          </div>
          {report ? (
            <p data-testid="review-report">
              <bdi>{report.name}</bdi>
            </p>
          ) : (
            <p className="muted">
              {t('review.noFile')} {t('review.dropHint')}
            </p>
          )}
          <p role="status" className={verifying ? 'muted' : 'visually-hidden'}>
            {verifying ? t('review.verifying') : ''}
          </p>
        </section>
      </FileDropZone>
      {checked?.kind === 'verified' && <VerificationResult verification={checked.verification} index={0} />}
      {checked?.kind === 'failed' && (
        <section className="panel verification" data-testid="verification-error">
          <ErrorWithDetail error={checked.error} summary={t('verify.failed')} />
        </section>
      )}
      {report && checked && checked.kind !== 'verifying' && (
        <>
          <section className="panel stack" aria-labelledby="review-sign-title" data-testid="review-sign">
            <h2 id="review-sign-title">{t('review.sign.title')}</h2>
            <p className="muted">{t('review.sign.intro')}</p>
            {signed ? (
              <ReviewResult result={signed.result} savedAs={signed.savedAs} />
            ) : (
              <ReviewForm report={report} onSigned={setSigned} onOpenIdentities={onOpenIdentities} />
            )}
          </section>
          <TimestampPanel key={report.path} report={report} />
        </>
      )}
    </div>
  );
}
