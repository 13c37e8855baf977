import { useQuery } from "@tanstack/react-query";
import { Details, ErrorMessage, Fieldset, TextInput } from "nhsuk-react-components";
import { useState } from "react";
import { PicturePicker } from "../assets/picture-picker.tsx";
import type { AssetSummary } from "../assets/types.ts";
import { useTRPC } from "../trpc.ts";
import { ChosenPictureItem } from "./chosen-picture.tsx";
import type { ChosenPicture } from "./consent-draft.ts";

const SHOWN = 30;

function matches(asset: AssetSummary, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (q === "") return true;
  return [asset.name, asset.caption ?? "", ...asset.tags].some((text) => text.toLowerCase().includes(q));
}

/** The pictures this person appears in: each with the face that is them, and more to add from the library. */
export function ConsentPictures({
  value,
  onChange,
  error,
  legend = "The pictures it covers",
  empty = "No pictures chosen yet. You can record the consent now and link pictures to it later, from its page.",
  exclude = [],
}: {
  value: ChosenPicture[];
  onChange: (pictures: ChosenPicture[]) => void;
  error?: string | undefined;
  legend?: string;
  empty?: string;
  /** pictures already linked, not offered again */
  exclude?: readonly string[];
}) {
  const trpc = useTRPC();
  const library = useQuery(trpc.assets.list.queryOptions({}));
  const [search, setSearch] = useState("");
  const chosenIds = value.map((p) => p.assetId);
  const offered = (library.data ?? []).filter((a) => !exclude.includes(a.id) && (chosenIds.includes(a.id) || matches(a, search))).slice(0, SHOWN);

  return (
    <Fieldset>
      <Fieldset.Legend size="m" headingLevel="h2">
        {legend}
      </Fieldset.Legend>
      <div id="pictures" tabIndex={-1} className={error ? "nhsuk-form-group--error app-error-block" : undefined}>
        {error && <ErrorMessage>{error}</ErrorMessage>}
        {value.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <ul className="app-chosen-pictures">
            {value.map((picture) => (
              <ChosenPictureItem
                key={picture.assetId}
                picture={picture}
                onFace={(face) => {
                  onChange(value.map((p) => (p.assetId === picture.assetId ? { ...p, face } : p)));
                }}
                onRemove={() => {
                  onChange(value.filter((p) => p.assetId !== picture.assetId));
                }}
              />
            ))}
          </ul>
        )}
      </div>
      <Details>
        <Details.Summary>Add pictures from the library</Details.Summary>
        <Details.Text>
          {library.isPending ? (
            <p role="status">Loading the library…</p>
          ) : library.isError ? (
            <p>The library could not be loaded just now. Try reloading the page.</p>
          ) : (
            <>
              <TextInput
                label="Search the library"
                id="picture-search"
                name="picture-search"
                hint="A file name, caption or tag"
                autoComplete="off"
                value={search}
                onChange={(event) => {
                  setSearch(event.target.value);
                }}
              />
              {offered.length === 0 ? (
                <p>No pictures match.</p>
              ) : (
                <PicturePicker
                  name="library-pictures"
                  legend="Pictures this person appears in"
                  assets={offered}
                  value={chosenIds}
                  onChange={(ids) => {
                    onChange(ids.map((id) => value.find((p) => p.assetId === id) ?? { assetId: id, face: "" }));
                  }}
                />
              )}
            </>
          )}
        </Details.Text>
      </Details>
    </Fieldset>
  );
}
