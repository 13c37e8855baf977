import { decidePostAction, PLATFORM_LABELS, type AccountStatus, type PostActor } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, InsetText, SummaryList, Textarea } from "nhsuk-react-components";
import { useState, type ReactNode, type SubmitEvent } from "react";
import { Link } from "react-router";
import { apiProblem } from "../components/api-error.ts";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import { formatDateTime } from "../components/format.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { PostStateTag } from "../components/status-tags.tsx";
import { postFormErrors } from "../posts/post-errors.ts";
import { useTRPC } from "../trpc.ts";
import { causeLabel, isPostState } from "./labels.ts";
import type { TakedownTask } from "./types.ts";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <SummaryList.Row>
      <SummaryList.Key>{label}</SummaryList.Key>
      <SummaryList.Value>{children}</SummaryList.Value>
    </SummaryList.Row>
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.takedowns.pathFilter());
    void queryClient.invalidateQueries(trpc.posts.pathFilter());
    void queryClient.invalidateQueries(trpc.consent.pathFilter());
  };
}

/** The platform's API has no delete (Instagram): the takedown is a person's job in the platform's app. */
function ManualTakedown({ task }: { task: TakedownTask }) {
  const label = PLATFORM_LABELS[task.platform];
  return (
    <InsetText>
      <p>
        {label}'s API cannot delete posts, so Gatehouse cannot take this one down. Delete it in the {label} app, then close the task
        below, saying when you did.
      </p>
    </InsetText>
  );
}

/** The API's answer when the platform cannot delete (apps/api/src/posts/service.ts performTakedown). */
function isCannotDelete(error: unknown): boolean {
  const problem = apiProblem(error);
  return problem.code === "PRECONDITION_FAILED" && /cannot delete/i.test(problem.message);
}

/** One post waiting to come down: what it is and why, and the two ways to finish the task. */
export function OpenTask({
  task,
  actor,
  accountStatus,
  canDelete,
  handlers,
}: {
  task: TakedownTask;
  actor: PostActor;
  accountStatus: AccountStatus;
  /** false when the account's platform connection has no delete */
  canDelete: boolean;
  handlers: PageFormHandlers;
}) {
  const headingId = `task-${task.id}`;
  const state = isPostState(task.postState) ? task.postState : null;
  // Set when Gatehouse tried and the platform said it cannot delete (the account was connected since the page loaded).
  const [refused, setRefused] = useState(false);
  const manual = !canDelete || refused;
  const mayTakeDown = !manual && state !== null && decidePostAction("takedown", { state, accountId: task.accountId, accountStatus }, actor).ok;
  return (
    <section aria-labelledby={headingId} className="app-task">
      <h3 id={headingId}>
        <Link to={`/posts/${task.postId}`}>{task.title}</Link>
      </h3>
      <SummaryList>
        <Row label="Account">
          {PLATFORM_LABELS[task.platform]} {task.handle}
        </Row>
        <Row label="Why">{causeLabel(task.cause)}</Row>
        <Row label="Reason">
          <span className="app-pre-line">{task.reason}</span>
        </Row>
        <Row label="Asked">
          {task.requestedBy ? `${task.requestedBy}, ` : ""}
          {formatDateTime(task.createdAt)}
        </Row>
        <Row label="Post">{state ? <PostStateTag state={state} /> : task.postState}</Row>
      </SummaryList>
      {manual && <ManualTakedown task={task} />}
      {mayTakeDown && (
        <TakeDownForm
          task={task}
          handlers={handlers}
          onCannotDelete={() => {
            setRefused(true);
          }}
        />
      )}
      <CloseForm task={task} handlers={handlers} />
    </section>
  );
}

function TakeDownForm({ task, handlers, onCannotDelete }: { task: TakedownTask; handlers: PageFormHandlers; onCannotDelete: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const takedown = useMutation(trpc.posts.takedown.mutationOptions());
  const [reason, setReason] = useState(task.reason);
  const field = `takedown-reason-${task.id}`;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (takedown.isPending) return;
    takedown.mutate(
      { id: task.postId, reason },
      {
        onSuccess: () => {
          refresh();
          handlers.onDone(`"${task.title}" has been taken down from ${PLATFORM_LABELS[task.platform]}.`);
        },
        onError: (error) => {
          // The form goes away for the guidance, so the summary cannot link to its field.
          const cannotDelete = isCannotDelete(error);
          if (cannotDelete) onCannotDelete();
          handlers.onError(postFormErrors(error, { reason: field }, cannotDelete ? undefined : field));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Reason for taking it down"
        id={field}
        name="reason"
        hint="Kept with the post's record and in the audit log."
        rows={2}
        value={reason}
        error={handlers.errors?.fields[field]}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <Button type="submit" warning disabled={takedown.isPending}>
        Take it down now<span className="nhsuk-u-visually-hidden"> for {task.title}</span>
      </Button>
    </form>
  );
}

function CloseForm({ task, handlers }: { task: TakedownTask; handlers: PageFormHandlers }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const close = useMutation(trpc.takedowns.close.mutationOptions());
  const [note, setNote] = useState("");
  const field = `close-note-${task.id}`;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    close.mutate(
      { id: task.id, note },
      {
        onSuccess: () => {
          refresh();
          handlers.onDone(`The takedown task for "${task.title}" is closed.`);
        },
        onError: (error) => {
          const problem = apiProblem(error);
          const fields: Record<string, string> = problem.fields.note ? { [field]: problem.fields.note } : {};
          handlers.onError(formErrorsFromProblem({ ...problem, fields }, [field], field));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Textarea
        label="Or close it without taking the post down through Gatehouse"
        id={field}
        name="note"
        hint="Say what was done: for example, removed by hand on Instagram, or it never went out."
        rows={2}
        value={note}
        error={handlers.errors?.fields[field]}
        onChange={(event) => {
          setNote(event.target.value);
        }}
      />
      <Button type="submit" secondary disabled={close.isPending}>
        Close without taking down<span className="nhsuk-u-visually-hidden"> for {task.title}</span>
      </Button>
    </form>
  );
}
