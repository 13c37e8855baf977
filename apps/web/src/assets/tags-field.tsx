import { Checkboxes, TextInput } from "nhsuk-react-components";
import type { TagsDraft } from "./tags-draft.ts";

/**
 * The organisation's tags as checkboxes (a brand guardian needs at least one), and free words
 * besides. The field's id is `tags`, the API's name for it, on the first box a person reaches.
 */
export function TagsField({
  taxonomy,
  value,
  onChange,
  error,
}: {
  taxonomy: readonly string[];
  value: TagsDraft;
  onChange: (draft: TagsDraft) => void;
  error?: string | undefined;
}) {
  const other = (
    <TextInput
      label={taxonomy.length > 0 ? "Other tags" : "Tags"}
      labelProps={{ size: "s" }}
      id={taxonomy.length > 0 ? "tags-other" : "tags"}
      name="tags-other"
      hint="Words to find it by, separated by commas, for example: Blaydon, ward 3"
      autoComplete="off"
      value={value.other}
      error={taxonomy.length > 0 ? undefined : error}
      onChange={(event) => {
        onChange({ ...value, other: event.target.value });
      }}
    />
  );
  if (taxonomy.length === 0) return other;
  return (
    <>
      <Checkboxes
        name="tags"
        legend="The organisation's tags"
        legendProps={{ size: "s" }}
        hint="Choose at least one: a picture is published only with a tag from the organisation's list."
        error={error}
        className="app-tag-checkboxes"
        small
      >
        {taxonomy.map((tag, index) => (
          <Checkboxes.Item
            key={tag}
            id={index === 0 ? "tags" : `tags-${index}`}
            value={tag}
            checked={value.chosen.includes(tag)}
            onChange={(event) => {
              const rest = value.chosen.filter((t) => t !== tag);
              onChange({ ...value, chosen: event.target.checked ? [...rest, tag] : rest });
            }}
          >
            {tag}
          </Checkboxes.Item>
        ))}
      </Checkboxes>
      {other}
    </>
  );
}
