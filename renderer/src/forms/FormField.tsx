import {
  get,
  useFormState,
  type Control,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { Field, type FieldProps } from '../components/Field';
import { fieldErrorText, type ProblemWords } from './fieldErrorText';

interface FormFieldProps<T extends FieldValues, V> extends Omit<FieldProps, 'error'> {
  control: Control<T, unknown, V>;
  name: FieldPath<T>;
  /** This field's own words for a problem, e.g. `{ required: t('…titleRequired') }`. */
  words?: ProblemWords;
}

/**
 * A Field showing the error react-hook-form holds for `name`; only this field re-renders when it
 * changes. An error the core sent back after submitting is announced, since focus may be elsewhere.
 */
export function FormField<T extends FieldValues, V>({
  control,
  name,
  words,
  announceError,
  ...field
}: FormFieldProps<T, V>) {
  const { errors } = useFormState({ control, name });
  const error = get(errors, name) as FieldError | undefined;
  return (
    <Field
      {...field}
      error={fieldErrorText(error, words)}
      announceError={announceError ?? error?.type === 'server'}
    />
  );
}
