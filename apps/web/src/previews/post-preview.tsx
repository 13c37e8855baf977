import { PLATFORM_LABELS, platformPreview, type Platform } from "@gatehouse/policy";
import "../sandbox/sandbox.css";
import { PreviewLinkCard } from "./preview-link-card.tsx";
import type { PreviewPicture } from "./preview-pictures-source.ts";
import { PreviewPictures } from "./preview-pictures.tsx";
import { PreviewText } from "./preview-text.tsx";
import { PreviewWarnings } from "./preview-warnings.tsx";
import "./previews.css";

export interface PreviewAccount {
  platform: Platform;
  name: string;
  handle: string;
}

/**
 * One post as its platform's feed will show it, with what the platform will refuse or hide
 * said in words above it. packages/policy decides the folds, crops and warnings.
 */
export function PostPreview({
  account,
  text,
  pictures,
  headingLevel,
}: {
  account: PreviewAccount;
  text: string;
  pictures: readonly PreviewPicture[];
  headingLevel: 3 | 4;
}) {
  const preview = platformPreview(account.platform, text, pictures);
  const label = PLATFORM_LABELS[account.platform];
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const initial = account.name.trim().charAt(0).toUpperCase();
  const links = preview.link?.clickable === false ? "plain" : "styled";
  const picturesPart = <PreviewPictures images={preview.images} pictures={pictures} />;
  // Instagram puts the picture first and the caption under it, after the account's name.
  const pictureFirst = account.platform === "instagram";

  return (
    <div className="app-preview" data-platform={account.platform}>
      <Heading className="nhsuk-heading-xs nhsuk-u-margin-bottom-2">How it will look on {label}</Heading>
      <PreviewWarnings warnings={preview.warnings} />
      <div className={`app-feed app-feed--${account.platform} app-preview__feed`}>
        <div className="app-feed__post">
          <span className="app-feed__avatar" aria-hidden="true">
            {initial}
          </span>
          <div className="app-feed__body">
            <p className="app-feed__byline">
              <span className="app-feed__name">{account.name}</span> <span className="app-feed__handle">{account.handle}</span>
            </p>
            {pictureFirst && picturesPart}
            <PreviewText text={preview.text} links={links} />
            {!pictureFirst && picturesPart}
            {preview.link && <PreviewLinkCard link={preview.link} />}
          </div>
        </div>
      </div>
    </div>
  );
}
