import { NotificationBanner } from "nhsuk-react-components";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/** A success message carried to the next page in router state, e.g. after registering an account. */
export interface NoticeState {
  notice: string;
}

export function noticeState(notice: string): NoticeState {
  return { notice };
}

function noticeOf(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("notice" in state)) return undefined;
  return typeof state.notice === "string" ? state.notice : undefined;
}

/** The NHS success banner; nhsuk-frontend's script focuses it so the result is announced. */
export function SuccessBanner({ message }: { message: string }) {
  return (
    <NotificationBanner success key={message}>
      <NotificationBanner.Title>Success</NotificationBanner.Title>
      <NotificationBanner.Heading>{message}</NotificationBanner.Heading>
    </NotificationBanner>
  );
}

/**
 * Shows the notice the previous page left, if any, once: it is then taken out of the browser
 * history, so reloading the page or coming back to it later does not announce it again.
 */
export function LocationNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => noticeOf(location.state));

  useEffect(() => {
    if (noticeOf(location.state) === undefined) return;
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [location, navigate]);

  return message ? <SuccessBanner message={message} /> : null;
}
