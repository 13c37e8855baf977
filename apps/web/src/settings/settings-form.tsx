import type { Category } from "@gatehouse/policy";
import { Button, Textarea } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import type { FormErrors } from "../components/form-errors.ts";
import { LIST_FIELD_TEXT } from "./list-fields.ts";
import { LIST_FIELDS, type ListField, type SettingsDraft, type SeverityChoice } from "./settings-draft.ts";
import { SeverityTable } from "./severity-table.tsx";

/** The fields of the screening settings; the page owns the draft so "Try the settings" can use it unsaved. */
export function SettingsForm({
  draft,
  onChange,
  onSubmit,
  errors,
}: {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
  onSubmit: () => void;
  errors: FormErrors | null;
}) {
  const setList = (field: ListField, text: string) => {
    onChange({ ...draft, lists: { ...draft.lists, [field]: text } });
  };
  const setSeverity = (category: Category, choice: SeverityChoice) => {
    onChange({ ...draft, severity: { ...draft.severity, [category]: choice } });
  };

  return (
    <form
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {LIST_FIELDS.map((field) => (
        <Textarea
          key={field}
          id={field}
          name={field}
          label={LIST_FIELD_TEXT[field].label}
          labelProps={{ size: "s" }}
          hint={LIST_FIELD_TEXT[field].hint}
          spellCheck={LIST_FIELD_TEXT[field].spellCheck}
          autoComplete="off"
          rows={4}
          value={draft.lists[field]}
          error={errors?.fields[field]}
          onChange={(event) => {
            setList(field, event.target.value);
          }}
        />
      ))}
      <SeverityTable value={draft.severity} onChange={setSeverity} errors={errors} />
      <Button type="submit">Save settings</Button>
    </form>
  );
}
