import type { Platform, Role } from "@gatehouse/policy";

/** The demo organisation of spec/api.md: acceptance tests sign in with exactly these. */
export const DEMO_USERS: { email: string; name: string; roles: Role[]; department: string }[] = [
  { email: "dept@demo.gatehouse.test", name: "Dana Department", roles: ["contributor"], department: "Community Services" },
  { email: "comms@demo.gatehouse.test", name: "Chris Comms", roles: ["comms_officer"], department: "Communications" },
  { email: "comms2@demo.gatehouse.test", name: "Sam Second-Comms", roles: ["comms_officer"], department: "Communications" },
  { email: "brand@demo.gatehouse.test", name: "Bea Brand", roles: ["brand_guardian"], department: "Communications" },
  { email: "ig@demo.gatehouse.test", name: "Ian Governance", roles: ["ig_officer"], department: "Information Governance" },
  { email: "admin@demo.gatehouse.test", name: "Ada Admin", roles: ["admin"], department: "Digital Services" },
];

export const DEMO_ACCOUNTS: { platform: Platform; handle: string; name: string }[] = [
  { platform: "x", handle: "@DemoNHSTrust", name: "Demo NHS Trust" },
  { platform: "facebook", handle: "DemoNHSTrust", name: "Demo NHS Trust" },
  { platform: "instagram", handle: "@demonhstrust", name: "Demo NHS Trust" },
  { platform: "linkedin", handle: "demo-nhs-trust", name: "Demo NHS Trust" },
  { platform: "mastodon", handle: "@demonhstrust@social.demo.gatehouse.test", name: "Demo NHS Trust" },
  { platform: "bluesky", handle: "demonhstrust.bsky.social", name: "Demo NHS Trust" },
];

export const DEMO_ORGANISATION_NAME = "Demo NHS Trust";

/** The demo's information labelling taxonomy: every published picture carries at least one. */
export const DEMO_TAXONOMY = ["Flu", "Vaccination", "Recruitment", "Mental health", "Awareness day", "Service change", "Community services", "Events", "Our people", "Estates"];

export const DEMO_COMMS_EMAILS = ["comms@demo.gatehouse.test", "comms2@demo.gatehouse.test"];
export const DEMO_ADMIN_EMAIL = "admin@demo.gatehouse.test";
export const DEMO_CONTRIBUTOR_EMAIL = "dept@demo.gatehouse.test";
