import type { FocalPoint } from "@gatehouse/policy";
import { Button, Fieldset, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { facesSentence, PictureWithFaces } from "./picture-with-faces.tsx";
import type { AssetView } from "./types.ts";
import { useAssetUpdate } from "./use-asset-update.ts";

const FIELDS = ["focal-x", "focal-y"];

interface Typed {
  x: string;
  y: string;
}

const typedFrom = (point: FocalPoint): Typed => ({ x: String(Math.round(point.x * 1000) / 10), y: String(Math.round(point.y * 1000) / 10) });

function pointFrom(typed: Typed): FocalPoint | null {
  const x = Number(typed.x);
  const y = Number(typed.y);
  const ok = (v: number, raw: string) => raw.trim() !== "" && Number.isFinite(v) && v >= 0 && v <= 100;
  return ok(x, typed.x) && ok(y, typed.y) ? { x: Math.round(x * 10) / 1000, y: Math.round(y * 10) / 1000 } : null;
}

/**
 * The picture with its faces, and where its crops centre. Selecting a point in the picture
 * sets the focal point; the two numbers below do the same from the keyboard.
 */
export function FocalPointEditor({ asset, editable, handlers }: { asset: AssetView; editable: boolean; handlers: PageFormHandlers }) {
  const update = useAssetUpdate();
  const [typed, setTyped] = useState(() => typedFrom(asset.focalPoint));
  const shown = pointFrom(typed) ?? asset.focalPoint;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const point = pointFrom(typed);
    if (!point) {
      const fields: Record<string, string> = {};
      for (const [axis, id] of [["x", "focal-x"], ["y", "focal-y"]] as const) {
        const v = Number(typed[axis]);
        if (typed[axis].trim() === "" || !Number.isFinite(v) || v < 0 || v > 100) fields[id] = `Enter a number from 0 to 100 for how far ${axis === "x" ? "across" : "down"} the focal point is.`;
      }
      handlers.onError(formErrorsFromProblem({ code: "BAD_REQUEST", message: "Check the focal point.", fields }, FIELDS));
      return;
    }
    update.mutate(
      { id: asset.id, focalPoint: point },
      {
        onSuccess: () => handlers.onDone("The focal point is saved. Every platform's crop has been made again around it."),
        onError: (error) => {
          const problem = apiProblem(error);
          const fields = Object.fromEntries(Object.entries(problem.fields).map(([k, v]) => [k.endsWith("y") ? "focal-y" : "focal-x", v]));
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, FIELDS, "focal-x"));
        },
      },
    );
  };

  return (
    <>
      <PictureWithFaces asset={asset} focalPoint={shown} onPick={editable ? (point) => setTyped(typedFrom(point)) : undefined} />
      <p className="nhsuk-u-margin-top-3">{facesSentence(asset)}</p>
      {editable && (
        <form onSubmit={onSubmit} noValidate>
          <Fieldset>
            <Fieldset.Legend size="s">Focal point</Fieldset.Legend>
            <p className="nhsuk-hint">
              Each platform's crop is centred on this point as far as the picture allows. Select a point on the picture, or enter how far across
              and down it is. The cross on the picture shows where it is now.
              {asset.brandState !== "pending" && " Saving a new focal point makes new crops, so the picture goes back for brand review."}
            </p>
            <div className="app-focal-inputs">
              {(["x", "y"] as const).map((axis) => (
                <TextInput
                  key={axis}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={100}
                  step={0.1}
                  width={4}
                  id={`focal-${axis}`}
                  name={`focal-${axis}`}
                  label={axis === "x" ? "Across, from the left (%)" : "Down, from the top (%)"}
                  value={typed[axis]}
                  error={handlers.errors?.fields[`focal-${axis}`]}
                  onChange={(event) => {
                    const value = event.target.value;
                    setTyped((t) => ({ ...t, [axis]: value }));
                  }}
                />
              ))}
            </div>
          </Fieldset>
          <Button type="submit" secondary disabled={update.isPending}>
            Save focal point
          </Button>
        </form>
      )}
    </>
  );
}
