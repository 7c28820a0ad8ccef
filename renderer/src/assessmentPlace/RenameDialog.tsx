import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../assessments/api/contract';
import { renameAssessmentInputSchema } from '../../../assessments/assessment/schemas';
import { useClient } from '../client/ClientContext';
import { Modal } from '../components/Modal';
import { applyCoreProblems } from '../forms/applyCoreProblems';
import { FormError } from '../forms/FormError';
import { FormField } from '../forms/FormField';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';

/** The contract's own rule for a title: what passes here passes the core. */
const schema = renameAssessmentInputSchema.pick({ title: true });

interface RenameDialogProps {
  assessmentId: string;
  title: string;
  onClose: () => void;
  onRenamed: (summary: OperationOutput<'assessment.rename'>) => void;
}

export function RenameDialog({ assessmentId, title, onClose, onRenamed }: RenameDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const form = useZodForm(schema, { defaultValues: { title } });
  const { isSubmitting } = form.formState;
  const onValid = async (values: { title: string }) => {
    try {
      onRenamed(await client.invoke('assessment.rename', { id: assessmentId, title: values.title }));
    } catch (error) {
      applyCoreProblems(form, error, t);
    }
  };
  return (
    <Modal title={t('assessmentPlace.rename.title')} onClose={onClose}>
      <form className="form" noValidate onSubmit={submitOnce(form, onValid)}>
        <FormError control={form.control} />
        <FormField
          control={form.control}
          name="title"
          id={`${id}-title`}
          label={t('assessmentPlace.rename.label')}
          hint={t('assessmentPlace.rename.hint')}
          words={{ required: t('assessmentPlace.rename.titleRequired') }}
          required
        >
          {(control) => (
            <input {...control} className="input" dir="auto" autoComplete="off" {...form.register('title')} />
          )}
        </FormField>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
            {t('assessmentPlace.rename.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
