import { can, decidePostAction, fromLondon, PLATFORM_LABELS, type AccountStatus } from "@gatehouse/policy";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Select } from "nhsuk-react-components";
import { useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useCurrentUser } from "../auth/session-context.ts";
import { formErrorsFromProblem, type FormErrors } from "../components/form-errors.ts";
import { formatDateTime } from "../components/format.ts";
import { londonClock, londonDate, londonToday } from "../components/london-time.ts";
import { Loading } from "../components/loading.tsx";
import { PageFormMessages, usePageForms } from "../components/page-forms.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { QueryError } from "../components/query-error.tsx";
import { actorForAccounts } from "../posts/post-actor.ts";
import { postFormErrors } from "../posts/post-errors.ts";
import type { PostSummary } from "../posts/types.ts";
import { useTRPC } from "../trpc.ts";
import { accountColours } from "./account-colours.ts";
import { CalendarGrid } from "./calendar-grid.tsx";
import { calendarHref, calendarView, type CalendarMode } from "./calendar-view.ts";
import "./calendar.css";

export function CalendarPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = londonToday();
  const view = calendarView(params, today);
  const accounts = useQuery(trpc.accounts.list.queryOptions());
  const posts = useQuery(trpc.posts.list.queryOptions({ from: view.from, to: view.to, ...(view.accountId ? { accountId: view.accountId } : {}) }));
  const reschedule = useMutation(trpc.posts.reschedule.mutationOptions());
  const pageForms = usePageForms();
  // A message is about what happened on the view it happened on: another month or filter starts clean.
  const viewKey = params.toString();
  const [messageKey, setMessageKey] = useState(viewKey);
  const errors = messageKey === viewKey ? pageForms.errors : null;
  const notice = messageKey === viewKey ? pageForms.notice : null;
  const handlers = {
    onError: (next: FormErrors) => {
      setMessageKey(viewKey);
      pageForms.handlers.onError(next);
    },
    onDone: (message: string) => {
      setMessageKey(viewKey);
      pageForms.handlers.onDone(message);
    },
  };
  usePageTitle(`Calendar: ${view.caption}`, errors !== null);

  const postsByDay = useMemo(() => {
    const byDay = new Map<string, PostSummary[]>();
    for (const post of posts.data ?? []) {
      const day = londonDate(post.publishAt);
      byDay.set(day, [...(byDay.get(day) ?? []), post]);
    }
    return byDay;
  }, [posts.data]);

  if (accounts.isError) return <QueryError error={accounts.error} />;
  if (posts.isError) return <QueryError error={posts.error} />;

  const accountList = accounts.data ?? [];
  const colours = accountColours(accountList);
  const statusOf = new Map<string, AccountStatus>(accountList.map((account) => [account.id, account.status]));
  const actor = actorForAccounts(user, accountList);
  const mayPublish = can(user.roles, "accounts.publish");

  const canMove = (post: PostSummary) => {
    const accountStatus = statusOf.get(post.accountId);
    if (!accountStatus || reschedule.isPending) return false;
    return decidePostAction("reschedule", { state: post.state, accountId: post.accountId, accountStatus }, actor).ok;
  };

  const onMove = (post: PostSummary, day: string) => {
    if (londonDate(post.publishAt) === day || reschedule.isPending) return;
    const time = londonClock(post.publishAt);
    const conversion = fromLondon(day, time);
    if (!conversion.ok) {
      handlers.onError(formErrorsFromProblem({ code: undefined, message: conversion.reason, fields: {} }, []));
      return;
    }
    const publishAt = conversion.instant.toISOString();
    const what = `“${post.title}” on ${PLATFORM_LABELS[post.platform]} (${post.handle})`;
    reschedule.mutate(
      { id: post.id, publishAt },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          const twice = conversion.ambiguous ? ` The clocks go back that night: it goes out at the first ${time}.` : "";
          handlers.onDone(`${what} moved to ${formatDateTime(publishAt)} (UK time).${twice}`);
        },
        onError: (error) => {
          handlers.onError(postFormErrors(error, {}));
        },
      },
    );
  };

  const modeLink = (mode: CalendarMode, label: string) => (
    <li>
      <Link to={calendarHref(view, view.date, mode)} aria-current={view.mode === mode ? "page" : undefined} className="app-segmented__link">
        {label}
        <span className="nhsuk-u-visually-hidden"> view</span>
      </Link>
    </li>
  );
  const unit = view.mode === "month" ? "month" : "week";
  const shownAccounts = view.accountId ? accountList.filter((account) => account.id === view.accountId) : accountList;

  return (
    <>
      <PageFormMessages errors={errors} notice={notice} />
      <h1>Calendar</h1>
      <p>
        Every scheduled and published post, by the day it goes out in UK time. Select a post to see its details.
        {mayPublish && " To move a post, drag it to another day: it keeps its time of day. Or open the post and use its reschedule form."}
      </p>

      <div className="app-calendar-controls">
        <nav aria-label="Calendar views">
          <ul className="app-segmented">
            {modeLink("month", "Month")}
            {modeLink("week", "Week")}
          </ul>
        </nav>
        <nav aria-label="Calendar dates">
          <ul className="app-calendar-nav">
            <li>
              <Link to={calendarHref(view, view.previous)}>
                Previous<span className="nhsuk-u-visually-hidden"> {unit}</span>
              </Link>
            </li>
            <li>
              <Link to={calendarHref(view, today)}>Today</Link>
            </li>
            <li>
              <Link to={calendarHref(view, view.next)}>
                Next<span className="nhsuk-u-visually-hidden"> {unit}</span>
              </Link>
            </li>
          </ul>
        </nav>
        <Select
          label="Filter by account"
          id="account"
          name="account"
          formGroupProps={{ className: "app-calendar-filter" }}
          value={view.accountId}
          onChange={(event) => {
            void navigate(calendarHref({ mode: view.mode, accountId: event.target.value }, view.date));
          }}
        >
          <Select.Option value="">All accounts</Select.Option>
          {accountList.map((account) => (
            <Select.Option key={account.id} value={account.id}>
              {PLATFORM_LABELS[account.platform]}: {account.handle}
            </Select.Option>
          ))}
        </Select>
      </div>

      <h2 className="app-calendar-period" aria-live="polite">
        {view.caption}
      </h2>
      {reschedule.isPending && (
        <p className="nhsuk-body-s" role="status">
          Moving the post…
        </p>
      )}
      {posts.isPending || accounts.isPending ? (
        <Loading />
      ) : (
        <>
          {posts.data.length === 0 && <p>No posts {view.accountId ? "for this account " : ""}in this {unit}.</p>}
          <CalendarGrid
            view={view}
            today={today}
            postsByDay={postsByDay}
            colourOf={(accountId) => colours.get(accountId) ?? 0}
            canMove={canMove}
            onMove={onMove}
          />
          <h2 className="nhsuk-heading-s">Key</h2>
          <ul className="app-legend">
            {shownAccounts.map((account) => (
              <li key={account.id}>
                <span className={`app-legend__swatch app-colour-${colours.get(account.id) ?? 0}`} aria-hidden="true" />
                {PLATFORM_LABELS[account.platform]}: {account.handle}
                {account.name ? ` (${account.name})` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
