import type { Hono } from "hono";
import { authenticate, requirePageToken } from "./auth.ts";
import { pickFields } from "./fields.ts";
import { GraphFault, noSuchObject } from "./graph-response.ts";
import { isVisible } from "./page-routes.ts";
import { readParams } from "./params.ts";
import { containerFields, igUserFields, mediaFields, pageFields, photoFields, postFields } from "./public-fields.ts";
import type { MetaState } from "./state.ts";

/** GET /{id} and DELETE /{id}: any object the fake knows, found by its id. */
export function nodeRoutes(app: Hono, state: MetaState): void {
  app.get("/:id", async (c) => {
    const token = authenticate(state, c, await readParams(c));
    const fields = c.req.query("fields");
    let id = c.req.param("id");
    if (id === "me") {
      if (token.kind === "user") return c.json(pickFields({ id: token.userId, name: state.users.get(token.userId)?.name }, fields, ["id", "name"]));
      id = token.pageId!;
    }
    const page = state.pages.get(id);
    if (page) return c.json(pickFields(pageFields(state, page), fields, ["id", "name"]));
    const igUser = state.igUsers.get(id);
    if (igUser) return c.json(pickFields(igUserFields(state, igUser), fields, ["id"]));
    const container = state.containers.get(id);
    if (container) return c.json(pickFields(containerFields(state, container), fields, ["id"]));
    const media = state.media.get(id);
    if (media) return c.json(pickFields(mediaFields(state, c, media), fields, ["id"]));
    const post = state.posts.get(id);
    if (post && isVisible(state, post)) return c.json(pickFields(postFields(state, c, post), fields, ["id", "message", "created_time"]));
    const photo = state.photos.get(id);
    if (photo && !photo.deleted) return c.json(pickFields(photoFields(state, c, photo), fields, ["id"]));
    throw noSuchObject(id, "get");
  });

  app.delete("/:id", async (c) => {
    const token = authenticate(state, c, await readParams(c));
    const id = c.req.param("id");
    const post = state.posts.get(id);
    if (post && !post.deleted) {
      requirePageToken(token, state.pages.get(post.pageId)!, "pages_manage_posts");
      post.deleted = true;
      return c.json({ success: true });
    }
    const photo = state.photos.get(id);
    if (photo && !photo.deleted) {
      requirePageToken(token, state.pages.get(photo.pageId)!, "pages_manage_posts");
      photo.deleted = true;
      return c.json({ success: true });
    }
    if (state.media.has(id)) throw new GraphFault(400, { message: "(#3) Application does not have the capability to make this API call.", code: 3 });
    throw noSuchObject(id, "delete");
  });
}
