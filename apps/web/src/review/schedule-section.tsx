import { decidePostAction, fromLondon, toLondon, type LondonConversion, type PostActor } from "@gatehouse/policy";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Fieldset, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { Link } from "react-router";
import { formatDateTime } from "../components/format.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { PostStateTag } from "../components/status-tags.tsx";
import { AccountPreview } from "../previews/account-preview.tsx";
import { usePreviewPictures } from "../previews/preview-pictures-source.ts";
import type { AccountSummary } from "../api-types.ts";
import { accountStatusOf, reasonOf } from "../submissions/actor.ts";
import { accountLabel } from "../submissions/labels.tsx";
import type { SubmissionView, TargetAccount } from "../submissions/types.ts";
import { useTRPC } from "../trpc.ts";
import { fieldError, reviewFormErrors } from "./review-errors.ts";

const DEFAULT_TIME = "09:00";

/** The calendar day after a YYYY-MM-DD date. */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** The day the department wanted it, at 9am, if that is still to come; otherwise tomorrow at 9am. */
export function defaultWhen(desiredPublishAt: string | null, now: Date): { date: string; time: string } {
  if (desiredPublishAt) {
    const date = toLondon(new Date(desiredPublishAt)).date;
    const at = fromLondon(date, DEFAULT_TIME);
    if (at.ok && at.instant.getTime() > now.getTime()) return { date, time: DEFAULT_TIME };
  }
  return { date: nextDay(toLondon(now).date), time: DEFAULT_TIME };
}

/** "9:00", "0900" and "9.00" all mean 09:00; anything else is left for fromLondon to refuse. */
function clockTime(value: string): string {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(value.trim());
  return match ? `${match[1]!.padStart(2, "0")}:${match[2]}` : value.trim();
}

/** "That is 08:00 UTC." with the UTC date when it is another day, and the clocks-change caveat. */
function utcLine(date: string, conversion: LondonConversion): string {
  if (!conversion.ok) return conversion.reason;
  const iso = conversion.instant.toISOString();
  const day = iso.slice(0, 10) === date ? "" : ` on ${new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" }).format(conversion.instant)}`;
  const twice = conversion.ambiguous ? " This time happens twice; we chose the first (BST)." : "";
  return `That is ${iso.slice(11, 16)} UTC${day}.${twice}`;
}

/**
 * After approval: one post per account, scheduled in UK time. An account that already has a post
 * lists it with its state; packages/policy decides who may schedule to which account.
 */
export function ScheduleSection({
  view,
  actor,
  accounts,
  ...handlers
}: { view: SubmissionView; actor: PostActor; accounts: readonly AccountSummary[] } & PageFormHandlers) {
  const trpc = useTRPC();
  const posts = useQuery(trpc.posts.list.queryOptions({ submissionId: view.id }));
  const pictures = usePreviewPictures(view.assetIds);
  return (
    <>
      <h2>Schedule</h2>
      <p>
        Choose when the post for each account goes out, in UK time. The policy and the account are checked again at that moment. Each account
        shows how its post will look on its platform first.
      </p>
      {posts.isPending ? (
        <p role="status">Loading the posts…</p>
      ) : posts.isError ? (
        <p>The posts could not be loaded just now. Try reloading the page.</p>
      ) : (
        view.targetAccounts.map((target) => {
          const own = posts.data.filter((p) => p.accountId === target.accountId);
          const live = own.find((p) => p.state !== "cancelled");
          const decision = decidePostAction("schedule", { state: live?.state ?? null, accountId: target.accountId, accountStatus: accountStatusOf(target, accounts) }, actor);
          return (
            <div key={target.accountId} className="nhsuk-u-margin-bottom-6">
              <h3 className="nhsuk-heading-s">{accountLabel(target)}</h3>
              <AccountPreview account={target} accountId={target.accountId} text={target.text} pictures={pictures} headingLevel={4} />
              {own.length > 0 && (
                <ul className="nhsuk-list">
                  {own.map((post) => (
                    <li key={post.id}>
                      <PostStateTag state={post.state} /> {formatDateTime(post.publishAt)} <Link to={`/posts/${post.id}`}>View the post</Link>
                    </li>
                  ))}
                </ul>
              )}
              {decision.ok ? (
                <ScheduleForm view={view} target={target} {...handlers} />
              ) : (
                !live && <p>{reasonOf(decision)}</p>
              )}
            </div>
          );
        })
      )}
    </>
  );
}

function ScheduleForm({ view, target, errors, onError, onDone }: { view: SubmissionView; target: TargetAccount } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const schedule = useMutation(trpc.posts.schedule.mutationOptions());
  const [when, setWhen] = useState(() => defaultWhen(view.desiredPublishAt, new Date()));
  const label = accountLabel(target);
  const dateId = `schedule-date-${target.accountId}`;
  const timeId = `schedule-time-${target.accountId}`;
  const conversion = fromLondon(when.date, clockTime(when.time));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (schedule.isPending) return;
    if (when.date === "") {
      onError(fieldError(dateId, "Enter the date to publish on."));
      return;
    }
    if (!conversion.ok) {
      onError(fieldError(timeId, conversion.reason));
      return;
    }
    const publishAt = conversion.instant.toISOString();
    schedule.mutate(
      { submissionId: view.id, accountId: target.accountId, publishAt },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          onDone(`Scheduled for ${label} on ${formatDateTime(publishAt)}.`);
        },
        onError: (error) => {
          onError(reviewFormErrors(error, { publishAt: timeId }, timeId));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Fieldset>
        <Fieldset.Legend className="nhsuk-u-visually-hidden">When to publish to {label}</Fieldset.Legend>
          <TextInput
            type="date"
            className="app-date-input"
            label="Date"
            id={dateId}
            name="date"
            value={when.date}
            error={errors?.fields[dateId]}
            onChange={(event) => {
              setWhen((w) => ({ ...w, date: event.target.value }));
            }}
          />
          <TextInput
            label="Time"
            id={timeId}
            name="time"
            hint="24-hour clock, UK time, for example 09:00 or 14:30"
            width={5}
            autoComplete="off"
            spellCheck={false}
            value={when.time}
            error={errors?.fields[timeId]}
            onChange={(event) => {
              setWhen((w) => ({ ...w, time: event.target.value }));
            }}
          />
        <p className="nhsuk-body-s" aria-live="polite">
          {when.date === "" || when.time.trim() === "" ? "" : utcLine(when.date, conversion)}
        </p>
      </Fieldset>
      <Button type="submit" disabled={schedule.isPending}>
        Schedule for {label}
      </Button>
    </form>
  );
}
