import type { Client } from "./client.ts";

/** A picture made fit for the brand: labelled OFFICIAL, tagged from the demo taxonomy, described, and approved by a brand guardian. */
export async function brandReady(editor: Client, guardian: Client, assetId: string, altText = "Members of the ward team at work"): Promise<void> {
  await editor.assets.update.mutate({ id: assetId, classification: "OFFICIAL", tags: ["Flu"], altText });
  await guardian.brand.approveAsset.mutate({ id: assetId });
}
