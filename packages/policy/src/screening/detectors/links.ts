import twitterText from "twitter-text";
import { finding } from "../finding.ts";
import type { Detector, Finding } from "../types.ts";

/** Shorteners hide where a link goes, so nobody can check it: always flagged (NWL §6.13). */
export const LINK_SHORTENERS = [
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "t.co",
  "ow.ly",
  "buff.ly",
  "goo.gl",
  "is.gd",
  "v.gd",
  "rebrand.ly",
  "tiny.cc",
  "cutt.ly",
  "shorturl.at",
  "lnkd.in",
  "fb.me",
  "dlvr.it",
  "trib.al",
  "rb.gy",
  "t.ly",
  "s.id",
  "qr.ae",
];

/** The host of a URL as people write it, with or without a scheme (no URL global: this runs without DOM or Node types). */
export function hostOf(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authority = rest.split(/[/?#]/, 1)[0] ?? "";
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
  return host.toLowerCase().replace(/\.$/, "");
}

export function isUnder(host: string, domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^\*?\./, "");
  return d !== "" && (host === d || host.endsWith(`.${d}`));
}

export const links: Detector = ({ text, settings }) => {
  const out: Finding[] = [];
  for (const { url, indices } of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: true })) {
    const host = hostOf(url);
    const [start, end] = indices;
    if (!host) continue;
    if (LINK_SHORTENERS.some((s) => isUnder(host, s))) {
      out.push(
        finding(
          "link.third_party",
          "link.third_party.shortener",
          "block",
          start,
          end,
          `${host} is a link shortener: nobody can see where it leads before they click. Use the full address of the page instead.`,
        ),
      );
    } else if (!settings.trustedDomains.some((d) => isUnder(host, d))) {
      out.push(
        finding(
          "link.third_party",
          "link.third_party.off-site",
          "warn",
          start,
          end,
          `This link leads off our trusted sites, to ${host}. Read the whole page (not just the headline), check its terms allow linking, and say clearly that it leads to another organisation's site.`,
        ),
      );
    }
  }
  return out;
};
