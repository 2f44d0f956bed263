import type {EmuComment, EmuDiscussion, EmuRepository} from './github';

export const CATEGORY_ID = 'DIC_qa';
const iso = (day: number, hour = 0) => new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString();
const user = (login: string) => ({login, url: `https://github.com/${login}`});

export function comment(id: string, day: number, overrides: Partial<EmuComment> = {}): EmuComment {
  return {id, body: `Comment ${id}`, createdAt: iso(day), updatedAt: iso(day), upvotes: 0, minimizedReason: null, author: user('expert-sg2-lina'), association: 'MEMBER', replies: [], ...overrides};
}

/** A discussion created on `day` (days after 2026-01-01), answered unless said otherwise. */
export function discussion(number: number, day: number, overrides: Partial<EmuDiscussion> = {}): EmuDiscussion {
  const answer = comment(`DC_${number}_1`, day + 1);
  return {
    id: `D_${number}`,
    number,
    title: `Question ${number} about ITU-T E.164`,
    body: `### Question\n\nHow do we apply ITU-T E.164? (${number})\n\n### Study group\n\nSG2`,
    createdAt: iso(day),
    updatedAt: iso(day + 1),
    categoryId: CATEGORY_ID,
    labels: ['rec:E.164', 'sg:SG2', 'lang:en'],
    lockReason: null,
    stateReason: null,
    upvotes: 1,
    author: user(`asker-${number}`),
    association: 'NONE',
    answerId: answer.id,
    comments: [answer],
    ...overrides,
  };
}

/** `count` answered discussions in the Q&A category, plus one in another category. */
export function repository(count: number): EmuRepository {
  return {
    owner: 'bsg-hub',
    name: 'forum-test',
    categories: [
      {id: 'DIC_general', name: 'General', isAnswerable: false},
      {id: CATEGORY_ID, name: 'Q&A', isAnswerable: true},
    ],
    discussions: [
      ...Array.from({length: count}, (_, index) => discussion(index + 1, index % 300)),
      discussion(count + 1, 5, {categoryId: 'DIC_general', title: 'Not a question'}),
    ],
  };
}
