import { isHexColour } from "@gatehouse/policy";
import { Button, Fieldset, TextInput } from "nhsuk-react-components";
import type { FormErrors } from "../components/form-errors.ts";
import { colourHexId, colourNameId, newColourRow, type ColourRow } from "./kit-draft.ts";

/** The kit's colours, each a name and a hex code beside a swatch of it; the NHS palette is where a kit starts. */
export function ColoursFields({ rows, onChange, errors }: { rows: readonly ColourRow[]; onChange: (rows: ColourRow[]) => void; errors: FormErrors | null }) {
  const set = (key: number, change: Partial<ColourRow>) => {
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  };
  return (
    <Fieldset>
      <Fieldset.Legend size="m">Colours</Fieldset.Legend>
      <p className="nhsuk-hint">The colours content may use with the logo, each as a hex code such as #005EB8. The strap's colours are chosen from these.</p>
      <ul className="app-colours">
        {rows.map((row, index) => {
          const hex = row.hex.trim();
          const what = <span className="nhsuk-u-visually-hidden">Colour {index + 1} </span>;
          return (
            <li key={row.key} className="app-colour">
              <span className="app-colour__swatch" aria-hidden="true" style={isHexColour(hex) ? { background: hex } : undefined} />
              <TextInput
                label={<>{what}Name</>}
                labelProps={{ size: "s" }}
                id={colourNameId(row)}
                name={colourNameId(row)}
                width={10}
                autoComplete="off"
                value={row.name}
                error={errors?.fields[colourNameId(row)]}
                onChange={(event) => {
                  set(row.key, { name: event.target.value });
                }}
              />
              <TextInput
                label={<>{what}Hex code</>}
                labelProps={{ size: "s" }}
                id={colourHexId(row)}
                name={colourHexId(row)}
                width={5}
                code
                autoComplete="off"
                spellCheck={false}
                value={row.hex}
                error={errors?.fields[colourHexId(row)]}
                onChange={(event) => {
                  set(row.key, { hex: event.target.value });
                }}
              />
              <Button
                type="button"
                secondary
                small
                onClick={() => {
                  onChange(rows.filter((r) => r.key !== row.key));
                }}
              >
                Remove<span className="nhsuk-u-visually-hidden"> colour {index + 1}{row.name.trim() ? ` (${row.name.trim()})` : ""}</span>
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        type="button"
        secondary
        small
        onClick={() => {
          onChange([...rows, newColourRow()]);
        }}
      >
        Add a colour
      </Button>
    </Fieldset>
  );
}
