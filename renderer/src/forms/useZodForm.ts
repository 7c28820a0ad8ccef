import { useEffect, useMemo } from 'react';
import { useForm, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { describeProblem } from './describeProblem';
import { localisedZodResolver, type FormSchema } from './localisedZodResolver';

export type ZodForm<S extends FormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

export type ZodFormOptions<S extends FormSchema> = Omit<
  UseFormProps<z.input<S>, unknown, z.output<S>>,
  'resolver'
>;

/**
 * A react-hook-form form whose validation is `schema` (a contract schema, picked or extended for
 * fields only the window has). It validates on submit, then again on every change, so nobody is
 * told off while still typing; submitting focuses the first invalid field. Error words are
 * translated and follow a change of language.
 */
export function useZodForm<S extends FormSchema>(schema: S, options: ZodFormOptions<S> = {}): ZodForm<S> {
  const { t, i18n } = useTranslation();
  // react-hook-form reads its options afresh on every render, so a new schema or language applies at once.
  const resolver = useMemo(
    () => localisedZodResolver(schema, (problem) => describeProblem(t, problem)),
    [schema, t],
  );
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    ...options,
    resolver,
  });
  const { isSubmitted } = form.formState;
  const { trigger } = form;
  useEffect(() => {
    if (isSubmitted) void trigger();
    // Only a new language re-words the errors already shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);
  return form;
}
