import { Header } from "nhsuk-react-components";
import { Link } from "react-router";
import { useNotifications } from "./use-notifications.ts";
import "./notifications.css";

/** "Notifications" in the header, with the number unread ("3 unread" to a screen reader). */
export function NotificationsLink() {
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Header.AccountItem href="/notifications" asElement={Link} to="/notifications">
      Notifications{" "}
      {unread > 0 && (
        <span className="app-badge">
          {unread > 99 ? "99+" : unread}
          <span className="nhsuk-u-visually-hidden"> unread</span>
        </span>
      )}
    </Header.AccountItem>
  );
}
