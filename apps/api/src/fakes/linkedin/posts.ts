import type { Hono } from "hono";
import { withFaults, type FaultQueue } from "./faults.ts";
import { restliError, type LinkedInEnv } from "./restli.ts";
import type { FakePost, LinkedInState } from "./state.ts";
import { validatePost } from "./validate-post.ts";

function listed(post: FakePost): Record<string, unknown> {
  return {
    ...post.body,
    id: post.id,
    createdAt: post.createdAt,
    lastModifiedAt: post.lastModifiedAt,
    publishedAt: post.createdAt,
    lifecycleStateInfo: { isEditedByAuthor: false },
  };
}

/** The Posts API: create (201 + x-restli-id), the author finder, and delete. */
export function mountPosts(app: Hono<LinkedInEnv>, state: LinkedInState, faults: FaultQueue): void {
  app.post(
    "/rest/posts",
    withFaults<LinkedInEnv>(faults, "posts.create", async (c) => {
      const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
      const valid = validatePost(c, state, c.get("member"), body);
      if (valid instanceof Response) return valid;
      // No idempotency key: the same text by the same author is LinkedIn's only guard against a resend.
      const twin = state.livePosts().find((post) => post.author === valid.author && post.commentary === valid.commentary);
      if (twin) {
        return c.json(
          {
            errorDetailType: "com.linkedin.common.error.BadRequest",
            message: `ERROR :: /commentary :: Content is a duplicate of ${twin.id}`,
            errorDetails: { inputErrors: [{ description: "Duplicate post is detected", input: {}, code: "DUPLICATE_POST" }] },
            status: 422,
          },
          422,
        );
      }
      const at = state.now().getTime();
      const post: FakePost = { id: state.newPostId(), ...valid, createdAt: at, lastModifiedAt: at, deleted: false, body: body ?? {} };
      state.posts.push(post);
      c.header("x-restli-id", post.id);
      return c.body(null, 201);
    }),
  );

  app.get(
    "/rest/posts",
    withFaults<LinkedInEnv>(faults, "posts.list", (c) => {
      if (c.req.query("q") !== "author") return restliError(c, 400, "ILLEGAL_ARGUMENT", "Use the author finder: q=author&author={urn}.");
      const author = c.req.query("author");
      if (!author) return restliError(c, 400, "MISSING_FIELD", "The author parameter is required.");
      if (author !== c.get("member") && !state.mayActFor(c.get("member"), author)) {
        return restliError(c, 403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20260101", 100);
      }
      const start = Number(c.req.query("start") ?? 0);
      const count = Math.min(Number(c.req.query("count") ?? 10), 100);
      const key = c.req.query("sortBy") === "CREATED" ? "createdAt" : "lastModifiedAt";
      const all = state
        .livePosts()
        .filter((post) => post.author === author)
        .sort((a, b) => b[key] - a[key]);
      return c.json({ paging: { start, count, links: [], total: all.length }, elements: all.slice(start, start + count).map(listed) });
    }),
  );

  app.delete(
    "/rest/posts/:urn",
    withFaults<LinkedInEnv>(faults, "posts.delete", (c) => {
      const post = state.posts.find((candidate) => candidate.id === c.req.param("urn"));
      if (!post) return restliError(c, 404, "NOT_FOUND", `${c.req.param("urn")} does not exist`);
      if (!state.mayActFor(c.get("member"), post.author) && post.author !== c.get("member")) {
        return restliError(c, 403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.DELETE.20260101", 100);
      }
      // Deleting again answers 204 too: the post is gone either way.
      post.deleted = true;
      return c.body(null, 204);
    }),
  );
}
