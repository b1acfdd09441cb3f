import {decodePlan, encodePlan, lessonCode, LESSON_CODE_LENGTH, type PlanSpec} from './planCode';
import {cleanSharedName, decodeShareCode, SHARE_PARAM} from './shareCode';

/**
 * A study group in one link: `/practice/group?plan=<plan code>&m=<name>.<bits>&m=...`.
 *
 * The plan is a plan code (planCode.ts). Each member (`m`, one per member) is a name, a dot, then
 * the format version "1" and their done lessons as a bitmap over the plan's lessons, in the order
 * of the plan code's lesson list, 6 lessons per base64url character. A member's progress costs
 * 1 + ceil(lessons / 6) characters instead of 3 per done lesson (a progress link's share code), so a
 * 6-member group over every lesson stays a few hundred characters. Lessons outside the plan are not
 * in the link: the board is about the plan.
 *
 * A member's bitmap cut short (a link truncated in a chat) still gives the lessons it covers; the
 * rest are "unknown", shown as such, never guessed.
 */

export const GROUP_PARAM = {plan: 'plan', member: 'm'} as const;
export const MEMBER_FORMAT_VERSION = '1';
export const MAX_MEMBERS = 12;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type GroupMember = {name: string; doneIds: string[]};

export type ReadMember = {
  name: string;
  /** Plan lessons this member has done. */
  doneIds: string[];
  /** Plan lessons the link could not tell about (its bitmap was cut short). */
  unknownIds: string[];
};

export type ReadGroup =
  | {status: 'none'}
  | {
      status: 'read';
      /** Null when the plan could not be read; `planError` says why. */
      plan: PlanSpec | null;
      planError?: string;
      members: ReadMember[];
      /** What could not be read, one sentence each, for the reader. */
      problems: string[];
      /** Plan warnings (lessons this site does not have, a shortened name). */
      warnings: string[];
    };

/** The distinct lesson codes of a plan code, in the code's own order (the bitmap's order). */
export function planLessonCodes(planCode: string): string[] {
  const codes = planCode.split('.')[3] ?? '';
  const seen: string[] = [];
  for (let at = 0; at + LESSON_CODE_LENGTH <= codes.length; at += LESSON_CODE_LENGTH) {
    const code = codes.slice(at, at + LESSON_CODE_LENGTH);
    if (!seen.includes(code)) seen.push(code);
  }
  return seen;
}

/** The member's part of a group link: version "1" and one bit per plan lesson, 6 to a character. */
export function encodeMemberBits(codes: readonly string[], doneIds: Iterable<string>): string {
  const done = new Set([...doneIds].map(lessonCode));
  let bits = MEMBER_FORMAT_VERSION;
  for (let at = 0; at < codes.length; at += 6) {
    let value = 0;
    for (let bit = 0; bit < 6 && at + bit < codes.length; bit += 1) {
      if (done.has(codes[at + bit])) value |= 1 << bit;
    }
    bits += ALPHABET[value];
  }
  return bits;
}

/** A member's name as a group shows it: a progress link's name rules, "Member N" when empty. */
export function memberName(raw: string, index: number): string {
  return cleanSharedName(raw) || `Member ${index + 1}`;
}

/** The query string of a group link (starting with "?"); members with the same name keep the last. */
export function groupQuery(plan: PlanSpec, members: readonly GroupMember[]): string {
  const planCode = encodePlan(plan);
  const codes = planLessonCodes(planCode);
  const params = new URLSearchParams({[GROUP_PARAM.plan]: planCode});
  for (const member of dedupeMembers(members).slice(0, MAX_MEMBERS)) {
    // The name cannot hold the separator's meaning: the bits are after the last dot.
    params.append(GROUP_PARAM.member, `${member.name}.${encodeMemberBits(codes, member.doneIds)}`);
  }
  return `?${params.toString()}`;
}

/** Members by name (case-insensitive): a later entry replaces an earlier one in its place. */
export function dedupeMembers<M extends {name: string}>(members: readonly M[]): M[] {
  const out: M[] = [];
  for (const member of members) {
    const at = out.findIndex((other) => other.name.toLowerCase() === member.name.toLowerCase());
    if (at === -1) out.push(member);
    else out[at] = member;
  }
  return out;
}

