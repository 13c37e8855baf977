import { useState } from "react";
import { FormErrorSummary } from "./form-error-summary.tsx";
import type { FormErrors } from "./form-errors.ts";
import { LocationNotice, SuccessBanner } from "./notice.tsx";

/**
 * How the small forms on one page report back (grant, remove, change status; approve,
 * decline), so the page shows one error summary at its top and one success banner.
 */
export interface PageFormHandlers {
  errors: FormErrors | null;
  onError: (errors: FormErrors) => void;
  onDone: (message: string) => void;
}

export function usePageForms(): { errors: FormErrors | null; notice: string | null; handlers: PageFormHandlers } {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const handlers: PageFormHandlers = {
    errors,
    onError: (next) => {
      setNotice(null);
      setErrors(next);
    },
    onDone: (message) => {
      setErrors(null);
      setNotice(message);
    },
  };
  return { errors, notice, handlers };
}

/** The error summary, or the banner for what just succeeded, or what the previous page left. */
export function PageFormMessages({ errors, notice }: { errors: FormErrors | null; notice: string | null }) {
  if (errors) return <FormErrorSummary errors={errors} />;
  if (notice) return <SuccessBanner message={notice} />;
  return <LocationNotice />;
}
