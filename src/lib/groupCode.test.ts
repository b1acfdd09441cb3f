import {readdirSync} from 'fs';
import path from 'path';
import {
  encodeMemberBits,
  groupQuery,
  MAX_MEMBERS,
  mergePastedLinks,
  pastedLines,
  planLessonCodes,
  readGroup,
  readPastedLink,
  withMember,
  type GroupMember,
} from './groupCode';
import {encodePlan, planHref, type PlanSpec} from './planCode';
import {shareQuery} from './shareCode';

/** The site's real lesson ids, from docs/ (section folder + file name). */
const docsDir = path.join(__dirname, '../../docs');
const lessonIds = readdirSync(docsDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(path.join(docsDir, dir.name))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${dir.name}/${file.replace(/\.mdx$/, '')}`),
  );

const plan: PlanSpec = {name: '4-week plan', start: '2026-12-01', pace: {kind: 'days', days: 28}, lessonIds};
const SITE = 'https://mlsd-guide.example.org/practice/group';

/** Six members with different amounts done (the first lessons, in order). */
const six: GroupMember[] = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eitan', 'Fatima'].map((name, index) => ({
  name,
  doneIds: lessonIds.slice(0, index * 9),
}));

function read(query: string) {
  const group = readGroup(query, lessonIds);
  if (group.status !== 'read') throw new Error('expected a group');
  return group;
}

describe('group links', () => {
  test('round trip: the plan and each member’s done lessons come back', () => {
    const group = read(groupQuery(plan, six));
    expect(group.plan).toEqual({...plan, lessonIds: expect.arrayContaining(lessonIds)});
    expect(group.members.map((member) => member.name)).toEqual(six.map((member) => member.name));
    group.members.forEach((member, index) => {
      expect(new Set(member.doneIds)).toEqual(new Set(six[index].doneIds));
      expect(member.unknownIds).toEqual([]);
    });
    expect(group.problems).toEqual([]);
  });

  test('a 6-member group over a 4-week plan of every lesson is chat-sized (measured)', () => {
    const href = `${SITE}${groupQuery(plan, six)}`;
    const perMember = encodeMemberBits(planLessonCodes(encodePlan(plan)), lessonIds).length;
    // One bit a lesson: 1 + ceil(52 / 6) = 10 characters a member, whatever they have done.
    expect(perMember).toBe(1 + Math.ceil(lessonIds.length / 6));
    // Six progress links side by side would cost 3 characters per done lesson each.
    const sixProgressLinks = six.map((member) => shareQuery(member.name, lessonIds)).join('').length;
    console.log(`group link: ${href.length} characters for ${lessonIds.length} lessons and 6 members (plan code ${encodePlan(plan).length}, ${perMember} a member; 6 full progress links would be ${sixProgressLinks})`);
    expect(href.length).toBeLessThan(400);
  });

  test('a member’s progress cut short keeps what it covers and marks the rest unknown', () => {
    const query = groupQuery(plan, [{name: 'Ana', doneIds: lessonIds}]);
    const cut = query.slice(0, -4);
    const [ana] = read(cut).members;
    expect(ana.doneIds.length + ana.unknownIds.length).toBe(lessonIds.length);
    expect(ana.unknownIds.length).toBeGreaterThan(0);
    expect(ana.doneIds.length).toBe(lessonIds.length - ana.unknownIds.length);
    expect(read(cut).problems.join(' ')).toMatch(/Ana’s progress is cut short.*cannot be told/);
  });

  test('a damaged member is left out and named; the others stay', () => {
    const query = groupQuery(plan, six.slice(0, 2)).replace('Ben.1', 'Ben.9');
    const group = read(query);
    expect(group.members.map((member) => member.name)).toEqual(['Ana']);
    expect(group.problems).toEqual([expect.stringMatching(/^Ben’s progress in this link is damaged/)]);
  });

  test('a damaged plan: members are named, and the reason is given', () => {
    const query = groupQuery(plan, six.slice(0, 2)).replace('plan=1.', 'plan=7.');
    const group = read(query);
    expect(group.plan).toBeNull();
    expect(group.planError).toMatch(/format this site does not know/);
    expect(group.problems).toEqual([expect.stringMatching(/^Ana’s progress cannot be shown/), expect.stringMatching(/^Ben’s/)]);
    expect(read('?m=Ana.1AB').planError).toMatch(/no plan/);
  });

  test('no group in the query string is "none"; junk names get a default, long lists are capped', () => {
    expect(readGroup('?other=1', lessonIds)).toEqual({status: 'none'});
    const codes = planLessonCodes(encodePlan(plan));
    const bits = encodeMemberBits(codes, []);
    const group = read(`?plan=${encodeURIComponent(encodePlan(plan))}&m=${encodeURIComponent(`\u0000 .${bits}`)}`);
    expect(group.members[0].name).toBe('Member 1');
    const many = Array.from({length: MAX_MEMBERS + 3}, (_, index) => `&m=P${index}.${bits}`).join('');
    const capped = read(`?plan=${encodeURIComponent(encodePlan(plan))}${many}`);
    expect(capped.members).toHaveLength(MAX_MEMBERS);
    expect(capped.problems[0]).toMatch(/names 15 members; only the first 12/);
  });

  test('names with dots and spaces survive', () => {
    const group = read(groupQuery(plan, [{name: 'Dr. J. Smith', doneIds: lessonIds.slice(0, 3)}]));
    expect(group.members[0]).toMatchObject({name: 'Dr. J. Smith'});
    expect(group.members[0].doneIds).toHaveLength(3);
  });

  test('"add or update me" replaces the member of the same name in place and keeps the others', () => {
    const updated = withMember(six.slice(0, 3), {name: 'ben', doneIds: lessonIds});
    expect(updated.map((member) => member.name)).toEqual(['Ana', 'ben', 'Chidi']);
    expect(updated[1].doneIds).toBe(lessonIds);
    expect(withMember(six.slice(0, 2), {name: 'Zoe', doneIds: []}).map((member) => member.name)).toEqual(['Ana', 'Ben', 'Zoe']);
  });
});

describe('pasted links', () => {
  const planLink = planHref('https://x.org/practice/study-plans', plan);
  const progressLink = (name: string, ids: string[]) => `https://x.org/practice/progress${shareQuery(name, ids)}`;

  test('a plan, progress links and a group link are told apart', () => {
    expect(readPastedLink(planLink, lessonIds)).toMatchObject({kind: 'plan'});
    expect(readPastedLink(progressLink('Ana', lessonIds.slice(0, 2)), lessonIds)).toMatchObject({
      kind: 'member',
      member: {name: 'Ana'},
    });
    expect(readPastedLink(`${SITE}${groupQuery(plan, six)}`, lessonIds)).toMatchObject({kind: 'group'});
    expect(readPastedLink('hello', lessonIds)).toMatchObject({kind: 'error', message: expect.stringMatching(/not a study-plan link/)});
  });

  test('merging: the plan and three members, then a group link plus an update', () => {
    const text = [planLink, progressLink('Ana', lessonIds.slice(0, 2)), progressLink('Ben', []), 'junk', progressLink('Chidi', lessonIds.slice(0, 5))].join('\n');
    const merged = mergePastedLinks(text, lessonIds);
    expect(merged.plan).toEqual({...plan, lessonIds: expect.arrayContaining(lessonIds)});
    expect(merged.members.map((member) => member.name)).toEqual(['Ana', 'Ben', 'Chidi']);
    expect(merged.notes).toEqual([expect.stringMatching(/^Skipped “junk”/)]);
    const group = `${SITE}${groupQuery(merged.plan!, merged.members)}`;
    const again = mergePastedLinks(`${group} ${progressLink('Ben', lessonIds.slice(0, 4))}`, lessonIds);
    expect(again.members.map((member) => [member.name, member.doneIds.length])).toEqual([
      ['Ana', 2],
      ['Ben', 4],
      ['Chidi', 5],
    ]);
  });

  test('one entry a line: a line of prose is one skipped entry; links joined by spaces are split', () => {
    const text = `${planLink}\r\n  not a link  \n\n${progressLink('Ana', [])} ${progressLink('Ben', [])}\n`;
    expect(pastedLines(text)).toEqual([planLink, 'not a link', progressLink('Ana', []), progressLink('Ben', [])]);
    const merged = mergePastedLinks(text, lessonIds);
    expect(merged.notes).toEqual([expect.stringMatching(/^Skipped “not a link”: This is not a study-plan link/)]);
    expect(merged.members.map((member) => member.name)).toEqual(['Ana', 'Ben']);
    // A link followed by words on its line is not a list of links: the line stays whole.
    expect(pastedLines(`${planLink} is ours`)).toEqual([`${planLink} is ours`]);
  });

  test('a progress link without a name gets "Member N"', () => {
    const merged = mergePastedLinks(`https://x.org/practice/progress?done=1`, lessonIds);
    expect(merged.members).toEqual([{name: 'Member 1', doneIds: []}]);
    expect(merged.plan).toBeNull();
  });
});
