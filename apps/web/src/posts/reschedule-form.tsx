import { fromLondon, toLondon } from "@gatehouse/policy";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, TextInput } from "nhsuk-react-components";
import { useState, type SubmitEvent } from "react";
import { formErrorsFromProblem } from "../components/form-errors.ts";
import { formatDateTime } from "../components/format.ts";
import { formatUtc } from "../components/london-time.ts";
import type { PageFormHandlers } from "../components/page-forms.tsx";
import { useTRPC } from "../trpc.ts";
import { postFormErrors } from "./post-errors.ts";
import type { PostDetail } from "./types.ts";

const FIELD_IDS = { publishAt: "reschedule-date" };

/** What the London date and time mean in UTC, and any clock change that makes them odd. */
function ConversionNote({ date, time, shownError }: { date: string; time: string; shownError: string | undefined }) {
  if (date === "" || time === "") return null;
  const conversion = fromLondon(date, time);
  if (!conversion.ok) {
    // Already said next to the field.
    if (conversion.reason === shownError) return null;
    return <p className="nhsuk-body-s app-conversion app-conversion--problem">{conversion.reason}</p>;
  }
  const utc = formatUtc(conversion.instant.toISOString());
  if (conversion.ambiguous) {
    return (
      <p className="nhsuk-body-s app-conversion app-conversion--problem">
        The clocks go back that night, so {time} happens twice in London. The post will go out at the first {time} (British Summer
        Time), which is {utc}.
      </p>
    );
  }
  return <p className="nhsuk-body-s app-conversion">That is {utc}.</p>;
}

/** Moves the post to another London date and time: the keyboard way to do what the calendar does by dragging. */
export function RescheduleForm({ post, errors, onError, onDone }: { post: PostDetail } & PageFormHandlers) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reschedule = useMutation(trpc.posts.reschedule.mutationOptions());
  const [initial] = useState(() => toLondon(new Date(post.publishAt)));
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reschedule.isPending) return;
    const conversion = fromLondon(date, time);
    if (!conversion.ok) {
      const field = date === "" || !/^\d{4}-\d{2}-\d{2}$/.test(date) ? "reschedule-date" : "reschedule-time";
      onError(formErrorsFromProblem({ code: "BAD_REQUEST", message: conversion.reason, fields: { [field]: conversion.reason } }, ["reschedule-date", "reschedule-time"]));
      return;
    }
    const publishAt = conversion.instant.toISOString();
    reschedule.mutate(
      { id: post.id, publishAt },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.posts.pathFilter());
          onDone(`The post is rescheduled for ${formatDateTime(publishAt)} (UK time).`);
        },
        onError: (error) => {
          onError(postFormErrors(error, FIELD_IDS, "reschedule-date"));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="app-datetime">
        <TextInput
          type="date"
          label="Date"
          id="reschedule-date"
          name="date"
          className="app-datetime__date"
          value={date}
          error={errors?.fields["reschedule-date"]}
          onChange={(event) => {
            setDate(event.target.value);
          }}
        />
        <TextInput
          type="time"
          label="Time (UK time)"
          id="reschedule-time"
          name="time"
          className="app-datetime__time"
          value={time}
          error={errors?.fields["reschedule-time"]}
          onChange={(event) => {
            setTime(event.target.value);
          }}
        />
      </div>
      <div aria-live="polite">
        <ConversionNote date={date} time={time} shownError={errors?.fields["reschedule-date"] ?? errors?.fields["reschedule-time"]} />
      </div>
      <Button type="submit">Reschedule</Button>
    </form>
  );
}
