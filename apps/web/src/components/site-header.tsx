import { ROLE_LABELS } from "@gatehouse/policy";
import { Header } from "nhsuk-react-components";
import type { MouseEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import type { SignedInUser } from "../api-types.ts";
import { useSignOut } from "../auth/use-sign-out.ts";
import { NotificationsLink } from "../notifications/notifications-link.tsx";
import { currentNavItem, navItemsFor } from "./nav-items.ts";
import { SERVICE_NAME } from "./page-title.ts";

/**
 * The NHS header: service name, who is signed in with their roles, "Sign out", and the
 * navigation their roles allow. Header.Account and Header.Navigation must be the header's
 * direct children: nhsuk-react-components places them by their component type.
 */
export function SiteHeader({ user }: { user: SignedInUser | null }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { signOut } = useSignOut();
  const items = user ? navItemsFor(user.roles) : [];
  const current = currentNavItem(items, pathname);

  // The NHS logo and service name link home; follow it inside the app, without a page load.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!(event.target instanceof Element) || !event.target.closest("a.nhsuk-header__service-logo")) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate("/");
  };

  return (
    // Keyed by user: nhsuk-frontend's header script measures the navigation once, when it starts.
    <Header key={user?.id ?? "signed-out"} service={{ text: SERVICE_NAME, href: "/" }} onClick={onClick}>
      {user && (
        <Header.Account aria-label="Your account">
          <Header.AccountItem icon>{user.name}</Header.AccountItem>
          <Header.AccountItem>{user.roles.map((role) => ROLE_LABELS[role]).join(", ")}</Header.AccountItem>
          <NotificationsLink />
          <Header.AccountItem
            type="submit"
            formProps={{
              onSubmit: (event) => {
                event.preventDefault();
                signOut();
              },
            }}
          >
            Sign out
          </Header.AccountItem>
        </Header.Account>
      )}
      {user && (
        <Header.Navigation aria-label="Primary navigation">
          {items.map((item) => (
            <Header.NavigationItem key={item.to} asElement={Link} to={item.to} current={item === current}>
              {item.text}
            </Header.NavigationItem>
          ))}
        </Header.Navigation>
      )}
    </Header>
  );
}
