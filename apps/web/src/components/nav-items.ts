import type { Role } from "@gatehouse/policy";
import { allowed, type Needed } from "./allowed.ts";

export interface NavItem {
  to: string;
  text: string;
  /** What the person can do there, for the home page. */
  description: string;
  /** null: everyone signed in; a list: any one of them */
  capability: Needed | null;
}

const ITEMS: readonly NavItem[] = [
  { to: "/", text: "Home", description: "", capability: null },
  {
    to: "/check",
    text: "Check a post",
    description: "Check a draft against the social media policy as you type. Nothing is saved.",
    capability: null,
  },
  {
    to: "/submissions/new",
    text: "Submit content",
    description: "Send content to the communications team with its brief. Your draft is saved as you type.",
    capability: "submissions.create",
  },
  {
    to: "/submissions",
    text: "My submissions",
    description: "Follow what you have drafted or sent, and make the changes the communications team asks for.",
    capability: "submissions.create",
  },
  {
    to: "/review",
    text: "Review",
    description: "Claim, check, edit and decide on the content departments have sent, then schedule it.",
    capability: "submissions.review",
  },
  {
    to: "/brand/review",
    text: "Brand review",
    description: "Check the pictures waiting for a brand guardian, as each platform will get them, and approve them or say what to change.",
    capability: "brand.review",
  },
  {
    to: "/calendar",
    text: "Calendar",
    description: "See every scheduled and published post by day, and move posts to another day.",
    capability: "accounts.view",
  },
  {
    to: "/dashboard",
    text: "Dashboard",
    description: "See posts that are late, failed, blocked or waiting for a platform to answer, refreshed every 15 seconds.",
    capability: "accounts.publish",
  },
  {
    to: "/assets",
    text: "Pictures",
    description: "See the photos in the library, who is in them, and where each one may be published.",
    capability: ["assets.upload", "assets.viewAll"],
  },
  {
    to: "/assets/upload",
    text: "Upload a photo",
    description: "Add photos for official content. They are checked for people and text, and every bit of hidden information is removed.",
    capability: "assets.upload",
  },
  {
    to: "/consents",
    text: "Consent register",
    description: "Find, record and withdraw the consent of people who appear in photos.",
    capability: "consent.view",
  },
  {
    to: "/takedowns",
    text: "Takedowns",
    description: "Take down published posts whose consent ended or that someone asked to remove.",
    capability: "accounts.publish",
  },
  { to: "/accounts", text: "Accounts", description: "See the official social media accounts and who can publish to them.", capability: "accounts.view" },
  { to: "/accounts/new", text: "Register an account", description: "Add an official account that has been agreed.", capability: "accounts.register" },
  {
    to: "/account-requests",
    text: "Account requests",
    description: "Follow requests for new official accounts and their decisions.",
    capability: "accountRequests.create",
  },
  {
    to: "/account-requests/new",
    text: "Request an account",
    description: "Ask for a new official account, with the business case for it.",
    capability: "accountRequests.create",
  },
  {
    to: "/audit",
    text: "Audit log",
    description: "Search every change, who made it and why, and download it as a spreadsheet.",
    capability: "audit.view",
  },
  {
    to: "/brand",
    text: "Brand kit",
    description: "Change the logo, where it goes on pictures, the brand colours and strap, and the organisation's tags.",
    capability: "brand.manage",
  },
  {
    to: "/settings",
    text: "Settings",
    description: "Choose the organisation's trusted links, own phone numbers and addresses, extra words, and how strict each check is.",
    capability: "settings.manage",
  },
];

/** The navigation a person sees, decided by packages/policy and nothing else. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return ITEMS.filter((item) => item.capability === null || allowed(roles, item.capability));
}

/** The nav item a path belongs to: the most specific one whose address starts the path. */
export function currentNavItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((item) => (item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`)));
  return matches.sort((a, b) => b.to.length - a.to.length)[0];
}
