import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import { ErrorAlert } from '../components/ErrorAlert';

interface FormErrorProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
}

/** The form-level failure set by applyCoreProblems (`root.server`), announced when it appears. */
export function FormError<T extends FieldValues, V>({ control }: FormErrorProps<T, V>) {
  const { errors } = useFormState({ control });
  return <ErrorAlert message={errors.root?.server?.message ?? null} />;
}
