import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { contract, type OperationOutput } from '../../../assessments/api/contract';
import { useClient } from '../client/ClientContext';
import { ErrorWithDetail } from '../components/ErrorWithDetail';
import { FormField } from '../forms/FormField';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { fieldErrorText } from '../forms/fieldErrorText';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { FileChooser } from '../files/FileChooser';
import { FileDropZone } from '../files/FileDropZone';

/** The contract's password, and the file the window holds until the core is given its path. */
const importIdentitySchema = contract['identity.import'].input.pick({ password: true }).extend({
  file: z
    .instanceof(File)
    .nullable()
    .refine((file) => file !== null),
});

type ImportIdentityValues = z.input<typeof importIdentitySchema>;

const EMPTY: ImportIdentityValues = { file: null, password: '' };

interface ImportIdentityFormProps {
  onImported: (identity: OperationOutput<'identity.import'>) => void;
}

/** A PKCS#12 file chosen or dropped here; its password is used once and not kept. */
export function ImportIdentityForm({ onImported }: ImportIdentityFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useZodForm(importIdentitySchema, { defaultValues: EMPTY });
  const { register, reset, setValue, control } = form;
  const { isSubmitting: busy, isSubmitted, errors } = form.formState;
  const fileError = fieldErrorText(errors.file, { invalid: t('signing.import.fileRequired') });

  const choose = (files: File[]) => {
    const [first] = files;
    if (!first || busy) return;
    setFailure(null);
    setValue('file', first, { shouldValidate: isSubmitted });
  };

  const importFile = async ({ file, password }: z.output<typeof importIdentitySchema>) => {
    setFailure(null);
    if (!file) return;
    try {
      // Handed to the core only now: a file chosen and then replaced is never read.
      const [path = ''] = await client.files.open([file]);
      const identity = await client.invoke('identity.import', { path, password });
      reset(EMPTY);
      onImported(identity);
    } catch (error) {
      setFailure(error);
      applyCoreProblems(form, error, t, { formLevel: false, fields: { path: 'file' } });
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={submitOnce(form, importFile, () => setFailure(null))}
      aria-busy={busy}
    >
      <ErrorWithDetail error={failure} summary={t('signing.import.failed')} />
      <FileDropZone
        dropLabel={t('signing.import.drop')}
        disabled={busy}
        multiple={false}
        onFiles={choose}
        className="field"
        testId="p12-drop"
      >
        {/* The group's name and the chosen file give the chooser button its context. */}
        <div
          role="group"
          aria-labelledby={`${baseId}-file-label`}
          aria-describedby={`${baseId}-file-chosen${fileError ? ` ${baseId}-file-error` : ''}`}
        >
          <p className="field__label" id={`${baseId}-file-label`}>
            {t('signing.import.fileLabel')}
          </p>
          <Controller
            control={control}
            name="file"
            render={({ field }) => (
              <>
                <p
                  className="file-choice"
                  id={`${baseId}-file-chosen`}
                  data-testid="p12-file"
                  aria-live="polite"
                >
                  {field.value ? (
                    <bdi>{field.value.name}</bdi>
                  ) : (
                    <span className="muted">{t('signing.import.noFile')}</span>
                  )}
                </p>
                <FileChooser
                  ref={field.ref}
                  label={t('signing.import.choose')}
                  accept=".p12,.pfx,application/x-pkcs12"
                  busy={busy}
                  onFiles={choose}
                  testId="p12-choose"
                />
              </>
            )}
          />
          {fileError && (
            <p id={`${baseId}-file-error`} className="field__error" role="alert">
              {fileError}
            </p>
          )}
        </div>
      </FileDropZone>
      <FormField
        control={control}
        name="password"
        id={`${baseId}-password`}
        label={t('signing.import.passwordLabel')}
        hint={t('signing.import.passwordHint')}
      >
        {(props) => (
          <input {...props} {...register('password')} className="input" type="password" autoComplete="off" />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? t('signing.import.submitting') : t('signing.import.submit')}
        </button>
      </div>
    </form>
  );
}
