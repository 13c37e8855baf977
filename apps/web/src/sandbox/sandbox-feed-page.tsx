import { isPlatform, PLATFORM_LABELS } from "@gatehouse/policy";
import { useQuery } from "@tanstack/react-query";
import { BackLink, NotificationBanner } from "nhsuk-react-components";
import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { formatDateTime } from "../components/format.ts";
import { timeAgo } from "../components/london-time.ts";
import { Loading } from "../components/loading.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { useTRPC } from "../trpc.ts";
import { FeedMedia } from "./feed-media.tsx";
import { FeedText } from "./feed-text.tsx";
import "./sandbox.css";

/**
 * Makes the post an address points at (…/sandbox/<account>#post-<id>, a published post's URL)
 * the document's target once the feed has loaded, so it is scrolled to and `:target` marks it.
 * The browser looked for it when the page opened, before the feed was there.
 */
function useTargetAfterLoad(loaded: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!loaded || !hash.startsWith("#post-")) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    if (element.matches(":target")) element.scrollIntoView({ block: "center" });
    else window.location.replace(hash);
  }, [loaded, hash]);
}

/** The sandbox platform's public feed for one account: what its followers would see, newest first. */
export function SandboxFeedPage() {
  const { accountId = "" } = useParams();
  const trpc = useTRPC();
  const feed = useQuery({ ...trpc.sandbox.feed.queryOptions({ accountId }), refetchInterval: 15_000 });
  const account = feed.data?.account;
  const platform = account && isPlatform(account.platform) ? account.platform : undefined;
  const platformLabel = platform ? PLATFORM_LABELS[platform] : "the platform";
  usePageTitle(account ? `Sandbox feed: ${account.name} on ${platformLabel}` : "Sandbox feed");
  useTargetAfterLoad(feed.data !== undefined);

  if (feed.isPending) return <Loading />;
  if (feed.isError) return <QueryError error={feed.error} />;

  const { posts } = feed.data;
  const newestFirst = [...posts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const name = feed.data.account.name;
  const now = new Date();

  return (
    <>
      <BackLink asElement={Link} to={`/accounts/${accountId}`}>
        Back to the account
      </BackLink>
      <NotificationBanner>
        <NotificationBanner.Title>Important</NotificationBanner.Title>
        <NotificationBanner.Heading>This is Gatehouse's built-in sandbox, not the real {platformLabel}.</NotificationBanner.Heading>
        <p>Posts here are kept inside Gatehouse for practice and testing. Nobody outside Gatehouse can see them.</p>
      </NotificationBanner>
      <h1>
        <span className="nhsuk-caption-l">
          Sandbox feed<span className="nhsuk-u-visually-hidden">: </span>
        </span>
        {name} on {platformLabel}
      </h1>

      <div className={`app-feed app-feed--${platform ?? "other"}`}>
        <div className="app-feed__profile">
          <span className="app-feed__avatar app-feed__avatar--large" aria-hidden="true">
            {name.trim().charAt(0).toUpperCase()}
          </span>
          <div>
            <p className="app-feed__name">{name}</p>
            <p className="app-feed__handle">{feed.data.account.handle}</p>
          </div>
        </div>
        {newestFirst.length === 0 ? (
          <p className="app-feed__empty">Nothing has been posted to this account's sandbox yet.</p>
        ) : (
          <ol className="app-feed__posts" aria-label={`Posts by ${name}, newest first`}>
            {newestFirst.map((post) => (
              <li key={post.id}>
                <article id={`post-${post.id}`} className="app-feed__post" tabIndex={-1} aria-label={`Post from ${formatDateTime(post.createdAt)}`}>
                  <span className="app-feed__avatar" aria-hidden="true">
                    {name.trim().charAt(0).toUpperCase()}
                  </span>
                  <div className="app-feed__body">
                    <p className="app-feed__byline">
                      <span className="app-feed__name">{name}</span> <span className="app-feed__handle">{feed.data.account.handle}</span>
                      <span aria-hidden="true"> · </span>
                      <time dateTime={post.createdAt} className="app-feed__time">
                        {timeAgo(post.createdAt, now)}
                        <span className="app-feed__exact"> ({formatDateTime(post.createdAt)})</span>
                      </time>
                    </p>
                    <FeedText text={post.text} />
                    <FeedMedia media={post.media} />
                  </div>
                </article>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
