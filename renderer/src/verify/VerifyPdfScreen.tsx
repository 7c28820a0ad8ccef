import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { FileList, OptionalFiles } from './OptionalFiles';
import { VerificationResult } from './VerificationResult';

type Outcome =
  | { file: string; kind: 'verified'; verification: OperationOutput<'pdf.verify'> }
  | { file: string; kind: 'failed'; error: unknown };

interface VerifyPdfScreenProps {
  onBack: () => void;
  /** The back link's words: to the assessments, or to the workspace's unlock screen. */
  backLabel: string;
}

/** What each chooser offers first; the system dialog still lets the person pick any file. */
const ACCEPT = {
  pdf: '.pdf,application/pdf',
  certificates: '.pem,.crt,.cer',
  crl: '.crl,.pem,.der',
} as const;

/** For regulators: check signed reports offline, with no workspace needed. */
export function VerifyPdfScreen({ onBack, backLabel }: VerifyPdfScreenProps) {
  const { t } = useTranslation();
  const client = useClient();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [pdfs, setPdfs] = useState<File[]>([]);
  const [anchors, setAnchors] = useState<File[]>([]);
  const [tsaAnchors, setTsaAnchors] = useState<File[]>([]);
  const [crls, setCrls] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [missingPdf, setMissingPdf] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const choosePdfs = (files: File[]) => {
    setFailure(null);
    setPdfs(files);
    setMissingPdf(false);
    setOutcomes([]);
  };

  const verify = async () => {
    if (busy) return;
    if (pdfs.length === 0) {
      setMissingPdf(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    let opened: string[];
    try {
      // Handed over at each run rather than on choice: the files may have changed on disk since.
      opened = await client.files.open([...pdfs, ...anchors, ...tsaAnchors, ...crls]);
    } catch (error) {
      setFailure(error);
      setBusy(false);
      return;
    }
    const take = (count: number) => opened.splice(0, count);
    const pdfPaths = take(pdfs.length);
    const trustAnchorPaths = take(anchors.length);
    const tsaAnchorPaths = take(tsaAnchors.length);
    const crlPaths = take(crls.length);
    const next: Outcome[] = [];
    for (const [index, path] of pdfPaths.entries()) {
      const file = pdfs[index]?.name ?? '';
      try {
        const verification = await client.invoke('pdf.verify', {
          path,
          trustAnchorPaths,
          tsaAnchorPaths,
          crlPaths,
        });
        next.push({ file, kind: 'verified', verification });
      } catch (error) {
        next.push({ file, kind: 'failed', error });
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
        <p className="field__hint">{t('verify.dropHint')}</p>
        <div className="verify-screen__pick">
          <FileDropZone
            dropLabel={t('files.dropHere')}
            onFiles={choosePdfs}
            className="stack"
            testId="verify-pdf-drop"
          >
            <FileChooser
              label={t('verify.pickPdf')}
              accept={ACCEPT.pdf}
              multiple
              onFiles={choosePdfs}
              testId="verify-pdf-choose"
            />
            {pdfs.length === 0 ? (
              <p className={missingPdf ? 'field__error' : 'muted'} role={missingPdf ? 'alert' : undefined}>
                {missingPdf ? t('verify.pdfRequired') : t('verify.noPdf')}
              </p>
            ) : (
              <FileList files={pdfs} testId="chosen-pdfs" />
            )}
          </FileDropZone>
          <OptionalFiles
            accept={ACCEPT.certificates}
            onFiles={setAnchors}
            clear={() => setAnchors([])}
            files={anchors}
            labels={{ pick: t('verify.pickPem'), hint: t('verify.pemHint'), clear: t('verify.clearPem') }}
            testId="chosen-anchors"
          />
          <OptionalFiles
            accept={ACCEPT.certificates}
            onFiles={setTsaAnchors}
            clear={() => setTsaAnchors([])}
            files={tsaAnchors}
            labels={{ pick: t('verify.pickTsa'), hint: t('verify.tsaHint'), clear: t('verify.clearTsa') }}
            testId="chosen-tsa"
          />
          <OptionalFiles
            accept={ACCEPT.crl}
            onFiles={setCrls}
            clear={() => setCrls([])}
            files={crls}
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
            key={`${index}-${outcome.file}`}
            verification={outcome.verification}
            fileName={outcome.file}
            index={index}
          />
        ) : (
          <section
            key={`${index}-${outcome.file}`}
            className="panel verification"
            data-testid="verification-error"
          >
            <h2>
              <bdi dir="ltr">{outcome.file}</bdi>
            </h2>
            <ErrorWithDetail error={outcome.error} summary={t('verify.failed')} />
          </section>
        ),
      )}
    </div>
  );
}
