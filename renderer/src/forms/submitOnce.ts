import type { BaseSyntheticEvent } from 'react';
import type { FieldValues, SubmitErrorHandler, SubmitHandler, UseFormReturn } from 'react-hook-form';

/**
 * The form's onSubmit: validates, then runs `onValid` with the parsed values. A submit while the
 * last one is still running is ignored (the button stays focusable, marked aria-disabled, so a
 * screen reader still finds it). `onValid` catches the core's failures itself (applyCoreProblems).
 */
export function submitOnce<T extends FieldValues, V>(
  form: UseFormReturn<T, unknown, V>,
  onValid: SubmitHandler<V>,
  onInvalid?: SubmitErrorHandler<T>,
): (event?: BaseSyntheticEvent) => void {
  return (event) => {
    if (form.formState.isSubmitting) {
      event?.preventDefault();
      return;
    }
    void form.handleSubmit(onValid, onInvalid)(event);
  };
}
