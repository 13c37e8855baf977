import { PLATFORM_LABELS } from "@gatehouse/policy";
import { PostPreview, type PreviewAccount } from "./post-preview.tsx";
import type { PreviewPicturesSource } from "./preview-pictures-source.ts";

/**
 * The preview of one account's post once its pictures are known: until then the warnings
 * would be about a post without them (Instagram's "needs a picture"), so none is shown.
 */
export function AccountPreview({
  account,
  accountId,
  text,
  pictures,
  headingLevel,
}: {
  account: PreviewAccount;
  accountId: string;
  text: string;
  pictures: PreviewPicturesSource;
  headingLevel: 3 | 4;
}) {
  if (pictures.state === "pending") return <p role="status">Loading the preview for {PLATFORM_LABELS[account.platform]}…</p>;
  if (pictures.state === "error") return <p>The pictures could not be loaded just now, so there is no preview. Try reloading the page.</p>;
  return <PostPreview account={account} text={text} pictures={pictures.picturesFor(account.platform, accountId)} headingLevel={headingLevel} />;
}
