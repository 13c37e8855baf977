import { Button } from "nhsuk-react-components";
import type { SubmitEvent } from "react";
import { Link } from "react-router";
import { formErrorsFrom } from "../components/form-errors.ts";
import { formatDateTime } from "../components/format.ts";
import { timeAgo } from "../components/london-time.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import type { RouterOutputs } from "../api-types.ts";
import { useMarkRead, useNotifications } from "./use-notifications.ts";
import "./notifications.css";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const label = (
    <>
      {item.text}
      {!item.read && <span className="nhsuk-u-visually-hidden"> (unread)</span>}
    </>
  );
  return (
    <li className={item.read ? "app-notification" : "app-notification app-notification--unread"}>
      {item.link.startsWith("/") ? (
        <Link
          to={item.link}
          onClick={() => {
            onOpen(item);
          }}
        >
          {label}
        </Link>
      ) : (
        <span>{label}</span>
      )}
      <p className="nhsuk-body-s nhsuk-u-secondary-text-color app-notification__time">
        <time dateTime={item.createdAt}>
          {timeAgo(item.createdAt)} ({formatDateTime(item.createdAt)})
        </time>
      </p>
    </li>
  );
}

/** The signed-in person's notifications, newest first. Opening one marks it read; the button marks them all. */
export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const { errors, notice, handlers } = usePageForms();
  usePageTitle("Notifications", errors !== null);

  if (notifications.isPending) return <Loading />;
  if (notifications.isError) return <QueryError error={notifications.error} />;

  const { unread, items } = notifications.data;
  const newestFirst = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const onMarkAll = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (markRead.isPending) return;
    markRead.mutate(
      { ids: "all" },
      {
        onSuccess: () => {
          handlers.onDone("All your notifications are marked as read.");
        },
        onError: (error) => {
          handlers.onError(formErrorsFrom(error, []));
        },
      },
    );
  };

  const onOpen = (item: Notification) => {
    if (!item.read) markRead.mutate({ ids: [item.id] });
  };

  return (
    <>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>Notifications</h1>
      <p>{unread === 0 ? "You have no unread notifications." : `You have ${unread} unread ${unread === 1 ? "notification" : "notifications"}.`}</p>
      {unread > 0 && (
        <form onSubmit={onMarkAll} noValidate>
          <Button type="submit" secondary>
            Mark all as read
          </Button>
        </form>
      )}
      {newestFirst.length === 0 ? (
        <p>You have no notifications yet. You will be told here when a post you scheduled is published, fails or is late.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border app-notifications">
          {newestFirst.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </>
  );
}
