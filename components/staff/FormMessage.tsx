/** The form-level message after a submit; announced politely to screen readers. */
export function FormMessage({ message, id = "form-message" }: { message?: string; id?: string }) {
  return (
    <div id={id} aria-live="polite" role="status">
      {message ? <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{message}</p> : null}
    </div>
  );
}
