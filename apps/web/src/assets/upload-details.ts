import type { Classification } from "@gatehouse/policy";
import { tagsOf, type TagsDraft } from "./tags-draft.ts";

/** What the person says about the photos they are about to choose; all of it optional. */
export interface UploadDetails {
  classification: Classification | "";
  tags: TagsDraft;
  caption: string;
  altText: string;
}

export const NO_DETAILS: UploadDetails = { classification: "", tags: { chosen: [], other: "" }, caption: "", altText: "" };

/** The upload's form fields, as the API names them; what is left empty is not sent. */
export function uploadFields(details: UploadDetails): Record<string, string> {
  const tags = tagsOf(details.tags).join(", ");
  return {
    ...(details.classification ? { classification: details.classification } : {}),
    ...(tags ? { tags } : {}),
    ...(details.caption.trim() ? { caption: details.caption } : {}),
    ...(details.altText.trim() ? { altText: details.altText } : {}),
  };
}
