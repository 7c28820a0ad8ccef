import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../assessments/api/contract';
import { fieldErrorText } from '../forms/fieldErrorText';
import { submitOnce } from '../forms/submitOnce';
import { useZodForm } from '../forms/useZodForm';
import { DatasetChooser, latestOfEachSource } from './DatasetChooser';
import type { ScreeningData, ScreeningState } from './useScreening';

/** The lists a run screens against: here at least one must be chosen, not "every list" by default. */
const runChoiceSchema = contract['screening.run'].input.pick({ datasetIds: true }).required();

interface ScreeningRunFormProps {
  screening: ScreeningState;
  data: ScreeningData;
  /** The button's words: the page offers "Run screening", a party question "Screen these parties". */
  runLabel: string;
}

/** Which lists to screen against (the newest version of each source to begin with), and the button that screens. */
export function ScreeningRunForm({ screening, data, runLabel }: ScreeningRunFormProps) {
  const { t } = useTranslation();
  const form = useZodForm(runChoiceSchema, {
    defaultValues: { datasetIds: latestOfEachSource(data.datasets).map((dataset) => dataset.id) },
  });
  const { field, fieldState } = useController({ control: form.control, name: 'datasetIds' });
  const { isSubmitting } = form.formState;
  const chosen = new Set(field.value);

  const submit = submitOnce(form, ({ datasetIds }) => screening.run(datasetIds));

  return (
    <form className="form screening-run" noValidate onSubmit={submit}>
      <DatasetChooser
        datasets={data.datasets}
        chosen={chosen}
        error={fieldErrorText(fieldState.error, { required: t('screening.chooseOne') })}
        // In the order the lists are shown, whatever order they were ticked in.
        onChange={(next) =>
          field.onChange(data.datasets.filter((dataset) => next.has(dataset.id)).map((dataset) => dataset.id))
        }
        firstRef={field.ref}
      />
      <div className="screening-run__actions">
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting || undefined}>
          {runLabel}
        </button>
        <p role="status" className="screening-run__status">
          {isSubmitting && (
            <>
              <span className="busy__spinner" aria-hidden="true" />
              {t('screening.running')}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
