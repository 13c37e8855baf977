import { CATEGORIES, type Category } from "@gatehouse/policy";
import { ErrorMessage } from "nhsuk-react-components";
import type { FormErrors } from "../components/form-errors.ts";
import { CATEGORY_LABELS } from "../screening/category-labels.ts";
import { severityFieldId, type SeverityChoice } from "./settings-draft.ts";

const CHOICES: readonly { value: SeverityChoice; text: string }[] = [
  { value: "", text: "Default" },
  { value: "block", text: "Must fix (block)" },
  { value: "warn", text: "Check (warn)" },
  { value: "info", text: "Advice (info)" },
  { value: "off", text: "Off" },
];

function isChoice(value: string): value is SeverityChoice {
  return CHOICES.some((choice) => choice.value === value);
}

/** How serious each category of finding is: one select per category, labelled by its plain name. */
export function SeverityTable({
  value,
  onChange,
  errors,
}: {
  value: Record<Category, SeverityChoice>;
  onChange: (category: Category, choice: SeverityChoice) => void;
  errors: FormErrors | null;
}) {
  return (
    <>
      <h2 id="severity-heading">How serious each kind of finding is</h2>
      <p id="severity-help">
        Default keeps the policy check's own choice for each finding. Must fix stops a post from being submitted until it is changed.
        Check asks the author to confirm they have checked it. Advice is shown but asks nothing. Off stops the check looking for it.
      </p>
      <table className="nhsuk-table" aria-labelledby="severity-heading" aria-describedby="severity-help">
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Finding
            </th>
            <th scope="col" className="nhsuk-table__header">
              Severity
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {CATEGORIES.map((category) => {
            const id = severityFieldId(category);
            const error = errors?.fields[id];
            return (
              <tr key={category} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  <label className="nhsuk-label nhsuk-u-margin-bottom-0" htmlFor={id}>
                    {CATEGORY_LABELS[category]}
                  </label>
                </th>
                <td className="nhsuk-table__cell">
                  <div className={`nhsuk-form-group nhsuk-u-margin-bottom-0${error ? " nhsuk-form-group--error" : ""}`}>
                    {error && <ErrorMessage id={`${id}--error-message`}>{error}</ErrorMessage>}
                    <select
                      className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
                      id={id}
                      name={id}
                      value={value[category]}
                      aria-describedby={error ? `${id}--error-message` : undefined}
                      onChange={(event) => {
                        if (isChoice(event.target.value)) onChange(category, event.target.value);
                      }}
                    >
                      {CHOICES.map((choice) => (
                        <option key={choice.value} value={choice.value}>
                          {choice.text}
                        </option>
                      ))}
                    </select>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
