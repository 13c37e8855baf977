import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { apiProblem, type ApiProblem } from "../components/api-error.ts";
import { useTRPC } from "../trpc.ts";
import { formFieldsOf, inputFromDraft, inputKeysOf, isBlank, type DraftValues, type FormField } from "./draft.ts";
import type { SubmissionFinding, SubmissionInput } from "./types.ts";

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** saved, except the fields the API refused: they stay as typed, with their messages */
  | { kind: "partial"; at: Date }
  | { kind: "failed"; message: string };

/** Whether what is on the screen is now saved (with the API's findings for it), and if not, the API's reason. */
export type SaveOutcome = { ok: true; findings: SubmissionFinding[] } | { ok: false; problem: ApiProblem };

interface Store {
  id: string | null;
  /** the input last saved, as JSON */
  savedKey: string;
  /** the fields the API refused in that save, if any */
  savedProblem: ApiProblem | null;
  /** the API's findings for what was last saved */
  findings: SubmissionFinding[];
  chain: Promise<unknown>;
  busy: number;
  mounted: boolean;
}

function keyOf(values: DraftValues): string {
  return JSON.stringify(inputFromDraft(values));
}

/**
 * Saves the draft as the person works: a moment after typing stops, when a field loses
 * focus, before it is sent, and when they leave the page. The first save creates it (and
 * `onCreated` gives the page its address); later ones update it. Saves run one at a time and
 * always send what is on the screen then. A save that fails keeps everything as typed; one the
 * API refuses only some fields of is sent again without them, so the rest is never lost.
 */
export function useAutosave({
  initialId,
  initialValues,
  initialFindings,
  values,
  onCreated,
}: {
  initialId: string | null;
  initialValues: DraftValues;
  initialFindings: SubmissionFinding[];
  values: DraftValues;
  onCreated: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(trpc.submissions.create.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.submissions.update.mutationOptions());
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [findings, setFindings] = useState(initialFindings);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormField, string>>>({});
  const [initialKey] = useState(() => keyOf(initialValues));
  const store = useRef<Store>({ id: initialId, savedKey: initialKey, savedProblem: null, findings: initialFindings, chain: Promise.resolve(), busy: 0, mounted: true });
  const latest = useRef({ values, onCreated });
  useLayoutEffect(() => {
    latest.current = { values, onCreated };
  });

  const write = useCallback(
    (input: SubmissionInput) => {
      const id = store.current.id;
      return id ? update({ id, ...input }) : create(input);
    },
    [create, update],
  );

  const saveNow = useCallback(async (): Promise<SaveOutcome> => {
    const s = store.current;
    const { values: now } = latest.current;
    const input = inputFromDraft(now);
    const key = JSON.stringify(input);
    if (key === s.savedKey) return s.savedProblem ? { ok: false, problem: s.savedProblem } : { ok: true, findings: s.findings };
    if (!s.id && isBlank(now)) return { ok: true, findings: [] };

    s.busy += 1;
    setStatus({ kind: "saving" });
    try {
      let problem: ApiProblem | null = null;
      let result;
      try {
        result = await write(input);
      } catch (error) {
        problem = apiProblem(error);
        const refused = inputKeysOf(problem.fields);
        const rest = Object.fromEntries(Object.entries(input).filter(([name]) => !refused.has(name))) as SubmissionInput;
        if (problem.code !== "BAD_REQUEST" || refused.size === 0 || Object.keys(rest).length === Object.keys(input).length) throw error;
        result = await write(rest);
      }
      const created = s.id === null;
      s.id = result.id;
      s.savedKey = key;
      s.savedProblem = problem;
      s.findings = result.findings;
      setFindings(result.findings);
      setFieldErrors(problem ? formFieldsOf(problem.fields, now.links) : {});
      setStatus(problem ? { kind: "partial", at: new Date() } : { kind: "saved", at: new Date() });
      void queryClient.invalidateQueries(trpc.submissions.mine.queryFilter());
      if (created && s.mounted) latest.current.onCreated(result.id);
      return problem ? { ok: false, problem } : { ok: true, findings: result.findings };
    } catch (error) {
      const problem = apiProblem(error);
      setStatus({ kind: "failed", message: problem.message });
      return { ok: false, problem };
    } finally {
      s.busy -= 1;
    }
  }, [write, queryClient, trpc]);

  /** Saves what is on the screen, after any save already under way. */
  const save = useCallback((): Promise<SaveOutcome> => {
    const run = store.current.chain.then(saveNow);
    store.current.chain = run.catch(() => undefined);
    return run;
  }, [saveNow]);

  // A moment after the last change.
  useEffect(() => {
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [values, save]);

  // On leaving the page inside the app; and a warning before closing the tab with work unsaved.
  useEffect(() => {
    const s = store.current;
    s.mounted = true;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const now = latest.current.values;
      const unsaved = s.busy > 0 || (keyOf(now) !== s.savedKey && !(s.id === null && isBlank(now)));
      if (unsaved) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      s.mounted = false;
      void save();
    };
  }, [save]);

  const draftId = useCallback(() => store.current.id, []);

  return {
    status,
    /** the API's findings for the draft as last saved */
    findings,
    /** the fields the last save could not keep, with the API's messages */
    fieldErrors,
    save,
    /** the draft's id once it has one; for event handlers */
    draftId,
  };
}
