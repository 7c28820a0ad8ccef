interface ErrorAlertProps {
  message: string | null;
}

/** A form- or screen-level failure, announced as soon as it appears. */
export function ErrorAlert({ message }: ErrorAlertProps) {
  if (!message) return null;
  return (
    <p className="alert alert--error" role="alert">
      {message}
    </p>
  );
}
