import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { FileList, OptionalFiles } from './OptionalFiles';
import { VerificationResult } from './VerificationResult';

type Outcome =
  | { path: string; kind: 'verified'; verification: OperationOutput<'pdf.verify'> }
  | { path: string; kind: 'failed'; error: unknown };

interface VerifyPdfScreenProps {
  onBack: () => void;
  /** The back link's words: to the assessments, or to the workspace's unlock screen. */
  backLabel: string;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

type PickKind = 'pdf' | 'pem' | 'tsa' | 'crl';
const FILTERS: Record<PickKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  pem: { name: 'PEM', extensions: ['pem', 'crt', 'cer'] },
  tsa: { name: 'PEM', extensions: ['pem', 'crt', 'cer'] },
  crl: { name: 'CRL', extensions: ['crl', 'pem', 'der'] },
};

/** For regulators: check signed reports offline, with no workspace needed. */
export function VerifyPdfScreen({ onBack, backLabel }: VerifyPdfScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [pdfs, setPdfs] = useState<string[]>([]);
  const [anchors, setAnchors] = useState<string[]>([]);
  const [tsaAnchors, setTsaAnchors] = useState<string[]>([]);
  const [crls, setCrls] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [missingPdf, setMissingPdf] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const titles: Record<PickKind, string> = {
    pdf: t('verify.pickPdfTitle'),
    pem: t('verify.pickPemTitle'),
    tsa: t('verify.pickTsaTitle'),
    crl: t('verify.pickCrlTitle'),
  };
  const setters: Record<Exclude<PickKind, 'pdf'>, (paths: string[]) => void> = {
    pem: setAnchors,
    tsa: setTsaAnchors,
    crl: setCrls,
  };

  const pick = async (kind: PickKind) => {
    setFailure(null);
    try {
      const picked = await client.invoke('dialogs.pickFiles', {
        title: titles[kind],
        filters: [FILTERS[kind]],
      });
      if (picked.canceled || picked.paths.length === 0) return;
      if (kind === 'pdf') {
        setPdfs(picked.paths);
        setMissingPdf(false);
        setOutcomes([]);
      } else setters[kind](picked.paths);
    } catch (error) {
      setFailure(error);
    }
  };

  const verify = async () => {
    if (busy) return;
    if (pdfs.length === 0) {
      setMissingPdf(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const next: Outcome[] = [];
    for (const path of pdfs) {
      try {
        const verification = await client.invoke('pdf.verify', {
          path,
          trustAnchorPaths: anchors,
          tsaAnchorPaths: tsaAnchors,
          crlPaths: crls,
        });
        next.push({ path, kind: 'verified', verification });
      } catch (error) {
        next.push({ path, kind: 'failed', error });
      }
    }
    setOutcomes(next);
    setBusy(false);
  };

  return (
    <div className="stack verify-screen">
      <nav className="breadcrumb">
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {backLabel}
        </button>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('verify.title')}
      </h1>
      <p className="muted">{t('verify.intro')}</p>
      <section className="panel stack" aria-labelledby="verify-files-title">
        <h2 id="verify-files-title">{t('verify.filesTitle')}</h2>
        <ErrorWithDetail error={failure} />
        <div className="verify-screen__pick">
          <div className="stack">
            <button type="button" className="button button--secondary" onClick={() => void pick('pdf')}>
              {t('verify.pickPdf')}
            </button>
            {pdfs.length === 0 ? (
              <p className={missingPdf ? 'field__error' : 'muted'} role={missingPdf ? 'alert' : undefined}>
                {missingPdf ? t('verify.pdfRequired') : t('verify.noPdf')}
              </p>
            ) : (
              <FileList paths={pdfs} testId="chosen-pdfs" />
            )}
          </div>
          <OptionalFiles
            pick={() => void pick('pem')}
            clear={() => setAnchors([])}
            paths={anchors}
            labels={{ pick: t('verify.pickPem'), hint: t('verify.pemHint'), clear: t('verify.clearPem') }}
            testId="chosen-anchors"
          />
          <OptionalFiles
            pick={() => void pick('tsa')}
            clear={() => setTsaAnchors([])}
            paths={tsaAnchors}
            labels={{ pick: t('verify.pickTsa'), hint: t('verify.tsaHint'), clear: t('verify.clearTsa') }}
            testId="chosen-tsa"
          />
          <OptionalFiles
            pick={() => void pick('crl')}
            clear={() => setCrls([])}
            paths={crls}
            labels={{ pick: t('verify.pickCrl'), hint: t('verify.crlHint'), clear: t('verify.clearCrl') }}
            testId="chosen-crls"
          />
        </div>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy || undefined}
            onClick={() => void verify()}
          >
            {busy ? t('verify.verifying') : t('verify.submit')}
          </button>
        </div>
        <p role="status" className="visually-hidden">
          {busy ? t('verify.verifying') : outcomes.length > 0 ? t('verify.done') : ''}
        </p>
      </section>
      {outcomes.map((outcome, index) =>
        outcome.kind === 'verified' ? (
          <VerificationResult
            key={`${outcome.path}-${index}`}
            verification={outcome.verification}
            index={index}
          />
        ) : (
          <section
            key={`${outcome.path}-${index}`}
            className="panel verification"
            data-testid="verification-error"
          >
            <h2>
              <bdi dir="ltr">{baseName(outcome.path)}</bdi>
            </h2>
            <ErrorWithDetail error={outcome.error} summary={t('verify.failed')} />
          </section>
        ),
      )}
    </div>
  );
}