/** The group with `me` added, or put in the place of the member of the same name. */
export function withMember(members: readonly GroupMember[], me: GroupMember): GroupMember[] {
  return dedupeMembers([...members, me]);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Reads a group link's query string against the site's lessons. Every part is read on its own, so a
 * damaged member or plan leaves the rest readable, and `problems` says what was lost.
 */
export function readGroup(search: string, lessonIds: readonly string[]): ReadGroup {
  const params = new URLSearchParams(search);
  const planCode = params.get(GROUP_PARAM.plan);
  const rawMembers = params.getAll(GROUP_PARAM.member);
  if (planCode === null && rawMembers.length === 0) return {status: 'none'};
  const problems: string[] = [];
  let plan: PlanSpec | null = null;
  let planError: string | undefined;
  let warnings: string[] = [];
  if (planCode === null) {
    planError = 'This group link has no plan in it (the "plan=" part is missing).';
  } else {
    const decoded = decodePlan(planCode.trim(), lessonIds);
    if (decoded.ok) {
      plan = decoded.plan;
      warnings = decoded.warnings;
    } else {
      planError = decoded.error;
    }
  }
  if (rawMembers.length > MAX_MEMBERS) {
    problems.push(`The link names ${rawMembers.length} members; only the first ${MAX_MEMBERS} are shown.`);
  }
  const members: ReadMember[] = [];
  const codes = planCode === null ? [] : planLessonCodes(planCode.trim());
  const idByCode = new Map(lessonIds.map((id) => [lessonCode(id), id]));
  rawMembers.slice(0, MAX_MEMBERS).forEach((raw, index) => {
    const dot = raw.lastIndexOf('.');
    const name = memberName(dot === -1 ? raw : raw.slice(0, dot), index);
    const bits = dot === -1 ? '' : raw.slice(dot + 1);
    if (!plan) {
      problems.push(`${name}’s progress cannot be shown without the plan it is recorded against.`);
      return;
    }
    if (!bits.startsWith(MEMBER_FORMAT_VERSION) || !/^[A-Za-z0-9_-]*$/.test(bits.slice(1))) {
      problems.push(`${name}’s progress in this link is damaged or in a format this site does not know, so it is left out.`);
      return;
    }
    const body = bits.slice(1);
    const doneIds: string[] = [];
    const unknownIds: string[] = [];
    codes.forEach((code, position) => {
      const id = idByCode.get(code);
      if (id === undefined) return;
      const char = body[Math.floor(position / 6)];
      if (char === undefined) {
        unknownIds.push(id);
      } else if ((ALPHABET.indexOf(char) >> position % 6) & 1) {
        doneIds.push(id);
      }
    });
    if (unknownIds.length > 0) {
      problems.push(`${name}’s progress is cut short in this link: ${plural(unknownIds.length, 'lesson')} of the plan cannot be told (shown as “?”).`);
    }
    if (body.length > Math.ceil(codes.length / 6)) {
      problems.push(`${name}’s progress in this link is longer than the plan; the extra part is ignored.`);
    }
    members.push({name, doneIds, unknownIds});
  });
  const unique = dedupeMembers(members);
  if (unique.length < members.length) {
    problems.push('The link names a member more than once; the last entry of each name is shown.');
  }
  return {status: 'read', plan, planError, members: unique, problems, warnings};
}

/** One pasted link, as the group maker understands it. */
export type PastedLink =
  | {kind: 'plan'; plan: PlanSpec; warnings: string[]}
  | {kind: 'member'; member: GroupMember; unknownCount: number}
  | {kind: 'group'; plan: PlanSpec | null; members: ReadMember[]; problems: string[]}
  | {kind: 'error'; line: string; message: string};

/** Reads one pasted line: a study-plan link, a "my progress" link or a group link. */
export function readPastedLink(line: string, lessonIds: readonly string[], index = 0): PastedLink {
  const text = line.trim();
  const query = text.includes('?') ? text.slice(text.indexOf('?')) : '';
  const params = new URLSearchParams(query);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  if (params.has(GROUP_PARAM.member)) {
    const group = readGroup(query, lessonIds);
    if (group.status === 'read') {
      return {kind: 'group', plan: group.plan, members: group.members, problems: group.planError ? [group.planError, ...group.problems] : group.problems};
    }
  }
  if (params.has(SHARE_PARAM.code)) {
    const decoded = decodeShareCode(params.get(SHARE_PARAM.code)!.trim(), lessonIds);
    if (!decoded.ok) return {kind: 'error', line: short, message: decoded.message};
    return {
      kind: 'member',
      member: {name: memberName(params.get(SHARE_PARAM.name) ?? '', index), doneIds: decoded.lessonIds},
      unknownCount: decoded.unknownCount,
    };
  }
  if (params.has(GROUP_PARAM.plan)) {
    const decoded = decodePlan(params.get(GROUP_PARAM.plan)!.trim(), lessonIds);
    return decoded.ok ? {kind: 'plan', plan: decoded.plan, warnings: decoded.warnings} : {kind: 'error', line: short, message: decoded.error};
  }
  return {kind: 'error', line: short, message: 'This is not a study-plan link, a progress link or a group link.'};
}

/**
 * The pasted text as one entry a line, as the maker asks. A line of several links separated by
 * spaces (a chat can join them) is split into those links; any other line stays whole, so a line of
 * prose is one skipped entry, not one per word.
 */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => {
      const words = line.split(/\s+/);
      return words.length > 1 && words.every((word) => word.includes('?')) ? words : [line];
    });
}

export type MergedGroup = {plan: PlanSpec | null; members: GroupMember[]; notes: string[]};

/**
 * Merges pasted links (one a line) into one group: the last plan wins, members are added in order
 * (a later link of the same name replaces the earlier), and `notes` says what was skipped and why.
 */
export function mergePastedLinks(text: string, lessonIds: readonly string[]): MergedGroup {
  const lines = pastedLines(text);
  let plan: PlanSpec | null = null;
  let members: GroupMember[] = [];
  const notes: string[] = [];
  lines.forEach((line) => {
    const read = readPastedLink(line, lessonIds, members.length);
    if (read.kind === 'error') {
      notes.push(`Skipped “${read.line}”: ${read.message}`);
    } else if (read.kind === 'plan') {
      plan = read.plan;
      notes.push(...read.warnings);
    } else if (read.kind === 'member') {
      members = withMember(members, read.member);
      if (read.unknownCount > 0) {
        notes.push(`${read.member.name}’s link lists ${plural(read.unknownCount, 'lesson')} this site does not have; left out.`);
      }
    } else {
      if (read.plan) plan = read.plan;
      // A cut-short member is kept with what could be read; the notes say so.
      for (const member of read.members) members = withMember(members, {name: member.name, doneIds: member.doneIds});
      notes.push(...read.problems);
    }
  });
  if (members.length > MAX_MEMBERS) {
    notes.push(`A group link holds at most ${MAX_MEMBERS} members; the first ${MAX_MEMBERS} are kept.`);
    members = members.slice(0, MAX_MEMBERS);
  }
  return {plan, members, notes};
}
