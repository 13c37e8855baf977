import { useQuery } from "@tanstack/react-query";
import { Button, Select } from "nhsuk-react-components";
import { Link } from "react-router";
import { facesSentence, PictureWithFaces } from "../assets/picture-with-faces.tsx";
import { useTRPC } from "../trpc.ts";
import type { ChosenPicture } from "./consent-draft.ts";

/** A picture the consent will cover: its numbered faces, and which one is this person. */
export function ChosenPictureItem({ picture, onFace, onRemove }: { picture: ChosenPicture; onFace: (face: string) => void; onRemove: () => void }) {
  const trpc = useTRPC();
  const asset = useQuery(trpc.assets.get.queryOptions({ id: picture.assetId }));
  const name = asset.data?.name ?? "this picture";
  const faceCount = asset.data?.faceCount ?? 0;

  return (
    <li className="app-chosen-picture">
      {asset.isPending ? (
        <p role="status">Loading the picture…</p>
      ) : asset.isError ? (
        <p>This picture could not be loaded. Remove it, or try reloading the page.</p>
      ) : (
        <>
          <PictureWithFaces asset={asset.data} small />
          <p className="nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2">
            <Link to={`/assets/${asset.data.id}`}>{asset.data.name}</Link>
          </p>
          <p className="nhsuk-body-s">{facesSentence(asset.data)}</p>
          {faceCount > 0 && (
            <Select
              label={`Which face in ${name} is this person?`}
              id={`face-${picture.assetId}`}
              name={`face-${picture.assetId}`}
              hint="The numbers are the boxes on the picture."
              value={picture.face}
              onChange={(event) => {
                onFace(event.target.value);
              }}
            >
              <Select.Option value="">Not sure</Select.Option>
              {Array.from({ length: faceCount }, (_, i) => (
                <Select.Option key={i} value={String(i + 1)}>
                  Face {i + 1}
                </Select.Option>
              ))}
            </Select>
          )}
        </>
      )}
      <Button type="button" secondary small onClick={onRemove}>
        Remove<span className="nhsuk-u-visually-hidden"> {name}</span>
      </Button>
    </li>
  );
}
