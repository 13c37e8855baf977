import { ErrorSummary } from "nhsuk-react-components";
import type { FormErrors } from "./form-errors.ts";

/**
 * The NHS error summary. nhsuk-frontend's script moves focus to it when it starts and makes
 * its links focus their fields; keying by attempt restarts it after every failed submit.
 */
export function FormErrorSummary({ errors }: { errors: FormErrors | null }) {
  if (!errors) return null;
  return (
    <ErrorSummary key={errors.attempt}>
      <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
      <ErrorSummary.List>
        {errors.summary.map((item, index) => (
          <ErrorSummary.ListItem key={index} href={item.field ? `#${item.field}` : undefined}>
            {item.message}
          </ErrorSummary.ListItem>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
